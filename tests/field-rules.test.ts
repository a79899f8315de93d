/**
 * One set of field rules: the report schema (server, autosave, import, CLI) and the 基本信息
 * form accept exactly the same values; lengths are limited; web addresses are http(s) only;
 * dates are real; unknown keys are dropped; characters XML 1.0 forbids never get through.
 */
import { describe, expect, it } from "vitest";
import { applyBasics, basicsOf, basicsSchema, type BasicsValues } from "@/components/wizard/basics-schema";
import { emptyReport } from "@/lib/report/empty";
import { NAME_MAX, TEXT_MAX, withoutXmlForbidden } from "@/lib/report/field-rules";
import { parseReport } from "@/lib/report/schema";
import type { Report } from "@/lib/report/types";

const base = () => emptyReport({ year: 2023, organName: "示例区东湖镇人民政府", organKind: "township" });

/** The server's verdict on a report whose one 基本信息 field is `value`. */
function serverAccepts(field: keyof BasicsValues, value: string): boolean {
  const r = base() as Report & { meta: Record<string, unknown> };
  const contactFields = ["office", "address", "postcode", "phone", "email"];
  if (contactFields.includes(field)) r.meta.contact = { [field]: value };
  else if (field === "signedOn" || field === "publishUrl" || field === "signedBy") r.meta[field] = value;
  else if (field === "periodFrom") r.meta.period = { from: value };
  else if (field === "organName") r.organ.name = value;
  return parseReport(JSON.parse(JSON.stringify(r))).ok;
}

const formAccepts = (field: keyof BasicsValues, value: string) =>
  basicsSchema.safeParse({ ...basicsOf(base()), [field]: value }).success;

const CASES: Array<[keyof BasicsValues, string[]]> = [
  ["publishUrl", ["http://www.donghu.gov.cn", "https://x.gov.cn/a?b=1", "javascript:alert(1)", "ftp://x.gov.cn", "www.x.gov.cn", "http://x", `http://x.cn/${"a".repeat(300)}`]],
  ["postcode", ["311100", "31110", "3111000", "abcdef"]],
  ["phone", ["0631-5366756", "（0631）5366756", "12", "电话号码"]],
  ["email", ["gk@donghu.gov.cn", "gk@", "不是邮箱"]],
  ["signedOn", ["2024-01-20", "2024-02-29", "2023-02-29", "2022-02-30", "2022-13-01", "2022年1月20日"]],
  ["periodFrom", ["2023-01-01", "2023-04-31"]],
  ["office", ["党政办公室", "办".repeat(NAME_MAX + 1)]],
  ["signedBy", ["示例区东湖镇人民政府", "府".repeat(NAME_MAX + 1)]],
  ["organName", ["示例区东湖镇人民政府", "府".repeat(NAME_MAX + 1)]],
];

describe("the form and the server", () => {
  it.each(CASES)("agree on every value of %s", (field, values) => {
    for (const v of values) expect([v, formAccepts(field, v)]).toEqual([v, serverAccepts(field, v)]);
  });

  it("refuse what the rules refuse", () => {
    expect(serverAccepts("publishUrl", "javascript:alert(1)")).toBe(false);
    expect(serverAccepts("signedOn", "2022-02-30")).toBe(false);
    expect(serverAccepts("postcode", "31110")).toBe(false);
    expect(serverAccepts("organName", "府".repeat(NAME_MAX + 1))).toBe(false);
    expect(serverAccepts("signedOn", "2024-02-29")).toBe(true);
  });

  it("say why in Chinese, naming the field", () => {
    const r = base();
    r.meta.publishUrl = "javascript:alert(1)";
    r.meta.signedOn = "2022-02-30";
    r.organ.name = "府".repeat(NAME_MAX + 1);
    const res = parseReport(r);
    expect(res.ok).toBe(false);
    const errors = res.ok ? [] : res.errors;
    expect(errors).toContain("基本信息 · 电子版发布网址（meta.publishUrl）：网址应以 http:// 或 https:// 开头，如 http://www.example.gov.cn。");
    expect(errors).toContain("基本信息 · 落款日期（meta.signedOn）：落款日期应为日期，如 2022-01-20。");
    expect(errors).toContain(`基本信息 · 机关名称（organ.name）：机关名称不超过 ${NAME_MAX} 字。`);
  });
});

describe("the report schema", () => {
  it("limits every text", () => {
    const r = base();
    r.text.problems = "问".repeat(TEXT_MAX + 1);
    const res = parseReport(r);
    expect(res.ok).toBe(false);
    expect(res.ok ? [] : res.errors).toContain(`五、存在的主要问题及改进情况（text.problems）：正文不超过 ${TEXT_MAX} 字。`);
    r.text.problems = "问".repeat(TEXT_MAX);
    expect(parseReport(r).ok).toBe(true);
  });

  it("drops keys it does not know, outside the tables", () => {
    const r = JSON.parse(JSON.stringify(base()));
    r.extra = { evil: true };
    r.meta.unknown = "x";
    r.organ.secret = "x";
    r.text.overview.sixth = "x";
    const res = parseReport(r);
    expect(res.ok).toBe(true);
    const out = res.ok ? (res.report as unknown as Record<string, Record<string, unknown>>) : {};
    expect(out.extra).toBeUndefined();
    expect(out.meta.unknown).toBeUndefined();
    expect(out.organ.secret).toBeUndefined();
    expect((out.text.overview as Record<string, unknown>).sixth).toBeUndefined();
  });

  it("removes the characters XML 1.0 forbids from texts, names and 基本信息, keeping tab, newline and emoji", () => {
    const bad = "甲\u0000乙\u0008丙\u000B丁\u000C戊\u001F己\uFFFE庚\uFFFF辛\uD800壬\uDC00癸";
    const r = base();
    r.text.problems = `${bad}\t\n😀`;
    r.text.overview.onRequest = bad;
    r.organ.name = `示例区${bad}`;
    r.meta.signedBy = bad;
    r.meta.contact = { office: bad };
    const res = parseReport(r);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.report.text.problems).toBe("甲乙丙丁戊己庚辛壬癸\t\n😀");
    expect(res.report.text.overview.onRequest).toBe("甲乙丙丁戊己庚辛壬癸");
    expect(res.report.organ.name).toBe("示例区甲乙丙丁戊己庚辛壬癸");
    expect(res.report.meta.signedBy).toBe("甲乙丙丁戊己庚辛壬癸");
    expect(res.report.meta.contact?.office).toBe("甲乙丙丁戊己庚辛壬癸");
    expect(withoutXmlForbidden("a\r\nb")).toBe("a\r\nb");
  });

  it("lets the form write what it cleaned", () => {
    const r = applyBasics(base(), { ...basicsOf(base()), office: "党政\u0007办" })!;
    expect(r.meta.contact?.office).toBe("党政办");
  });
});
