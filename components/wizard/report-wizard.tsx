"use client";
/**
 * The authoring wizard: one step per part of the report (steps from the
 * template's sections), live 勾稽 checks beside the step, autosaved drafts.
 */
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { submitForReview } from "@/app/reports/[id]/actions";
import { FindingsPanel } from "@/components/findings";
import { ReportTableGrid, type CellChange, type CellComment, type FocusRequest, type UnsavedCell } from "@/components/report-grid";
import { findingCounts } from "@/lib/check";
import { fillDerivedInPlace } from "@/lib/report/fill-derived";
import { draftPreamble, updatePreamble } from "@/lib/report/preamble";
import { stepDetails, stepOfFinding, wizardSteps, type StepId, type StepState } from "@/lib/report/step-status";
import { findingCellRef } from "@/lib/report/cells";
import type { Acknowledgements, Finding, Report } from "@/lib/report/types";
import { getTemplate, reportTitle } from "@/lib/template";
import { applyBasics, type BasicsValues } from "./basics-schema";
import { BasicsStep } from "./basics-step";
import { PreviewStep, submitBlockers } from "./preview-step";
import { ReviewComments, type ReturnNoticeView, type ReviewComment } from "./review-comments";
import { SaveStatus } from "./save-status";
import { StepList } from "./step-list";
import { MergeDialog } from "./merge-dialog";
import { fieldId } from "./text-area-field";
import { OverviewStep, SectionTextStep } from "./text-steps";
import { useDraft } from "./use-draft";
import { useLiveFindings } from "./use-live-findings";

export interface ReportWizardProps {
  reportId: string;
  report: Report;
  acknowledgements: Acknowledgements;
  version: number;
  previous?: Report;
  editable: boolean;
  statusLabel: string;
  initialStep: StepId;
  /** The supervisor's comments (a returned report): shown above the step and at their cells. */
  comments?: ReviewComment[];
  /** While 已退回: why (the supervisor's reason), at the head of the banner. */
  returnNotice?: ReturnNoticeView | null;
}

export function ReportWizard(props: ReportWizardProps) {
  const router = useRouter();
  const template = getTemplate(props.report.format);
  const steps = useMemo(() => wizardSteps(template), [template]);
  // A merge or a restored edit replaces the page's report: the live findings follow (set below, once known).
  const recheck = useRef<(r: Report) => void>(() => {});
  const onReplaced = useCallback((r: Report) => recheck.current(r), []);
  const draft = useDraft({
    reportId: props.reportId,
    report: props.report,
    acknowledgements: props.acknowledgements,
    version: props.version,
    editable: props.editable,
    onReplaced,
  });
  const { report, acks, change, flush } = draft;
  // The callbacks, not the hook's result object (new on every render), so the handlers below keep their identity.
  const { findings, onTableChange, onOtherChange, recheckNow } = useLiveFindings(props.report, props.previous);
  const readOnly = !props.editable;

  const [step, setStep] = useState<StepId>(props.initialStep);
  const [visited, setVisited] = useState<ReadonlySet<StepId>>(() => new Set([props.initialStep]));
  const [focusRequest, setFocusRequest] = useState<FocusRequest | undefined>();
  const [pendingField, setPendingField] = useState<string | null>(null);
  // Refused texts per cell, kept here so they stay unsaved (and block submit) whichever step is open.
  const [unsaved, setUnsaved] = useState<Readonly<Record<string, UnsavedCell>>>({});
  const invalidCells = Object.keys(unsaved).length;
  const [submitting, setSubmitting] = useState(false);
  // Below 1280 px the findings follow the grid as a drawer at the bottom of the window; the page keeps the
  // focused cell above it (scroll padding), so a clerk typing at 1024×768 sees both.
  const [drawerOpen, setDrawerOpen] = useState(true);
  const drawerRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = drawerRef.current;
    const root = document.documentElement;
    if (!el) return;
    const fit = () => {
      root.style.scrollPaddingBottom = window.innerWidth < 1280 ? `${el.offsetHeight + 8}px` : "";
    };
    fit();
    const ro = new ResizeObserver(fit);
    ro.observe(el);
    window.addEventListener("resize", fit);
    return () => {
      ro.disconnect();
      window.removeEventListener("resize", fit);
      root.style.scrollPaddingBottom = "";
    };
  }, [step]);
  const [submitMessage, setSubmitMessage] = useState("");

  const current = useRef(report);
  useLayoutEffect(() => {
    current.current = report;
  }, [report]);
  useLayoutEffect(() => {
    recheck.current = (r) => {
      current.current = r;
      recheckNow(r);
    };
  });

  const goTo = useCallback(
    (id: StepId) => {
      void flush();
      setStep(id);
      setVisited((v) => (v.has(id) ? v : new Set([...v, id])));
      const url = new URL(window.location.href);
      url.searchParams.set("step", id);
      window.history.replaceState(window.history.state, "", url);
    },
    [flush],
  );

  const update = useCallback(
    (next: Report, table: boolean) => {
      current.current = next;
      if (table) onTableChange(next);
      else onOtherChange(next);
      change({ report: next });
    },
    [change, onTableChange, onOtherChange],
  );

  const onCellsChange = useCallback(
    (changes: CellChange[]) => {
      const next = structuredClone(current.current);
      for (const { ref, value } of changes) {
        if (ref.table === "proactive") (next.tables.proactive[ref.row] ??= {})[ref.column] = value;
        else (next.tables[ref.table][ref.row] ??= [])[ref.column] = value;
      }
      update(fillDerivedInPlace(next), true);
    },
    [update],
  );

  const onBasics = useCallback(
    (values: BasicsValues) => {
      const before = current.current;
      const next = applyBasics(before, values);
      if (!next) return;
      next.text = { ...next.text, preamble: updatePreamble(before, next) };
      if (JSON.stringify(next) !== JSON.stringify(before)) update(next, false);
    },
    [update],
  );

  const setText = useCallback(
    (mutate: (text: Report["text"]) => Report["text"]) => {
      const before = current.current;
      update({ ...before, text: mutate(before.text) }, false);
    },
    [update],
  );

  const onAcknowledge = useCallback(
    (key: string, reason: string | null) => {
      const next = { ...acks };
      if (reason && reason.trim()) next[key] = reason.trim();
      else delete next[key];
      change({ acks: next });
    },
    [acks, change],
  );

  const onJump = useCallback(
    (f: Finding) => {
      const target = stepOfFinding(f);
      if (target !== step) goTo(target);
      const ref = findingCellRef(f);
      if (ref) setFocusRequest((r) => ({ ref, nonce: (r?.nonce ?? 0) + 1 }));
      else setPendingField(f.field ?? null);
    },
    [goTo, step],
  );

  useEffect(() => {
    if (!pendingField) return;
    // A finding on a whole part (text.overview) goes to the first field of that part.
    const id = fieldId(pendingField);
    const el = document.getElementById(id) ?? document.querySelector<HTMLElement>(`[id^="${id}-"]:is(textarea, input, select)`);
    if (el) {
      el.scrollIntoView({ block: "center" });
      el.focus();
    }
    // One jump, one focus.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setPendingField(null);
  }, [pendingField, step]);

  // Keystroke → findings on screen, measured for bench/wizard.bench.ts: the input event of a
  // table cell marks the start, the first frame after the new findings are committed the end.
  useEffect(() => {
    const onInput = (e: Event) => {
      if ((e.target as HTMLElement | null)?.closest?.("[data-table]")) performance.mark("nianbao:input");
    };
    document.addEventListener("input", onInput, true);
    return () => document.removeEventListener("input", onInput, true);
  }, []);
  useEffect(() => {
    if (performance.getEntriesByName("nianbao:input", "mark").length === 0) return;
    const id = requestAnimationFrame(() => {
      performance.measure("nianbao:keystroke", "nianbao:input");
      performance.clearMarks("nianbao:input");
    });
    return () => cancelAnimationFrame(id);
  }, [findings]);

  // The steps looked at are remembered per report in this browser, so an all-zero table stays 已填 after a reload.
  const visitedKey = `nianbao:visited:${props.reportId}`;
  useEffect(() => {
    try {
      const saved = JSON.parse(localStorage.getItem(visitedKey) ?? "[]") as StepId[];
      // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage exists only after mount
      if (saved.length) setVisited((v) => new Set([...v, ...saved]));
    } catch {
      /* unreadable: only this visit counts */
    }
  }, [visitedKey]);
  useEffect(() => {
    try {
      localStorage.setItem(visitedKey, JSON.stringify([...visited]));
    } catch {
      /* storage full or disabled */
    }
  }, [visited, visitedKey]);
  const details = useMemo(
    () => stepDetails(template, report, findings, visited, { final: !props.editable }),
    [template, report, findings, visited, props.editable],
  );
  const states = useMemo(
    () => Object.fromEntries(Object.entries(details).map(([k, d]) => [k, d.state])) as Record<StepId, StepState>,
    [details],
  );
  const missing = useMemo(() => Object.fromEntries(Object.entries(details).map(([k, d]) => [k, d.missing])), [details]);
  const { errorCount: errors, warningCount: unacknowledged } = findingCounts(findings, acks);
  const blockers = submitBlockers({ errors, unacknowledged, invalidCells, editable: props.editable, statusLabel: props.statusLabel });

  const submit = useCallback(async () => {
    setSubmitting(true);
    setSubmitMessage("");
    try {
      if (!(await flush())) {
        setSubmitMessage("草稿尚未保存成功，请稍候再提交。");
        return;
      }
      const result = await submitForReview(props.reportId);
      if (result.ok) router.push("/reports?submitted=1");
      else setSubmitMessage(result.message);
    } catch {
      setSubmitMessage("提交失败，请检查网络或重新登录后再试。");
    } finally {
      setSubmitting(false);
    }
  }, [flush, props.reportId, router]);

  const comments = props.comments;
  const onUnsavedCell = useCallback((key: string, entry: UnsavedCell | null) => {
    setUnsaved((prev) => {
      if (!entry) {
        if (!(key in prev)) return prev;
        const next = { ...prev };
        delete next[key];
        return next;
      }
      const had = prev[key];
      return had && had.text === entry.text && had.message === entry.message ? prev : { ...prev, [key]: entry };
    });
  }, []);

  const cellComments = useMemo<CellComment[]>(
    () => (comments ?? []).map((c) => ({ id: c.id, anchor: c.anchor, body: c.body, author: c.authorName, resolved: c.resolved })),
    [comments],
  );

  const index = steps.findIndex((s) => s.id === step);
  const meta = steps[index];
  const panel = (
    <FindingsPanel findings={findings} acknowledgements={acks} onAcknowledge={onAcknowledge} onJump={onJump} template={template} readOnly={readOnly} />
  );

  let body: React.ReactNode;
  if (step === "basics") {
    body = (
      <BasicsStep
        report={report}
        readOnly={readOnly}
        findings={findings}
        onBasics={onBasics}
        onPreamble={(v) => setText((t) => ({ ...t, preamble: v }))}
        onRedraftPreamble={() => setText((t) => ({ ...t, preamble: draftPreamble(current.current) }))}
        onBlur={() => void flush()}
      />
    );
  } else if (step === "overview") {
    body = (
      <OverviewStep
        report={report}
        parts={template.overviewParts}
        readOnly={readOnly}
        findings={findings}
        onChange={(key, v) => setText((t) => ({ ...t, overview: { ...t.overview, [key]: v } }))}
        onBlur={() => void flush()}
      />
    );
  } else if (step === "problems" || step === "other") {
    body = (
      <SectionTextStep
        section={meta.section!}
        value={report.text[step]}
        readOnly={readOnly}
        findings={findings}
        onChange={(v) => setText((t) => ({ ...t, [step]: v }))}
        onBlur={() => void flush()}
      />
    );
  } else if (step === "proactive" || step === "requests" || step === "appeals") {
    body = (
      <div className="overflow-x-auto" onBlur={() => void flush()}>
        <ReportTableGrid
          template={template}
          table={step}
          report={report}
          findings={findings}
          onCellsChange={onCellsChange}
          readOnly={readOnly}
          focusRequest={focusRequest?.ref.table === step ? focusRequest : undefined}
          comments={cellComments}
          unsaved={unsaved}
          onUnsavedCell={onUnsavedCell}
        />
      </div>
    );
  } else {
    body = (
      <PreviewStep
        reportId={props.reportId}
        report={report}
        findings={findings}
        blockers={blockers}
        unsavedCells={invalidCells}
        submitting={submitting}
        submitMessage={submitMessage}
        onSubmit={() => void submit()}
        findingsPanel={panel}
        compareHref={props.previous ? `/reports/${props.reportId}/compare` : undefined}
      />
    );
  }

  return (
    <div className="mx-auto max-w-[96rem] px-4 py-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <div>
          <p className="text-sm text-slate-700">
            <Link href="/reports" className="underline hover:text-red-800">
              本单位年度报告
            </Link>{" "}
            › {props.statusLabel}
          </p>
          <h1 className="text-2xl font-bold">{reportTitle(report.organ.name, report.year)}</h1>
        </div>
        {props.editable ? <SaveStatus state={draft.state} unsaved={Object.values(unsaved)} /> : <p className="text-sm font-medium text-slate-800">报告{props.statusLabel}，只能查看，不能修改。</p>}
      </div>

      {draft.state.kind === "conflict" && (
        <div className="mt-4">
          <MergeDialog key={draft.state.currentVersion} message={draft.state.message} conflicts={draft.state.conflicts} onResolve={(choices) => void draft.resolveConflict(choices)} />
        </div>
      )}
      {draft.state.kind === "expired" && (
        <div role="alert" className="mt-4 rounded border-2 border-red-700 bg-red-50 p-3 text-sm">
          {draft.state.message}：您的修改仍保留在本页，请在
          <a href="/login" target="_blank" rel="noopener" className="mx-1 font-semibold underline">
            新窗口中登录
          </a>
          后回到本页，系统会自动保存。
        </div>
      )}

      {((comments && comments.length > 0) || props.returnNotice) && (
        <div className="mt-4">
          <ReviewComments comments={comments ?? []} notice={props.returnNotice} />
        </div>
      )}

      <div className="mt-6 grid gap-6 lg:grid-cols-[13rem_minmax(0,1fr)] xl:grid-cols-[12rem_minmax(0,1fr)_19rem] 2xl:grid-cols-[14rem_minmax(0,1fr)_24rem]">
        <aside>
          <StepList steps={steps} states={states} missing={missing} current={step} onSelect={goTo} />
        </aside>
        <section aria-labelledby="step-heading" className="min-w-0 space-y-4">
          <div>
            <h2 id="step-heading" className="text-xl font-bold">
              {meta.label}
            </h2>
            {meta.section && <p className="mt-1 text-sm text-slate-700">{meta.section.hint}</p>}
          </div>
          {body}
          <div className="flex justify-between border-t border-slate-300 pt-4">
            {index > 0 ? (
              <button type="button" onClick={() => goTo(steps[index - 1].id)} className="rounded border border-slate-500 bg-white px-4 py-1.5 hover:bg-slate-100">
                上一步：{steps[index - 1].label}
              </button>
            ) : (
              <span />
            )}
            {index < steps.length - 1 && (
              <button type="button" onClick={() => goTo(steps[index + 1].id)} className="rounded bg-red-800 px-4 py-1.5 text-white hover:bg-red-900">
                下一步：{steps[index + 1].label}
              </button>
            )}
          </div>
        </section>
        {step !== "preview" && (
          <aside
            ref={drawerRef}
            data-findings-drawer
            className="self-start lg:col-span-2 xl:sticky xl:top-4 xl:col-span-1 max-xl:sticky max-xl:bottom-0 max-xl:z-30 max-xl:shadow-[0_-4px_12px_rgba(15,23,42,0.18)]"
          >
            <button
              type="button"
              aria-expanded={drawerOpen}
              onClick={() => setDrawerOpen((o) => !o)}
              className="w-full rounded-t border border-b-0 border-slate-300 bg-slate-100 px-3 py-1 text-left text-xs text-slate-800 hover:bg-slate-200 xl:hidden"
            >
              {drawerOpen ? "▾ 收起检查结果列表" : "▸ 展开检查结果列表"}
            </button>
            <div className={drawerOpen ? "max-xl:[&_ul]:max-h-[22vh]" : "max-xl:[&_ul]:hidden"}>{panel}</div>
          </aside>
        )}
      </div>
    </div>
  );
}
