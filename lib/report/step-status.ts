/**
 * The wizard's steps and the state each shows in the step list (未填/已填/有错误).
 * Pure: the steps come from the template's sections, so a new format with other
 * sections gets other steps without touching the UI.
 */
import type { Section, TableId, Template, TextKey } from "../template";
import type { Finding, Report } from "./types";

export type StepId = "basics" | Exclude<TextKey, "preamble"> | TableId | "preview";

export interface WizardStep {
  id: StepId;
  /** Step list label: the section heading, or the two steps the template has no section for. */
  label: string;
  section?: Section;
}

export type StepState = "empty" | "filled" | "error";

export const STEP_STATE_LABELS: Record<StepState, string> = { empty: "未填", filled: "已填", error: "有错误" };

export const BASICS_LABEL = "基本信息";
export const PREVIEW_LABEL = "预览与检查";

export function wizardSteps(t: Template): WizardStep[] {
  return [
    { id: "basics", label: BASICS_LABEL },
    ...t.sections.map((s): WizardStep => ({ id: (s.table ?? s.text)!, label: s.heading, section: s })),
    { id: "preview", label: PREVIEW_LABEL },
  ];
}

export function isStepId(t: Template, id: string | null | undefined): id is StepId {
  return wizardSteps(t).some((s) => s.id === id);
}

/** The step where a finding is fixed: its table, its text section, or 基本信息 (meta, organ, preamble, year). */
export function stepOfFinding(f: Finding): StepId {
  if (f.table) return f.table;
  const m = /^text\.(overview|problems|other)\b/.exec(f.field ?? "");
  if (m) return m[1] as StepId;
  return "basics";
}

const filledText = (s: string | undefined) => Boolean(s && s.trim());

function tableCells(report: Report, table: TableId): Array<number | null> {
  return table === "proactive"
    ? Object.values(report.tables.proactive).flatMap((r) => Object.values(r))
    : Object.values(report.tables[table]).flat();
}

/** What a step still lacks, in the clerk's words; empty when it is filled. */
function missingOf(t: Template, step: StepId, report: Report, visited: ReadonlySet<StepId>, final: boolean): string[] {
  switch (step) {
    case "basics": {
      const c = report.meta.contact ?? {};
      const fields: [string, string | undefined][] = [
        ["机关名称", report.organ.name],
        ["电子版发布网址", report.meta.publishUrl],
        ["联系部门", c.office],
        ["联系电话", c.phone],
        ["落款日期", report.meta.signedOn],
        ["前言", report.text.preamble],
      ];
      return fields.filter(([, v]) => !filledText(v)).map(([label]) => label);
    }
    case "overview":
      return t.overviewParts.filter((p) => !filledText(report.text.overview[p.key])).map((p) => p.heading);
    case "problems":
    case "other":
      return filledText(report.text[step]) ? [] : ["正文"];
    case "proactive":
    case "requests":
    case "appeals": {
      const cells = tableCells(report, step);
      const blanks = cells.filter((c) => c === null).length;
      if (blanks > 0) return [`${blanks} 个空格`];
      // A unit with no applications rightly reports all zeros: such a table counts as filled once the
      // clerk has looked at it (in this browser, any session) or the report has been submitted.
      if (final || visited.has(step) || cells.some((c) => c !== 0)) return [];
      return ["尚未核对（全为 0）"];
    }
    case "preview":
      return [];
  }
}

export interface StepDetail {
  state: StepState;
  /** What is missing, e.g. ["联系电话", "落款日期"], while the step is 未填. */
  missing: string[];
}

/**
 * State of every step with what each still lacks. The preview step is 有错误 while any error remains,
 * 已填 when all others are. `final`: the report has left the clerk (submitted or later): its tables
 * are what was submitted, so a table without blanks is filled.
 */
export function stepDetails(
  t: Template,
  report: Report,
  findings: readonly Finding[],
  visited: ReadonlySet<StepId> = new Set(),
  opts: { final?: boolean } = {},
): Record<StepId, StepDetail> {
  const steps = wizardSteps(t);
  const withErrors = new Set(findings.filter((f) => f.severity === "error").map(stepOfFinding));
  const out = {} as Record<StepId, StepDetail>;
  for (const s of steps) {
    if (s.id === "preview") continue;
    const missing = missingOf(t, s.id, report, visited, opts.final ?? false);
    out[s.id] = { state: withErrors.has(s.id) ? "error" : missing.length === 0 ? "filled" : "empty", missing };
  }
  const open = steps.filter((s) => s.id !== "preview" && out[s.id].state !== "filled").map((s) => s.label);
  out.preview = {
    state: withErrors.size > 0 ? "error" : open.length === 0 ? "filled" : "empty",
    missing: withErrors.size > 0 ? [] : open,
  };
  return out;
}

/** State of every step (see stepDetails). */
export function stepStates(
  t: Template,
  report: Report,
  findings: readonly Finding[],
  visited: ReadonlySet<StepId> = new Set(),
  opts: { final?: boolean } = {},
): Record<StepId, StepState> {
  const details = stepDetails(t, report, findings, visited, opts);
  return Object.fromEntries(Object.entries(details).map(([k, d]) => [k, d.state])) as Record<StepId, StepState>;
}
