"use client";
/**
 * The draft as the page holds it, and its autosave: about a second after the
 * last change, at once on leaving a step or a field (flush). What is not yet
 * saved never leaves the page: failures are retried with backoff, an expired
 * login keeps the change until the clerk logs in again. A stale version (another
 * tab saved meanwhile, or this page's own save was committed but its answer lost)
 * is merged field by field against the version this page started from: only
 * items changed on both sides differently stop autosave and ask, per item —
 * never a silent overwrite, never a conflict of the clerk with herself.
 * Leaving or reloading the page sends what is pending at once (keepalive) and
 * keeps it in the tab's sessionStorage, so the reloaded page shows the newest
 * edit even if the server had not answered yet.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { mergeDrafts, type DraftState, type MergeChoice, type MergeConflict } from "@/lib/report/merge";
import type { Acknowledgements, Report } from "@/lib/report/types";
import { getDraft, putDraft, retryDelay, type LoadedDraft, type SaveOutcome } from "./save-client";

export type SaveState =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "retrying"; message: string }
  | { kind: "expired"; message: string }
  | { kind: "conflict"; message: string; currentVersion: number; conflicts: MergeConflict[] }
  | { kind: "invalid"; message: string; errors: string[] }
  | { kind: "locked"; message: string };


const AUTOSAVE_DELAY = 1000;
const EXPIRED_RETRY = 5000;

/** What a page leaving with unsaved edits leaves behind in its tab (sessionStorage), for the reloaded page. */
interface Stash {
  baseVersion: number;
  base: DraftState;
  mine: DraftState;
}
const stashKey = (reportId: string) => `nianbao:draft:${reportId}`;

function takeStash(reportId: string): Stash | null {
  try {
    const raw = sessionStorage.getItem(stashKey(reportId));
    sessionStorage.removeItem(stashKey(reportId));
    return raw ? (JSON.parse(raw) as Stash) : null;
  } catch {
    return null;
  }
}

const same = (a: DraftState, b: DraftState) => JSON.stringify(a.report) === JSON.stringify(b.report) && JSON.stringify(a.acks) === JSON.stringify(b.acks);

export function useDraft(opts: {
  reportId: string;
  report: Report;
  acknowledgements: Acknowledgements;
  version: number;
  editable: boolean;
  /** The page's report was replaced by a merge or a restored edit (not by the clerk's typing): re-check it. */
  onReplaced?: (report: Report) => void;
}) {
  const { reportId, editable } = opts;
  const [report, setReport] = useState(opts.report);
  const [acks, setAcks] = useState(opts.acknowledgements);
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const [dirty, setDirty] = useState(false);

  const latest = useRef<DraftState>({ report: opts.report, acks: opts.acknowledgements });
  // The stored version this page's edits start from, as of version.current: the base of a merge.
  const base = useRef<DraftState>({ report: opts.report, acks: opts.acknowledgements });
  // The newer stored version a conflict is about, until the clerk has chosen.
  const theirs = useRef<LoadedDraft | null>(null);
  const onReplaced = useRef(opts.onReplaced);
  useEffect(() => {
    onReplaced.current = opts.onReplaced;
  });
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

  /** Puts a merged draft in the page as the newest edit on top of the stored version `over`. */
  const adopt = useCallback((merged: DraftState, over: LoadedDraft) => {
    base.current = { report: over.report, acks: over.acknowledgements };
    version.current = over.version;
    latest.current = merged;
    setReport(merged.report);
    setAcks(merged.acks);
    revision.current += 1;
    setDirty(true);
    onReplaced.current?.(merged.report);
  }, []);

  /** After a 409: merge with the stored version; true when nothing needs the clerk (save again at once). */
  const reconcile = useCallback(
    async (message: string): Promise<boolean> => {
      const loaded = await getDraft(reportId);
      if ("kind" in loaded) {
        attempt.current += 1;
        setState({ kind: "retrying", message: loaded.message });
        schedule(retryDelay(attempt.current));
        return false;
      }
      const stored = { report: loaded.report, acks: loaded.acknowledgements };
      const { merged, conflicts } = mergeDrafts(base.current, latest.current, stored);
      if (conflicts.length === 0) {
        adopt(merged, loaded);
        return true;
      }
      theirs.current = loaded;
      blocked.current = true;
      setState({ kind: "conflict", message, currentVersion: loaded.version, conflicts });
      return false;
    },
    [adopt, reportId, schedule],
  );

  const handle = useCallback(
    async (outcome: SaveOutcome, rev: number, sent: DraftState): Promise<boolean> => {
      switch (outcome.kind) {
        case "saved":
          version.current = outcome.version;
          base.current = sent;
          attempt.current = 0;
          // A page that went away with an edit since saved leaves nothing to restore.
          try {
            sessionStorage.removeItem(stashKey(reportId));
          } catch {
            /* storage disabled */
          }
          markSaved(rev);
          if (revision.current !== rev) {
            setState({ kind: "pending" });
            schedule(AUTOSAVE_DELAY);
          } else setState({ kind: "saved", at: outcome.savedAt });
          return false;
        case "failed":
          attempt.current += 1;
          setState({ kind: "retrying", message: outcome.message });
          schedule(retryDelay(attempt.current));
          return false;
        case "unauthorized":
          setState({ kind: "expired", message: outcome.message });
          schedule(EXPIRED_RETRY);
          return false;
        case "conflict":
          return reconcile(outcome.message);
        case "invalid":
          setState({ kind: "invalid", message: outcome.message, errors: outcome.errors });
          return false;
        case "locked":
        case "notFound":
          blocked.current = true;
          setState({ kind: "locked", message: outcome.message });
          return false;
      }
    },
    [markSaved, reconcile, reportId, schedule],
  );

  /** Saves now if anything is unsaved; true when the page and the server agree afterwards. */
  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    if (!editable) return true;
    // A merge that needed nobody is saved again at once (a few rounds at most, if others keep saving).
    for (let round = 0; round < 3; round++) {
      while (inFlight.current) await inFlight.current;
      if (revision.current === savedRevision.current) return true;
      if (blocked.current) return false;
      const rev = revision.current;
      setState({ kind: "saving" });
      const sent = latest.current;
      let again = false;
      const request = putDraft(reportId, { baseVersion: version.current, data: sent.report, acknowledgements: sent.acks })
        .then((o) => handle(o, rev, sent))
        .then((merged) => {
          again = merged;
        });
      inFlight.current = request;
      try {
        await request;
      } finally {
        inFlight.current = null;
      }
      if (!again) break;
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

  /** After a conflict: the clerk's choice per conflicting item; everything else is merged already. */
  const resolveConflict = useCallback(
    async (choices: Record<string, MergeChoice>) => {
      const stored = theirs.current;
      if (!stored) return;
      const { merged } = mergeDrafts(base.current, latest.current, { report: stored.report, acks: stored.acknowledgements }, choices);
      theirs.current = null;
      adopt(merged, stored);
      blocked.current = false;
      // Nothing left of mine: the page now equals the stored version.
      if (same(merged, { report: stored.report, acks: stored.acknowledgements })) {
        markSaved(revision.current);
        setState({ kind: "saved", at: new Date().toISOString() });
        return;
      }
      await flush();
    },
    [adopt, flush, markSaved],
  );

  // A page reloaded (F5) right after typing: the edit its predecessor left in this tab is the newest one.
  useEffect(() => {
    if (!editable) return;
    const stash = takeStash(reportId);
    if (!stash) return;
    const stored = { report: opts.report, acks: opts.acknowledgements };
    if (same(stash.mine, stored)) return;
    base.current = stash.base;
    version.current = stash.baseVersion;
    latest.current = stash.mine;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- restoring the edit once, after mount (sessionStorage is not readable on the server)
    setReport(stash.mine.report);
    setAcks(stash.mine.acks);
    revision.current += 1;
    setDirty(true);
    onReplaced.current?.(stash.mine.report);
    void saveRef.current();
    // Once, on mount: the props are the server's copy at load time.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const unsaved = () => revision.current !== savedRevision.current;
    // Leaving with an unsaved edit: send it now (keepalive) …
    const send = () => {
      if (unsaved() && !blocked.current && !inFlight.current) void saveRef.current();
    };
    // … and, once the page really goes, leave it in the tab for the reloaded page.
    const leave = () => {
      send();
      if (!unsaved()) return;
      try {
        const stash: Stash = { baseVersion: version.current, base: base.current, mine: latest.current };
        sessionStorage.setItem(stashKey(reportId), JSON.stringify(stash));
      } catch {
        /* storage full or disabled: the keepalive save still goes */
      }
    };
    // The edit is on its way (and kept in the tab for a reload), but a closed tab keeps nothing if the
    // network fails: the browser still asks while it is unsaved.
    const warn = (e: BeforeUnloadEvent) => {
      send();
      if (!unsaved()) return;
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
    window.addEventListener("pagehide", leave);
    window.addEventListener("focus", retry);
    window.addEventListener("online", retry);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      window.removeEventListener("beforeunload", warn);
      window.removeEventListener("pagehide", leave);
      window.removeEventListener("focus", retry);
      window.removeEventListener("online", retry);
      document.removeEventListener("visibilitychange", hidden);
      clearTimeout(timer.current);
      // Leaving the wizard by an in-app link fires no beforeunload: save what is pending on the way out.
      retry();
    };
  }, [reportId]);

  return { report, acks, state, dirty, change, flush, resolveConflict };
}
