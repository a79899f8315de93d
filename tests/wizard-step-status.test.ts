import { describe, expect, it } from "vitest";
import { check } from "@/lib/check";
import { emptyReport } from "@/lib/report/empty";
import { fillDerived } from "@/lib/report/fill-derived";
import { stepDetails, stepOfFinding, stepStates, STEP_STATE_LABELS, wizardSteps } from "@/lib/report/step-status";
import { getTemplate } from "@/lib/template";

const t = getTemplate("2021");

function filledReport() {
  const r = emptyReport({ year: 2023, organName: "东湖镇", organKind: "township" });
  r.meta = { publishUrl: "http://x", contact: { office: "党政办", phone: "1" }, signedOn: "2024-01-20" };
  r.text.preamble = "前言";
  r.text.overview = { proactive: "a", onRequest: "b", management: "c", platforms: "d", oversight: "e" };
  r.text.problems = "问题";
  r.text.other = "本年度未收取信息处理费。";
  return r;
}

describe("wizardSteps", () => {
  it("has 基本信息, one step per template section with its heading, and 预览与检查", () => {
    const steps = wizardSteps(t);
    expect(steps.map((s) => s.label)).toEqual(["基本信息", ...t.sections.map((s) => s.heading), "预览与检查"]);
    expect(steps.map((s) => s.id)).toEqual(["basics", "overview", "proactive", "requests", "appeals", "problems", "other", "preview"]);
  });
});

describe("stepStates", () => {
  it("says 未填 for an empty new report (tables not yet visited), 有错误 at 基本信息 for the missing 落款日期", () => {
    const r = emptyReport({ year: 2023, organName: "东湖镇", organKind: "township" });
    const s = stepStates(t, r, check(r));
    const { basics, preview, ...rest } = s;
    expect(Object.values(rest).every((x) => x === "empty")).toBe(true);
    expect([STEP_STATE_LABELS[basics], STEP_STATE_LABELS[preview]]).toEqual(["有错误", "有错误"]);
    r.meta.signedOn = "2024-01-20";
    expect(STEP_STATE_LABELS[stepStates(t, r, check(r)).basics]).toBe("未填");
  });

  it("says 已填 everywhere for a complete report whose tables were visited", () => {
    const r = filledReport();
    const s = stepStates(t, r, check(r), new Set(["proactive", "requests", "appeals"]));
    expect(Object.values(s).every((x) => x === "filled")).toBe(true);
  });

  it("counts a table with numbers as filled without a visit, but not one with a blank cell", () => {
    const r = filledReport();
    r.tables.proactive.licensing.decisions = 4;
    r.tables.appeals.reconsideration[0] = null;
    const s = stepStates(t, fillDerived(r), [], new Set(["appeals"]));
    expect(s.proactive).toBe("filled");
    expect(s.appeals).toBe("empty");
    expect(s.requests).toBe("empty");
  });

  it("marks the step of an error 有错误, and the preview step too", () => {
    const r = filledReport();
    r.tables.requests.newRequests = [2, 0, 0, 0, 0, 0, 2];
    const findings = check(r);
    expect(findings.some((f) => f.rule === "R1" && f.table === "requests")).toBe(true);
    const s = stepStates(t, r, findings, new Set(["proactive", "requests", "appeals"]));
    expect(s.requests).toBe("error");
    expect(STEP_STATE_LABELS[s.requests]).toBe("有错误");
    expect(s.preview).toBe("error");
    expect(s.appeals).toBe("filled");
  });

  it("does not let a warning make a step 有错误", () => {
    const r = filledReport();
    const s = stepStates(t, r, [{ rule: "W5", severity: "warning", field: "text.other", message: "x" }]);
    expect(s.other).toBe("filled");
  });
});

describe("stepDetails", () => {
  it("names what each 未填 step lacks", () => {
    const r = filledReport();
    r.meta.contact = { office: "党政办" };
    r.meta.signedOn = undefined;
    r.text.overview.platforms = " ";
    r.text.problems = "";
    r.tables.requests.granted[0] = null;
    const d = stepDetails(t, fillDerived(r), [], new Set(["proactive", "appeals"]));
    expect(d.basics).toEqual({ state: "empty", missing: ["联系电话", "落款日期"] });
    expect(d.overview.missing).toEqual([t.overviewParts.find((p) => p.key === "platforms")!.heading]);
    expect(d.problems.missing).toEqual(["正文"]);
    expect(d.requests.missing).toEqual(["1 个空格"]);
    expect(d.appeals).toEqual({ state: "filled", missing: [] });
    expect(d.preview.state).toBe("empty");
    expect(d.preview.missing).toContain(wizardSteps(t).find((s) => s.id === "basics")!.label);
  });

  it("an all-zero table not yet looked at says so; a submitted report's tables are what was submitted", () => {
    const r = filledReport();
    expect(stepDetails(t, r, []).appeals).toEqual({ state: "empty", missing: ["尚未核对（全为 0）"] });
    const submitted = stepDetails(t, r, [], new Set(), { final: true });
    expect([submitted.proactive.state, submitted.requests.state, submitted.appeals.state]).toEqual(["filled", "filled", "filled"]);
    expect(submitted.preview.state).toBe("filled");
  });
});

describe("stepOfFinding", () => {
  it("sends table findings to their table, text findings to their section, the rest to 基本信息", () => {
    expect(stepOfFinding({ rule: "R4", severity: "error", table: "appeals", message: "" })).toBe("appeals");
    expect(stepOfFinding({ rule: "W7", severity: "warning", field: "text.overview.oversight", message: "" })).toBe("overview");
    expect(stepOfFinding({ rule: "W5", severity: "warning", field: "text.other", message: "" })).toBe("other");
    expect(stepOfFinding({ rule: "W7", severity: "warning", field: "text.problems", message: "" })).toBe("problems");
    expect(stepOfFinding({ rule: "W7", severity: "warning", field: "meta.signedOn", message: "" })).toBe("basics");
    expect(stepOfFinding({ rule: "R6", severity: "error", message: "" })).toBe("basics");
  });
});
