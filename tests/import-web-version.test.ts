/**
 * The web version for the portal (下载网页版 / 复制网页版) reads back through the importer to the
 * same report: texts, 落款 and every cell, for every fixture of both formats, as the full page
 * and as the fragment a clerk pastes into the portal's editor.
 */
import { describe, it } from "vitest";
import { importReport } from "@/lib/import";
import { renderHtmlDocument, renderHtmlFragment } from "@/lib/web";
import { expectSameReport } from "./support/import-helpers";
import { DEMO_FIXTURES, loadFixture, SAMPLE_FIXTURES } from "./support/fixtures";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("the web version reads back", () => {
  it.each([...SAMPLE_FIXTURES, ...DEMO_FIXTURES])("%s: the downloaded page", async (name) => {
    const source = loadFixture(name);
    const { report } = await importReport(utf8(renderHtmlDocument(source)), `${name}.html`);
    expectSameReport(report, source);
  });

  it.each([...SAMPLE_FIXTURES, ...DEMO_FIXTURES])("%s: the copied fragment", async (name) => {
    const source = loadFixture(name);
    const { report } = await importReport(utf8(renderHtmlFragment(source)), `${name}.html`);
    expectSameReport(report, source);
  });
});
