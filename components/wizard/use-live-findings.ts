"use client";
/**
 * Live 勾稽 checks while the clerk types: a keystroke in a table re-runs the
 * table rules at once (check(…, { tablesOnly })), and the whole check (text
 * rules too) runs shortly after the last change. The text findings of the last
 * full check stay on screen in between.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { check, findingKey } from "@/lib/check";
import type { Finding, Report } from "@/lib/report/types";

const FULL_CHECK_DELAY = 400;

function split(report: Report, previous: Report | undefined) {
  const all = check(report, previous);
  const fast = new Set(check(report, previous, { tablesOnly: true }).map(findingKey));
  return { all, textOnly: all.filter((f) => !fast.has(findingKey(f))) };
}

export function useLiveFindings(initial: Report, previous: Report | undefined) {
  const [first] = useState(() => split(initial, previous));
  const [findings, setFindings] = useState<Finding[]>(first.all);
  const textOnly = useRef<Finding[]>(first.textOnly);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const full = useCallback(
    (report: Report) => {
      const next = split(report, previous);
      textOnly.current = next.textOnly;
      setFindings(next.all);
    },
    [previous],
  );

  useEffect(() => () => clearTimeout(timer.current), []);

  const scheduleFull = useCallback(
    (report: Report) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => full(report), FULL_CHECK_DELAY);
    },
    [full],
  );

  /** A table changed: its rules now, the rest debounced. */
  const onTableChange = useCallback(
    (report: Report) => {
      setFindings([...check(report, previous, { tablesOnly: true }), ...textOnly.current]);
      scheduleFull(report);
    },
    [previous, scheduleFull],
  );

  /** A text or a field of 基本信息 changed, or a newer version was loaded. */
  const onOtherChange = useCallback((report: Report) => scheduleFull(report), [scheduleFull]);

  return { findings, onTableChange, onOtherChange, recheckNow: full };
}
