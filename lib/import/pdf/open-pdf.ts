/**
 * Opening a PDF with pdfjs in Node, offline: no worker thread, font faces into
 * a document that keeps none (font-sink.ts: no glyph paths built), no eval, no
 * system fonts, the predefined CMaps and standard fonts read from the installed
 * pdfjs-dist folder (never fetched). pdfjs's own errors become refusals with
 * a Chinese reason.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { PDFDocumentProxy } from "pdfjs-dist/types/src/display/api";
import { ImportRefusal } from "../document";
import { fontSinkDocument } from "./font-sink";
import { loadPdfjs } from "./pdfjs";
import { PDF_REFUSALS } from "./refusals";

/** pdfjs-dist's folder, found from the project (the CLI and the server run there) or this module. */
function pdfjsFolder(): string | undefined {
  const from = [path.join(process.cwd(), "package.json")];
  if (typeof __filename === "string") from.push(__filename);
  for (const base of from) {
    try {
      return path.dirname(createRequire(base).resolve("pdfjs-dist/package.json"));
    } catch {
      // not installed below this folder; try the next
    }
  }
  return undefined;
}

let assets: { cMapUrl?: string; standardFontDataUrl?: string } | undefined;
function assetUrls() {
  if (assets) return assets;
  const dir = pdfjsFolder();
  // Read at run time from the installed package, never bundled: the build must not trace the project from here.
  const folder = (name: string) => {
    const p = dir ? path.join(/* turbopackIgnore: true */ dir, name) : undefined;
    return p && fs.existsSync(/* turbopackIgnore: true */ p) ? p + path.sep : undefined;
  };
  assets = { cMapUrl: folder("cmaps"), standardFontDataUrl: folder("standard_fonts") };
  return assets;
}

const isPdf = (bytes: Uint8Array) => {
  // "%PDF-" within the first KiB, as readers accept it.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  return head.includes("%PDF-");
};

export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  if (!isPdf(bytes)) throw new ImportRefusal("corrupt", PDF_REFUSALS.notPdf);
  const { cMapUrl, standardFontDataUrl } = assetUrls();
  const { getDocument } = await loadPdfjs();
  // pdfjs takes ownership of (and detaches) the buffer it is given, and refuses a
  // Node Buffer: hand it a plain copy.
  let task: ReturnType<typeof getDocument>;
  try {
    task = getDocument({
      data: new Uint8Array(bytes),
      disableFontFace: false,
      ownerDocument: fontSinkDocument() as unknown as Document,
      isEvalSupported: false,
      useSystemFonts: false,
      useWorkerFetch: false,
      stopAtErrors: false,
      verbosity: 0,
      cMapUrl,
      cMapPacked: true,
      standardFontDataUrl,
    });
  } catch {
    throw new ImportRefusal("corrupt", PDF_REFUSALS.corrupt);
  }
  try {
    return await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    const name = e instanceof Error ? e.name : "";
    if (name === "PasswordException") throw new ImportRefusal("encrypted", PDF_REFUSALS.encrypted);
    throw new ImportRefusal("corrupt", PDF_REFUSALS.corrupt);
  }
}
