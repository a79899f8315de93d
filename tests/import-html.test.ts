/** HTML: LibreOffice's web page of 年报通's .docx reads back; GBK pages, Word markup, page chrome, merges. */
import { describe, expect, it } from "vitest";
import { importReport } from "@/lib/import";
import { htmlBlocks, readHtml } from "@/lib/import/html";
import { expectSameReport, importFixture } from "./support/import-helpers";
import { loadFixture } from "./support/fixtures";

describe("年报通's .docx converted by LibreOffice to HTML", () => {
  it.each(["wenquan-town-2021", "demo-town-2020"])("%s reads back (texts and every cell)", async (name) => {
    const { report } = await importReport(importFixture(`${name}.html`), `${name}.html`);
    expectSameReport(report, loadFixture(name));
  });
});

const page = (body: string, head = '<meta charset="utf-8">') => `<!DOCTYPE html><html><head>${head}<title>门户</title></head><body>${body}</body></html>`;

const REPORT_BODY = `
<div class="nav"><a href="/">首页</a> &gt; <a href="/xxgk">信息公开</a></div>
<h1 align="center">示例区东湖镇人民政府2021年政府信息公开工作年度报告</h1>
<p>发布时间：2022-01-20 来源：东湖镇</p>
<p class=MsoNormal><span style='mso-bidi-font-size:16pt'>根据《中华人民共和国政府信息公开条例》，现公布</span><span>本报告。<o:p></o:p></span></p>
<p>一、总体情况</p><p>（一）主动公开</p><p>全年主动公开信息<font>12</font><font>3</font>条。</p>
<p>二、主动公开政府信息情况</p>
<table border=1>
<tr><td colspan=4>第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td><p>&nbsp;</p></td><td>0</td><td>0</td></tr>
<tr><td>行政规范性文件</td><td><span>1</span><span>2</span></td><td>—</td><td>3</td></tr>
<tr><td colspan=4>第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td colspan=3>本年收费金额（单位：万元）</td></tr>
<tr><td>行政事业性收费</td><td colspan=3>73802895.90元</td></tr>
</table>
<p>六、其他需要报告的事项</p><p>本年度未收取信息处理费。</p>
<p align="right">示例区东湖镇人民政府</p><p align="right">2022年1月20日</p>
<div class="footer">版权所有：示例区人民政府</div>`;

describe("the HTML reader", () => {
  it("finds the report in the page chrome and reads Word-pasted markup", async () => {
    const { report, notes } = await importReport(new TextEncoder().encode(page(REPORT_BODY)), "page.html");
    expect(report.organ).toEqual({ name: "示例区东湖镇人民政府", kind: "township" });
    expect(report.year).toBe(2021);
    expect(report.text.preamble).toBe("根据《中华人民共和国政府信息公开条例》，现公布本报告。");
    expect(report.text.overview.proactive).toBe("全年主动公开信息123条。");
    expect(report.text.other).toBe("本年度未收取信息处理费。");
    expect(report.meta).toMatchObject({ signedBy: "示例区东湖镇人民政府", signedOn: "2022-01-20" });
    expect(report.tables.proactive.regulations).toEqual({ issued: null, repealed: 0, inForce: 0 });
    expect(report.tables.proactive.normativeDocuments).toEqual({ issued: 12, repealed: 0, inForce: 3 });
    expect(report.tables.proactive.fees.amount).toBe(7380.2896);
    const kinds = notes.map((n) => n.kind);
    expect(kinds).toContain("interpreted");
    expect(notes.find((n) => n.cell?.row === "fees")?.message).toContain("10000");
    expect(notes.find((n) => n.cell?.row === "normativeDocuments")?.message).toContain("“—”读作 0");
  });

  it("decodes GBK pages by their meta charset and by sniffing", async () => {
    const html = page(REPORT_BODY, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">');
    const gbk = gbkEncode(html);
    const a = await importReport(gbk, "a.htm");
    expect(a.report.organ.name).toBe("示例区东湖镇人民政府");
    const sniffed = gbkEncode(page(REPORT_BODY, ""));
    expect((await importReport(sniffed, "b.htm")).report.organ.name).toBe("示例区东湖镇人民政府");
  });

  it("keeps rowspan and colspan on the cells", () => {
    const blocks = htmlBlocks("<table><tr><td rowspan=2>甲</td><td colspan=2>乙</td></tr><tr><td>1</td><td>2</td></tr></table>");
    expect(blocks).toEqual([
      { kind: "table", rows: [{ cells: [{ text: "甲", rowSpan: 2 }, { text: "乙", colSpan: 2 }] }, { cells: [{ text: "1" }, { text: "2" }] }] },
    ]);
  });

  it("walks a layout table that holds the report's tables as blocks", () => {
    const doc = readHtml(new TextEncoder().encode(page("<table><tr><td><p>一、总体情况</p><table><tr><td>规章</td><td>0</td></tr></table></td></tr></table>")));
    expect(doc.blocks.map((b) => b.kind)).toEqual(["paragraph", "table"]);
  });
});

/** GBK bytes of a string, from Node's GB18030 decoder run backwards over the CJK range used here. */
function gbkEncode(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const dec = new TextDecoder("gb18030");
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else out.push(...(table.get(ch) ?? [0x3f]));
  }
  return new Uint8Array(out);
}

describe("table 三 by its header", () => {
  const header = (leaves: string[]) => `
<tr><td colspan=3 rowspan=3>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan=${leaves.length}>申请人情况</td></tr>
<tr><td rowspan=2>自然人</td><td colspan=${leaves.length - 2}>法人或其他组织</td><td rowspan=2>总计</td></tr>
<tr>${leaves.slice(1, -1).map((l) => `<td>${l}</td>`).join("")}</tr>`;
  const row = (label: string, cells: number[]) => `<tr><td colspan=3>${label}</td>${cells.map((c) => `<td>${c}</td>`).join("")}</tr>`;
  const doc = (leaves: string[], cells: number[]) =>
    new TextEncoder().encode(
      page(`<p>示例区教育局2022年政府信息公开工作年度报告</p><p>一、总体情况</p><p>三、收到和处理政府信息公开申请情况</p><table>${header(leaves)}${row("一、本年新收政府信息公开申请数量", cells)}</table><p>四、政府信息公开行政复议、行政诉讼情况</p>`),
    );

  it("skips a column the template lacks (小计) and notes it", async () => {
    const leaves = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "小计", "总计"];
    const { report, notes } = await importReport(doc(leaves, [1, 2, 3, 4, 5, 6, 20, 21]), "p.html");
    expect(report.tables.requests.newRequests).toEqual([1, 2, 3, 4, 5, 6, 21]);
    expect(notes.map((n) => n.message).join("\n")).toContain("多出一列“小计”");
  });

  it("reads the template's header in order as before", async () => {
    const leaves = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];
    const { report, notes } = await importReport(doc(leaves, [1, 2, 3, 4, 5, 6, 21]), "p.html");
    expect(report.tables.requests.newRequests).toEqual([1, 2, 3, 4, 5, 6, 21]);
    expect(notes.some((n) => n.message.includes("列"))).toBe(false);
  });
});

describe("the blank national template converted by LibreOffice to HTML", () => {
  it("reads as the 2021 format with every cell blank", async () => {
    const { report } = await importReport(importFixture("national-template-blank-2021.html"), "模板.html");
    expect(report.format).toBe("2021");
    expect(JSON.stringify(report.tables).match(/\d/g)).toBeNull();
  });
});

describe("portal pages", () => {
  const body = `<table><tr><td><div>首页 | 信息公开</div><p>根据《中华人民共和国政府信息公开条例》，现公布本报告。</p><p>一、总体情况</p><p>本局全年公开信息10条。</p><p>二、主动公开政府信息情况</p><p>六、其他需要报告的事项</p><p>无。</p></td></tr></table>`;

  it("takes the title from <title> when the body has none, and reads a one-cell frame table as content", async () => {
    const html = `<html><head><title>示例区教育局2023年政府信息公开工作年度报告-示例区人民政府网</title></head><body>${body}</body></html>`;
    const { report } = await importReport(new TextEncoder().encode(html), "p.html");
    expect([report.organ.name, report.year]).toEqual(["示例区教育局", 2023]);
    expect(report.text.preamble).toBe("根据《中华人民共和国政府信息公开条例》，现公布本报告。");
    expect(report.text.other).toBe("无。");
  });

  it("reads a title that puts the year first", async () => {
    const html = page(`<p>2023年度示例区教育局政府信息公开工作年度报告</p>${body}`);
    const { report } = await importReport(new TextEncoder().encode(html), "p.html");
    expect([report.organ.name, report.year]).toEqual(["示例区教育局", 2023]);
  });
});
