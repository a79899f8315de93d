/**
 * W3's reader, table-driven: sentences as real reports write them (the three
 * samples and common phrasings), with the facts it must read, and the numbers it
 * must leave alone.
 */
import { describe, expect, it } from "vitest";
import { extractFacts, parseChineseNumber, type FactKind } from "@/lib/check/text-facts";

type Expect = Array<[FactKind, number] | [FactKind, number, "none"]>;

const facts = (text: string, onRequest = false) =>
  extractFacts(text, onRequest).map((f) => (f.none ? [f.kind, f.value, "none"] : [f.kind, f.value]));

const READS: Array<[string, boolean, Expect]> = [
  // wenquan-town-2021 (二) 依申请公开
  ["我镇2021度共受理信息公开申请0件。", true, [["newRequests", 0]]],
  // guanting-town-2021 (五) and 六
  ["2021年我镇未收到政府信息公开申请，也没有因政府信息提起行政复议和行政诉讼的情况。", true, [
    ["newRequests", 0, "none"],
    ["reconsideration", 0, "none"],
    ["litigation", 0, "none"],
  ]],
  ["本机关2021年未收到政府信息公开申请，未收取信息处理费。", false, [["newRequests", 0, "none"]]],
  // common phrasings
  ["本年度共收到政府信息公开申请49件，其中自然人申请38件、法人或其他组织申请11件；上年结转4件。", true, [
    ["newRequests", 49],
    ["carriedOver", 4],
  ]],
  ["2022年共收到59件政府信息公开申请。", false, [["newRequests", 59]]],
  ["新收政府信息公开申请十二件，上年度结转三件。", true, [["newRequests", 12], ["carriedOver", 3]]],
  ["全年办结48件，其中予以公开22件，部分公开6件，不予公开4件，无法提供10件，不予处理3件，其他处理3件；结转下年度继续办理5件。", true, [
    ["totalHandled", 48],
    ["granted", 22],
    ["partlyGranted", 6],
    ["refused", 4],
    ["unavailable", 10],
    ["notProcessed", 3],
    ["otherHandling", 3],
    ["carriedForward", 5],
  ]],
  ["已答复61件，予以公开27件、部分公开8件。", true, [["totalHandled", 61], ["granted", 27], ["partlyGranted", 8]]],
  ["其中予以公开及部分公开30件，不予以公开2件。", true, [["grantedOrPartly", 30], ["refused", 2]]],
  ["全部或部分公开的共15件。", true, [["grantedOrPartly", 15]]],
  ["其中22件予以公开，3件无法提供。", true, [["granted", 22], ["unavailable", 3]]],
  ["另有2件顺延到下年度办理。", true, [["carriedForward", 2]]],
  ["尚未办结的1件将在法定期限内答复。", true, [["carriedForward", 1]]],
  ["因政府信息公开引起行政复议3件、行政诉讼3件（其中未经复议直接起诉2件、复议后起诉1件）。", false, [
    ["reconsideration", 3],
    ["litigation", 3],
  ]],
  ["被申请行政复议1件，未发生行政诉讼。", false, [["reconsideration", 1], ["litigation", 0, "none"]]],
  ["全年未发生政府信息公开行政复议、行政诉讼案件。", false, [["reconsideration", 0, "none"], ["litigation", 0, "none"]]],
  ["本年度没有政府信息公开申请。", false, [["newRequests", 0, "none"]]],
];

const IGNORES: Array<[string, boolean]> = [
  // guanting-town-2021 (一): 12345 hotline questions are not applications
  ["答复“12345”平台反馈问题170件、政府门户网站和人民网留言14件，答复率100%。", false],
  ["答复“12345”平台反馈问题170件、政府门户网站和人民网留言14件，答复率100%。", true],
  // wenquan-town-2021 六 and (五)
  ["2021年度本单位未收到人大代表建议和政协委员提案。", false],
  ["本单位严格按照《条例》要求开展政府信息公开工作，未收到政府信息公开有关的投诉、举报，也无其他责任追究的情形。", false],
  ["本年度承办区人大代表建议12件、政协提案9件，已全部办结。", true],
  // a count with no quantity of the tables
  ["其中自然人申请38件、法人或其他组织申请11件。", true],
  ["公开行政许可决定286件、行政处罚决定37件。", false],
  ["政务服务大厅受理办件3200件。", true],
  // generic verbs outside an application context
  ["全年受理群众来访35件，均已办结。", false],
  ["全年办结各类事项88件。", false],
  // one number, two quantities
  ["本年度收到并办结政府信息公开申请49件。", true],
  // the detail of table 四, not its 总计
  ["行政复议结果维持1件。", false],
  ["行政复议和行政诉讼各1件。", false],
  // a row label of table 三, not a statement
  ["（五）不予处理 4.无正当理由大量反复申请", false],
  ["申请人应在15个工作日内答复。", true],
  // negations about something else than applications
  ["全年未收到申请人的投诉。", true],
  ["未收到政府信息公开申请方面的投诉举报。", false],
];

describe("extractFacts", () => {
  it.each(READS)("reads %s", (text, onRequest, expected) => {
    expect(facts(text, onRequest)).toEqual(expected);
  });

  it.each(IGNORES)("ignores %s", (text, onRequest) => {
    expect(facts(text, onRequest)).toEqual([]);
  });

  it("reads a paragraph that says 申请 as about applications, outside 依申请公开 too", () => {
    expect(facts("本年度共受理政府信息公开申请7件。办结7件。")).toEqual([["newRequests", 7], ["totalHandled", 7]]);
    expect(facts("本年度共受理政府信息公开申请7件。\n办结7件。")).toEqual([["newRequests", 7]]);
  });

  it("keeps the clause for the message", () => {
    expect(extractFacts("依法受理公开申请。我镇2021度共受理信息公开申请0件。", true)[0].quote).toBe("我镇2021度共受理信息公开申请0件");
  });
});

describe("parseChineseNumber", () => {
  it.each([
    ["零", 0],
    ["〇", 0],
    ["三", 3],
    ["两", 2],
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["二十三", 23],
    ["一百零五", 105],
    ["两千三百", 2300],
  ] as const)("%s = %d", (s, n) => {
    expect(parseChineseNumber(s)).toBe(n);
  });

  it("is NaN for anything else", () => {
    expect(parseChineseNumber("")).toBeNaN();
    expect(parseChineseNumber("三个")).toBeNaN();
  });
});
