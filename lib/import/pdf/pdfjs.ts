/**
 * pdfjs, loaded once and only through here: the display layer and the worker
 * (which in Node runs in this thread, found as globalThis.pdfjsWorker), both
 * inside `keepingBuiltins` so the built-ins their core-js replaces are the
 * engine's own again afterwards. Loading the worker here rather than letting
 * pdfjs import it on the first document keeps its core-js inside that window.
 */
import { keepingBuiltins } from "./builtins";

export type Pdfjs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

let loaded: Promise<Pdfjs> | undefined;

export function loadPdfjs(): Promise<Pdfjs> {
  loaded ??= keepingBuiltins(async () => {
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
    return pdfjs;
  }).catch((e: unknown) => {
    // A failed load is tried again by the next file, not remembered.
    loaded = undefined;
    throw e;
  });
  return loaded;
}
