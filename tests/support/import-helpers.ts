import fs from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { textLines, withoutRepeatedHeading } from "@/lib/docx/text-lines";
import type { Report } from "@/lib/report/types";
import { getTemplate } from "@/lib/template";

/** Real published samples kept beside the repository, when present; the tests that need them skip otherwise. */
const REPO = path.resolve(__dirname, "../..");
export const SHARED_SAMPLES = [path.resolve(REPO, "../shared/samples"), path.resolve(REPO, "../../shared/samples")].find((d) => fs.existsSync(d)) ?? "";
export const hasShared = SHARED_SAMPLES !== "";
export const sharedFile = (name: string) => fs.readFileSync(path.join(SHARED_SAMPLES, name));

export const IMPORT_FIXTURES = path.resolve(__dirname, "../fixtures/import");
export const importFixture = (name: string) => fs.readFileSync(path.join(IMPORT_FIXTURES, name));

const lines = (s?: string) => textLines(s).join("\n");

/** What a .docx of the report prints, as the importer must read it back: texts as paragraphs, the 落款, every cell. */
export function printedView(r: Report) {
  const t = getTemplate(r.format);
  const overviewHeading = t.sections.find((s) => s.text === "overview")!.heading;
  return {
    format: r.format,
    year: r.year,
    organ: r.organ.name,
    preamble: lines(r.text.preamble),
    intro: lines(withoutRepeatedHeading(r.text.overview.intro, overviewHeading)),
    overview: Object.fromEntries(t.overviewParts.map((p) => [p.key, lines(withoutRepeatedHeading(r.text.overview[p.key], p.heading))])),
    problems: lines(withoutRepeatedHeading(r.text.problems, t.sections.find((s) => s.text === "problems")!.heading)),
    other: lines(withoutRepeatedHeading(r.text.other, t.sections.find((s) => s.text === "other")!.heading)),
    signedBy: r.meta.signedBy?.trim() || r.organ.name,
    signedOn: r.meta.signedOn,
    tables: r.tables,
  };
}

export function expectSameReport(imported: Report, source: Report): void {
  expect(printedView(imported)).toEqual(printedView(source));
}
