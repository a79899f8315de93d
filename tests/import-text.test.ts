/**
 * Plain text and the real published samples, and every kind of note: cells
 * the file lacks, labels that differ (quoted), layout deviations, interpreted
 * and unsure values.
 */
import { describe, expect, it } from "vitest";
import { importReport, type ImportNote } from "@/lib/import";
import { hasShared, sharedFile } from "./support/import-helpers";
import { loadFixture } from "./support/fixtures";

const enc = (s: string) => new TextEncoder().encode(s);
const byKind = (notes: ImportNote[], kind: ImportNote["kind"]) => notes.filter((n) => n.kind === kind).map((n) => n.message);

describe.skipIf(!hasShared)("the shared samples", () => {
  it.each(["guanting-town-2021", "wenquan-town-2021", "hanconggou-town-2020"])("%s.txt: every cell as the fixture made from it", async (name) => {
    const { report } = await importReport(sharedFile(`${name}.txt`), `${name}.txt`);
    const fixture = loadFixture(name);
    expect(report.format).toBe(fixture.format);
    expect(report.year).toBe(fixture.year);
    expect(report.tables).toEqual(fixture.tables);
  });

  it("wenquan: label typos quoted, the one-row （六） noted", async () => {
    const { notes } = await importReport(sharedFile("wenquan-town-2021.txt"), "w.txt");
    const differs = byKind(notes, "label-differs").join("\n");
    expect(differs).toContain("“1.属于国家机密”");
    expect(differs).toContain("“商业机构”");
    expect(byKind(notes, "layout").join("\n")).toContain("只有一行");
  });

  it("yanta (2019, cut off after （一）): 科研企业 and the wrong 第（九）项 headers noted, the rest blank", async () => {
    const { report, notes } = await importReport(sharedFile("published/yanta-statistics-2019.partial.txt"), "y.txt");
    expect([report.format, report.year]).toEqual(["2019", 2019]);
    expect(report.tables.requests.granted).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(report.tables.requests.partlyGranted).toEqual([null, null, null, null, null, null, null]);
    expect(report.tables.appeals.reconsideration.every((c) => c === null)).toBe(true);
    const differs = byKind(notes, "label-differs").join("\n");
    expect(differs).toContain("“科研企业”，按模板的“科研机构”");
    expect(differs).toContain("第二十条第（九）项");
    expect(byKind(notes, "missing").join("\n")).toContain("（七）总计");
  });

  it("nanyuan (2020): the signed cell +19 and the organ from the title", async () => {
    const { report, notes } = await importReport(sharedFile("published/nanyuan-street-2020.partial.txt"), "n.txt");
    expect(report.organ).toEqual({ name: "广州市荔湾区人民政府南源街道办事处", kind: "street" });
    expect(report.tables.proactive.licensing.change).toBe(19);
    expect(byKind(notes, "interpreted").join("\n")).toContain("+19");
    expect(report.text.preamble).not.toContain("发布时间");
  });

  it("huangpi (2020): filling instructions in the labels, the extra row, the row cut off", async () => {
    const { report, notes } = await importReport(sharedFile("published/huangpi-street-2020.partial.txt"), "h.txt");
    expect(report.year).toBe(2020);
    expect(report.tables.proactive.normativeDocuments).toEqual({ made: 87, published: 0, total: 0 });
    expect(byKind(notes, "label-differs").join("\n")).toContain("含模板的填报说明");
    expect(byKind(notes, "layout").join("\n")).toContain("多出一行“其他主动公开文件");
    expect(report.tables.proactive.enforcement).toEqual({ previous: null, change: null, decisions: null });
    expect(report.tables.proactive.procurement).toEqual({ projects: null, amount: null });
  });
});

const REPORT_2021_ON_2019_TABLE = `示例市统计局2022年政府信息公开工作年度报告
根据《中华人民共和国政府信息公开条例》，现公布本报告。
一) 总体情况
本局认真落实条例。
二、主动公开政府信息情况
第二十条第（一）项
信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量
规章\t0\t0\t0
规范性文件\t无\t/\t1,234
第二十条第（五）项
信息内容\t上一年项目数量\t本年增/减\t处理决定数量
行政许可\t5\t-8\t160.5964万元
三、收到和处理政府信息公开申请情况
一、本年新收政府信息公开申请数量\t2\t0\t0\t0\t0\t0\t3
二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0
（一）予以公开\t两件\t0\t0\t0\t0\t0\t0
四、政府信息公开行政复议、行政诉讼情况
五、政府信息公开工作存在的主要问题及改进情况
问题是培训不够。
六、其他需要报告的事项
无。
示例市统计局
二〇二三年一月十八日
`;

describe("plain text and the notes", () => {
  it("reads tab-separated rows, headings numbered 一) or written longer, a Chinese-numeral date", async () => {
    const { report } = await importReport(enc(REPORT_2021_ON_2019_TABLE), "r.txt");
    expect(report.organ).toEqual({ name: "示例市统计局", kind: "city-department" });
    expect(report.text.overview.proactive).toBe("本局认真落实条例。");
    expect(report.text.problems).toBe("问题是培训不够。");
    expect(report.text.other).toBe("无。");
    expect(report.meta).toMatchObject({ signedBy: "示例市统计局", signedOn: "2023-01-18" });
  });

  it("reads the 2019 table of a 2022 report as printed, with a layout note (R6 reports it)", async () => {
    const { report, notes } = await importReport(enc(REPORT_2021_ON_2019_TABLE), "r.txt");
    expect([report.format, report.year]).toEqual(["2019", 2022]);
    expect(notes.find((n) => n.section === "format")).toMatchObject({ kind: "layout" });
  });

  it("interprets 无 and / as 0, thousands separators, signed and unit cells; never recomputes 总计", async () => {
    const { report, notes } = await importReport(enc(REPORT_2021_ON_2019_TABLE), "r.txt");
    expect(report.tables.proactive.normativeDocuments).toEqual({ made: 0, published: 0, total: 1234 });
    expect(report.tables.proactive.licensing).toEqual({ previous: 5, change: -8, decisions: 160.5964 });
    expect(report.tables.requests.newRequests).toEqual([2, 0, 0, 0, 0, 0, 3]);
    const interpreted = byKind(notes, "interpreted").join("\n");
    expect(interpreted).toContain("“无”读作 0");
    expect(interpreted).toContain("“/”读作 0");
    expect(interpreted).toContain("去掉单位“万元”");
  });

  it("marks a cell that is not a number as unsure and keeps it blank", async () => {
    const { report, notes } = await importReport(enc(REPORT_2021_ON_2019_TABLE), "r.txt");
    expect(report.tables.requests.granted[0]).toBeNull();
    expect(notes.find((n) => n.kind === "unsure" && n.cell?.row === "granted")?.message).toContain("“两件”");
  });

  it("notes what is missing: the rows after the cut, table 四's cells, 一 without sub-heads", async () => {
    const { report, notes } = await importReport(enc(REPORT_2021_ON_2019_TABLE), "r.txt");
    expect(report.tables.requests.carriedForward.every((c) => c === null)).toBe(true);
    expect(byKind(notes, "missing").join("\n")).toMatch(/表三没有找到这些行：.*四/);
    expect(byKind(notes, "missing").join("\n")).toContain("表四");
    expect(byKind(notes, "layout").join("\n")).toContain("没有分成");
  });

  it("keeps a 2021 report's text in its five parts when they are numbered and worded their own way", async () => {
    const text = `示例区东湖镇人民政府2021年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况。全年公开100条。\n（二）政府信息管理情况\n制度健全。\n（三）依申请公开\n未收到申请。\n二、主动公开政府信息情况\n规章\t0\t0\t0\n`;
    const { report, notes } = await importReport(enc(text), "t.txt");
    expect(report.text.overview).toMatchObject({ proactive: "主动公开情况。全年公开100条。", management: "制度健全。", onRequest: "未收到申请。" });
    expect(byKind(notes, "missing").join("\n")).toContain("（四）政府信息公开平台建设");
  });
});

describe.skipIf(!hasShared)("a stored page copy's address", () => {
  it("becomes the report's publishUrl", async () => {
    const { report } = await importReport(sharedFile("published/nanyuan-street-2020.partial.txt"), "n.txt");
    expect(report.meta.publishUrl).toMatch(/^http:\/\/www\.lw\.gov\.cn\//);
  });
});

describe("a table pasted one cell per line without tabs", () => {
  it("reads the same cells as with tabs", async () => {
    const withTabs = `示例区东湖镇人民政府2021年政府信息公开工作年度报告\n一、总体情况\n文字。\n二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n行政规范性文件\t5\t1\t9\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n`;
    const lines = withTabs.replace(/\t/g, "\n");
    const a = await importReport(enc(withTabs), "a.txt");
    const b = await importReport(enc(lines), "b.txt");
    expect(b.report.tables).toEqual(a.report.tables);
    expect(b.report.tables.proactive.normativeDocuments).toEqual({ issued: 5, repealed: 1, inForce: 9 });
    expect(b.report.tables.requests.newRequests).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });
});
