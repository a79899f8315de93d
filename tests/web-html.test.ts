/**
 * The web version (lib/web): semantic HTML with the template's labels and merges,
 * no classes, a print stylesheet in the page of its own, plain text for editors
 * without HTML, and a draft's file name.
 */
import { parse, parseFragment, type DefaultTreeAdapterMap } from "parse5";
import { describe, expect, it } from "vitest";
import type { Report } from "@/lib/report/types";
import { getTemplate, reportTitle, type TableId } from "@/lib/template";
import { tableGrid } from "@/lib/template/layout";
import { htmlDownloadHeaders, renderHtmlDocument, renderHtmlFragment, renderPlainText } from "@/lib/web";
import { loadFixture } from "./support/fixtures";

type Node = DefaultTreeAdapterMap["childNode"];
type Element = DefaultTreeAdapterMap["element"];

function elements(node: { childNodes?: Node[] }, out: Element[] = []): Element[] {
  for (const child of node.childNodes ?? []) {
    if ("tagName" in child) {
      out.push(child);
      elements(child, out);
    }
  }
  return out;
}
const textOf = (el: Element): string =>
  el.childNodes.map((c) => ("value" in c && c.nodeName === "#text" ? c.value : "tagName" in c ? textOf(c) : "")).join("");
const attrOf = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

const TABLES: TableId[] = ["proactive", "requests", "appeals"];

describe.each([
  ["guanting-town-2021", "2021"],
  ["demo-town-2020", "2019"],
] as const)("the web version of %s", (fixture, format) => {
  const report = loadFixture(fixture);
  const all = elements(parseFragment(renderHtmlFragment(report)));
  const tables = all.filter((e) => e.tagName === "table");

  it("has the title as <h1>, the six sections as <h2>, the sub-heads as <h3>, the texts as <p>", () => {
    const t = getTemplate(format);
    expect(all.filter((e) => e.tagName === "h1").map(textOf)).toEqual([reportTitle(report.organ.name, report.year)]);
    expect(all.filter((e) => e.tagName === "h2").map(textOf)).toEqual(t.sections.map((s) => s.heading));
    const h3 = all.filter((e) => e.tagName === "h3").map(textOf);
    for (const part of t.overviewParts) expect(h3).toContain(part.heading);
    const paragraphs = all.filter((e) => e.tagName === "p").map(textOf);
    expect(paragraphs).toContain(report.text.problems.split("\n")[0].trim());
    if (report.meta.signedOn) expect(paragraphs.at(-1)).toMatch(/^\d{4}年\d+月\d+日$/);
    else expect(paragraphs.at(-1)).toBe(report.meta.signedBy);
  });

  it("prints the three tables with every label of the template in <th> and its rowspan/colspan, numbers in <td>", () => {
    expect(tables).toHaveLength(3);
    TABLES.forEach((id, i) => {
      const grid = tableGrid(getTemplate(format), id);
      const rows = elements(tables[i]).filter((e) => e.tagName === "tr");
      expect(rows).toHaveLength(grid.rows.length);
      rows.forEach((tr, r) => {
        const cells = elements(tr).filter((e) => e.tagName === "th" || e.tagName === "td");
        expect(cells).toHaveLength(grid.rows[r].length);
        cells.forEach((cell, c) => {
          const g = grid.rows[r][c];
          expect(cell.tagName).toBe(g.type === "input" ? "td" : "th");
          expect(Number(attrOf(cell, "colspan") ?? 1)).toBe(g.colSpan);
          expect(Number(attrOf(cell, "rowspan") ?? 1)).toBe(g.rowSpan);
          if (g.type === "text") expect(textOf(cell)).toBe(g.text);
        });
      });
      // header rows in <thead>, so a browser repeats them on every printed page
      const thead = elements(tables[i]).find((e) => e.tagName === "thead");
      expect(thead ? elements(thead).filter((e) => e.tagName === "tr").length : 0).toBe(grid.headerRows);
    });
  });

  it("uses no class and no style beyond the table's borders, widths, alignment and indents", () => {
    expect(all.some((e) => attrOf(e, "class") !== undefined)).toBe(false);
    const styles = new Set(all.flatMap((e) => (attrOf(e, "style") ?? "").split(";").filter(Boolean).map((d) => d.split(":")[0])));
    for (const property of styles) {
      expect(["text-align", "text-indent", "font-weight", "border", "border-collapse", "width", "writing-mode"]).toContain(property);
    }
  });
});

describe("the downloaded page and the plain text", () => {
  it("is a whole document with a print stylesheet: A4, the GB/T 9704 margins, repeated table headers", () => {
    const html = renderHtmlDocument(loadFixture("guanting-town-2021"));
    const doc = elements(parse(html));
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(attrOf(doc.find((e) => e.tagName === "html")!, "lang")).toBe("zh-CN");
    const style = textOf(doc.find((e) => e.tagName === "style")!);
    expect(style).toMatch(/@media print\s*{[\s\S]*@page\s*{\s*size:\s*A4;\s*margin:\s*37mm 26mm 35mm 28mm;/);
    expect(style).toMatch(/thead\s*{\s*display:\s*table-header-group/);
    expect(textOf(doc.find((e) => e.tagName === "title")!)).toBe("原州区官厅镇人民政府2021年政府信息公开工作年度报告");
  });

  it("escapes the clerk's text and drops characters no page should carry", () => {
    const r: Report = loadFixture("guanting-town-2021");
    r.text.problems = '<script>alert("x")</script>&\uffff\u0001甲';
    const html = renderHtmlFragment(r);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;甲");
    expect(html).not.toContain("<script>");
    expect(/[\uffff\u0001]/.test(html)).toBe(false);
  });

  it("gives the plain text one line a paragraph and table rows with tab-separated cells", () => {
    const r = loadFixture("demo-county-department-2022");
    const text = renderPlainText(r);
    const lines = text.split("\n");
    expect(lines[0]).toBe(reportTitle(r.organ.name, r.year));
    // the row where 三、本年度办理结果 starts carries that merged cell first
    const granted = lines.find((l) => l.includes("\t（一）予以公开\t"))!;
    expect(granted.split("\t")).toEqual(["三、本年度办理结果", "（一）予以公开", ...r.tables.requests.granted.map(String)]);
  });

  it("names the download as the .docx, with （征求意见稿） for a draft", () => {
    const report = { organ: { name: "原州区官厅镇人民政府", kind: "township" as const }, year: 2021 };
    const name = (h: Record<string, string>) => decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(h["Content-Disposition"])![1]);
    expect(name(htmlDownloadHeaders(report, 10, false))).toBe("原州区官厅镇人民政府2021年政府信息公开工作年度报告.html");
    expect(name(htmlDownloadHeaders(report, 10, true))).toBe("原州区官厅镇人民政府2021年政府信息公开工作年度报告（征求意见稿）.html");
    expect(htmlDownloadHeaders(report, 10, true)["Content-Type"]).toBe("text/html; charset=utf-8");
  });
});
