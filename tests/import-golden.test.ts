/**
 * A few published-style files import to exactly the report and notes they
 * imported to before the importer was made faster (issue #10): the golden
 * files in fixtures/import/golden are that output, kept as it was. A change
 * that is meant to change what is imported updates them on purpose.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importReport } from "@/lib/import";

const dir = path.resolve(__dirname, "fixtures/import");
const golden = (name: string) => JSON.parse(fs.readFileSync(path.join(dir, "golden", `${path.basename(name)}.json`), "utf8"));

describe("golden imports", () => {
  it.each([
    "pdf/huaian-city-government-2024.pdf",
    "pdf/short-page-2021.pdf",
    "pdf/no-rulings-2021.pdf",
    "wenquan-town-2021.libreoffice.docx",
    "wenquan-town-2021.html",
    "national-template-blank-2021.html",
  ])("%s", async (name) => {
    const result = await importReport(new Uint8Array(fs.readFileSync(path.join(dir, name))), path.basename(name));
    // Through JSON, as stored: undefined fields are absent in both.
    expect(JSON.parse(JSON.stringify(result))).toEqual(golden(name));
  }, 30_000);
});
