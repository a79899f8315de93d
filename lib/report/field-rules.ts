/**
 * The rules for the report's fields, written once: the report schema (the server, the
 * autosave, the import, the CLI) and the 基本信息 form both use them, so the form never
 * accepts what the server refuses nor the other way round.
 *
 * Every string also loses the characters XML 1.0 forbids (C0 controls other than tab, line
 * feed and carriage return, U+FFFE, U+FFFF, unpaired surrogates): they cannot be written into
 * the .docx, and pasted from old systems they are invisible to the clerk anyway.
 */
import { z } from "zod";

/** Characters a .docx (XML 1.0) cannot hold; lone surrogates matched with the u flag. */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function withoutXmlForbidden(s: string): string {
  return s.replace(XML_FORBIDDEN, "");
}

/** Longest narrative text (one section or part), in characters. */
export const TEXT_MAX = 20_000;
/** Longest name (机关名称, 落款单位, 联系部门). */
export const NAME_MAX = 100;
/** Longest address or web address. */
export const LINE_MAX = 200;

/** A string cleaned of XML-forbidden characters, then held to `max` characters. */
export const cleanString = (max: number, what: string) =>
  z
    .string()
    .overwrite(withoutXmlForbidden)
    .max(max, `${what}不超过 ${max} 字。`);

const isRealIsoDate = (v: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  // 2022-02-30 parses (as 3 月 2 日): only a date that reads back the same is real.
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

/** Each field's rule for a value that is there (blank is the caller's business). Chinese messages name the field. */
export const FIELD_RULES = {
  organName: cleanString(NAME_MAX, "机关名称").trim().min(1, "请填写机关名称。"),
  office: cleanString(NAME_MAX, "联系部门").trim(),
  address: cleanString(LINE_MAX, "地址").trim(),
  signedBy: cleanString(NAME_MAX, "落款单位").trim(),
  publishUrl: cleanString(LINE_MAX, "发布网址")
    .trim()
    .regex(/^https?:\/\/[^\s/]+\.[^\s]+$/i, "网址应以 http:// 或 https:// 开头，如 http://www.example.gov.cn。"),
  postcode: cleanString(6, "邮编").trim().regex(/^\d{6}$/, "邮编应为 6 位数字。"),
  phone: cleanString(40, "电话")
    .trim()
    .regex(/^[0-9０-９+\-—－（）()\s转]{7,40}$/, "电话号码格式不对，如 0631-5366756。"),
  email: cleanString(LINE_MAX, "电子邮箱")
    .trim()
    .refine((v) => z.email().safeParse(v).success, "电子邮箱格式不对，如 gk@example.gov.cn。"),
  date: (what: string) => cleanString(10, what).trim().refine(isRealIsoDate, `${what}应为日期，如 2022-01-20。`),
  text: (what: string) => cleanString(TEXT_MAX, what),
} as const;

/** A form field: blank, or a value the rule accepts (the rule's message if not). */
export function blankOr(rule: z.ZodType<string, string>) {
  return z
    .string()
    .overwrite(withoutXmlForbidden)
    .trim()
    .superRefine((v, ctx) => {
      if (v === "") return;
      const r = rule.safeParse(v);
      if (!r.success) ctx.addIssue({ code: "custom", message: r.error.issues[0]?.message ?? "格式不对。" });
    });
}
