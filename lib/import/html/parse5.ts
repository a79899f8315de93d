/**
 * parse5, as fast as the process can load it. parse5 is ESM only; from our
 * CommonJS modules under tsx (the CLI, the benches) a static import goes
 * through tsx's ESM-to-CommonJS transform, whose export getters sit in the
 * tokenizer's innermost loop and make a parse about three times slower. A
 * native import() does not: `loadParse5` (awaited by importReport) takes that
 * one, and readers fall back to the static import for synchronous callers.
 * In the Next bundle both are the same module.
 */
import * as bundled from "parse5";

let native: typeof bundled | undefined;
let loading: Promise<void> | undefined;

export function loadParse5(): Promise<void> {
  loading ??= import("parse5").then(
    (m) => void (native = m),
    // The static import still works; only the speed-up is lost.
    () => undefined,
  );
  return loading;
}

export const parse5 = (): typeof bundled => native ?? bundled;
