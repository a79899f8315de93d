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

function tableFilled(report: Report, table: TableId): { blanks: boolean; nonzero: boolean } {
  const cells: Array<number | null> =
    table === "proactive"
      ? Object.values(report.tables.proactive).flatMap((r) => Object.values(r))
      : Object.values(report.tables[table]).flat();
  return { blanks: cells.some((c) => c === null), nonzero: cells.some((c) => c !== null && c !== 0) };
}

function contentFilled(step: StepId, report: Report, visited: ReadonlySet<StepId>): boolean {
  switch (step) {
    case "basics": {
      const c = report.meta.contact ?? {};
      return [report.organ.name, report.meta.publishUrl, c.office, c.phone, report.meta.signedOn, report.text.preamble].every(filledText);
    }
    case "overview": {
      const { intro, ...parts } = report.text.overview;
      void intro;
      return Object.values(parts).every(filledText);
    }
    case "problems":
    case "other":
      return filledText(report.text[step]);
    case "proactive":
    case "requests":
    case "appeals": {
      // A unit with no applications rightly reports all zeros: a table counts as filled once
      // it has no blank cell and the clerk has looked at it (or typed something into it).
      const { blanks, nonzero } = tableFilled(report, step);
      return !blanks && (nonzero || visited.has(step));
    }
    case "preview":
      return false;
  }
}

/** State of every step. The preview step is 有错误 while any error remains, 已填 when all others are. */
export function stepStates(
  t: Template,
  report: Report,
  findings: readonly Finding[],
  visited: ReadonlySet<StepId> = new Set(),
): Record<StepId, StepState> {
  const steps = wizardSteps(t);
  const withErrors = new Set(findings.filter((f) => f.severity === "error").map(stepOfFinding));
  const out = {} as Record<StepId, StepState>;
  for (const s of steps) {
    if (s.id === "preview") continue;
    out[s.id] = withErrors.has(s.id) ? "error" : contentFilled(s.id, report, visited) ? "filled" : "empty";
  }
  const others = steps.filter((s) => s.id !== "preview").map((s) => out[s.id]);
  out.preview = withErrors.size > 0 ? "error" : others.every((x) => x === "filled") ? "filled" : "empty";
  return out;
}
