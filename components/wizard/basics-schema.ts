/**
 * The form of 基本信息 (organ, period, where the report is published, contact,
 * signature): the report schema's field rules (lib/report/field-rules.ts), each
 * field blank or valid, with their Chinese messages. A value the form accepts is written into
 * the report only if the report schema (reportSchemaFor) still accepts the
 * report, so the server never sees what the form would refuse.
 */
import { z } from "zod";
import { blankOr, FIELD_RULES } from "@/lib/report/field-rules";
import { statisticalPeriod } from "@/lib/report/preamble";
import { reportSchemaFor } from "@/lib/report/schema";
import type { Report } from "@/lib/report/types";
import { ORGAN_KIND_IDS, type OrganKind } from "@/lib/template";

export const basicsSchema = z
  .object({
    organName: FIELD_RULES.organName,
    organKind: z.enum(ORGAN_KIND_IDS, { error: "请选择机关类型。" }),
    periodFrom: blankOr(FIELD_RULES.date("统计期限开始日期")),
    periodTo: blankOr(FIELD_RULES.date("统计期限结束日期")),
    publishUrl: blankOr(FIELD_RULES.publishUrl),
    office: blankOr(FIELD_RULES.office),
    address: blankOr(FIELD_RULES.address),
    postcode: blankOr(FIELD_RULES.postcode),
    phone: blankOr(FIELD_RULES.phone),
    email: blankOr(FIELD_RULES.email),
    signedBy: blankOr(FIELD_RULES.signedBy),
    signedOn: blankOr(FIELD_RULES.date("落款日期")),
  })
  .refine((v) => !v.periodFrom || !v.periodTo || v.periodFrom <= v.periodTo, {
    path: ["periodTo"],
    message: "统计期限的结束日期不能早于开始日期。",
  });

export type BasicsValues = z.input<typeof basicsSchema>;

export function basicsOf(report: Report): BasicsValues {
  const c = report.meta.contact ?? {};
  const period = statisticalPeriod(report);
  return {
    organName: report.organ.name,
    organKind: report.organ.kind,
    periodFrom: period.from,
    periodTo: period.to,
    publishUrl: report.meta.publishUrl ?? "",
    office: c.office ?? "",
    address: c.address ?? "",
    postcode: c.postcode ?? "",
    phone: c.phone ?? "",
    email: c.email ?? "",
    signedBy: report.meta.signedBy ?? "",
    signedOn: report.meta.signedOn ?? "",
  };
}

const opt = (v: string) => (v.trim() === "" ? undefined : v.trim());

/** The report with 基本信息 replaced, or undefined if the values or the resulting report are not valid. */
export function applyBasics(report: Report, values: BasicsValues): Report | undefined {
  // A refused field keeps its stored value; the other fields still go in (a bad 邮编 must not hold back the 落款日期).
  const first = basicsSchema.safeParse(values);
  let merged = values;
  if (!first.success) {
    const stored = basicsOf(report);
    const bad = new Set(first.error.issues.map((i) => String(i.path[0])));
    merged = Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, bad.has(k) ? stored[k as keyof BasicsValues] : v]),
    ) as BasicsValues;
  }
  const parsed = basicsSchema.safeParse(merged);
  if (!parsed.success) return undefined;
  const v = parsed.data;
  const contact = { office: opt(v.office), address: opt(v.address), postcode: opt(v.postcode), phone: opt(v.phone), email: opt(v.email) };
  const next: Report = {
    ...report,
    organ: { name: v.organName, kind: v.organKind as OrganKind },
    meta: {
      ...report.meta,
      publishUrl: opt(v.publishUrl),
      contact: Object.fromEntries(Object.entries(contact).filter(([, x]) => x !== undefined)),
      signedBy: opt(v.signedBy),
      signedOn: opt(v.signedOn),
      period: { from: opt(v.periodFrom), to: opt(v.periodTo) },
    },
  };
  // JSON drops the undefined keys exactly as the server will see them.
  const clean = JSON.parse(JSON.stringify(next)) as Report;
  return reportSchemaFor(report.format).safeParse(clean).success ? clean : undefined;
}
