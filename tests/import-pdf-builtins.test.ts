/**
 * Reading a PDF leaves the process's built-ins as they were: pdfjs's legacy
 * build bundles core-js, whose slower replacements of Array.prototype.push and
 * JSON.stringify would otherwise stay for everything else the process does.
 * This file must not import pdfjs itself (that would load it before the check).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readPdf } from "@/lib/import/pdf";
import { keepingBuiltins } from "@/lib/import/pdf/builtins";

describe("built-ins around pdfjs", () => {
  it("puts back what loading pdfjs replaced, and the reader still reads", async () => {
    const before = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify, toString: Function.prototype.toString };
    const doc = await readPdf(new Uint8Array(fs.readFileSync(path.resolve(__dirname, "fixtures/import/pdf/guanting-town-2021.pdf"))));
    expect(doc.blocks.some((b) => b.kind === "table")).toBe(true);
    expect({ push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify, toString: Function.prototype.toString }).toEqual(before);
  });

  it("keeps what a load adds and undoes what it replaces", async () => {
    const trim = String.prototype.trim;
    const probe = "__nianbaoProbe";
    try {
      await keepingBuiltins(async () => {
        String.prototype.trim = function slowTrim(this: string) {
          return trim.call(this);
        };
        Object.defineProperty(Map.prototype, probe, { value: () => 1, configurable: true, writable: true });
      });
      expect(String.prototype.trim).toBe(trim);
      expect(probe in Map.prototype).toBe(true);
    } finally {
      String.prototype.trim = trim;
      delete (Map.prototype as unknown as Record<string, unknown>)[probe];
    }
  });
});
