"use client";
/**
 * The draft as the page holds it, and its autosave: about a second after the
 * last change, at once on leaving a step or a field (flush). What is not yet
 * saved never leaves the page: failures are retried with backoff, an expired
 * login keeps the change until the clerk logs in again, a stale version stops
 * autosave and asks (load the newer version, or keep mine) — never a silent
 * overwrite. Closing the tab with unsaved changes asks the browser to warn.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Acknowledgements, Report } from "@/lib/report/types";
import { getDraft, putDraft, retryDelay, type SaveOutcome } from "./save-client";

export type SaveState =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "retrying"; message: string }
  | { kind: "expired"; message: string }
  | { kind: "conflict"; message: string; currentVersion: number }
  | { kind: "invalid"; message: string; errors: string[] }
  | { kind: "locked"; message: string };


const AUTOSAVE_DELAY = 1000;
const EXPIRED_RETRY = 5000;

export function useDraft(opts: { reportId: string; report: Report; acknowledgements: Acknowledgements; version: number; editable: boolean }) {
  const { reportId, editable } = opts;
  const [report, setReport] = useState(opts.report);
  const [acks, setAcks] = useState(opts.acknowledgements);
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const [dirty, setDirty] = useState(false);

  const latest = useRef({ report: opts.report, acks: opts.acknowledgements });
  const version = useRef(opts.version);
  const revision = useRef(0);
  const savedRevision = useRef(0);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const attempt = useRef(0);
  const blocked = useRef(false);
  const saveRef = useRef<() => Promise<boolean>>(async () => true);

  const schedule = useCallback((ms: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveRef.current(), ms);
  }, []);

  const markSaved = useCallback((rev: number) => {
    savedRevision.current = rev;
    setDirty(revision.current !== rev);
  }, []);

  const handle = useCallback(
    (outcome: SaveOutcome, rev: number) => {
      switch (outcome.kind) {
        case "saved":
          version.current = outcome.version;
          attempt.current = 0;
          markSaved(rev);
          if (revision.current !== rev) {
            setState({ kind: "pending" });
            schedule(AUTOSAVE_DELAY);
          } else setState({ kind: "saved", at: outcome.savedAt });
          return;
        case "failed":
          attempt.current += 1;
          setState({ kind: "retrying", message: outcome.message });
          schedule(retryDelay(attempt.current));
          return;
        case "unauthorized":
          setState({ kind: "expired", message: outcome.message });
          schedule(EXPIRED_RETRY);
          return;
        case "conflict":
          blocked.current = true;
          setState({ kind: "conflict", message: outcome.message, currentVersion: outcome.currentVersion });
          return;
        case "invalid":
          setState({ kind: "invalid", message: outcome.message, errors: outcome.errors });
          return;
        case "locked":
        case "notFound":
          blocked.current = true;
          setState({ kind: "locked", message: outcome.message });
          return;
      }
    },
    [markSaved, schedule],
  );

  /** Saves now if anything is unsaved; true when the page and the server agree afterwards. */
  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    if (!editable) return true;
    while (inFlight.current) await inFlight.current;
    if (revision.current === savedRevision.current) return true;
    if (blocked.current) return false;
    const rev = revision.current;
    setState({ kind: "saving" });
    const { report: data, acks: acknowledgements } = latest.current;
    const request = putDraft(reportId, { baseVersion: version.current, data, acknowledgements }).then((o) => handle(o, rev));
    inFlight.current = request;
    try {
      await request;
    } finally {
      inFlight.current = null;
    }
    return revision.current === savedRevision.current;
  }, [editable, handle, reportId]);

  useEffect(() => {
    saveRef.current = flush;
  }, [flush]);

  const change = useCallback(
    (next: { report?: Report; acks?: Acknowledgements }) => {
      if (!editable) return;
      latest.current = { ...latest.current, ...next };
      if (next.report) setReport(next.report);
      if (next.acks) setAcks(next.acks);
      revision.current += 1;
      setDirty(true);
      if (blocked.current) return;
      setState((s) => (s.kind === "saving" || s.kind === "expired" || s.kind === "retrying" ? s : { kind: "pending" }));
      schedule(AUTOSAVE_DELAY);
    },
    [editable, schedule],
  );

  /** After a conflict: take the stored version (mine is dropped) or save mine over it (explicitly chosen). */
  const resolveConflict = useCallback(
    async (choice: "load" | "keep") => {
      if (choice === "keep") {
        if (state.kind === "conflict") version.current = state.currentVersion;
        blocked.current = false;
        await flush();
        return;
      }
      const loaded = await getDraft(reportId);
      if ("kind" in loaded) {
        setState({ kind: loaded.kind === "unauthorized" ? "expired" : "retrying", message: loaded.message } as SaveState);
        return;
      }
      latest.current = { report: loaded.report, acks: loaded.acknowledgements };
      version.current = loaded.version;
      setReport(loaded.report);
      setAcks(loaded.acknowledgements);
      blocked.current = false;
      markSaved(revision.current);
      setState({ kind: "saved", at: new Date().toISOString() });
    },
    [flush, markSaved, reportId, state],
  );

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (revision.current === savedRevision.current) return;
      e.preventDefault();
      e.returnValue = "";
    };
    // Coming back to the tab (e.g. after logging in again elsewhere) retries at once.
    const retry = () => {
      if (revision.current !== savedRevision.current && !blocked.current) void saveRef.current();
    };
    // Switching away from the tab (or closing it) saves at once rather than a second later.
    const hidden = () => {
      if (document.visibilityState === "hidden") retry();
    };
    window.addEventListener("beforeunload", warn);
    window.addEventListener("focus", retry);
    window.addEventListener("online", retry);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      window.removeEventListener("beforeunload", warn);
      window.removeEventListener("focus", retry);
      window.removeEventListener("online", retry);
      document.removeEventListener("visibilitychange", hidden);
      clearTimeout(timer.current);
      // Leaving the wizard by an in-app link fires no beforeunload: save what is pending on the way out.
      retry();
    };
  }, []);

  return { report, acks, state, dirty, change, flush, resolveConflict };
}
