import type { Finding } from "../report/types";
import { findingKey } from "./finding-key";

/**
 * Errors, and warnings not yet confirmed with a reason: what blocks 提交审核
 * (a warning needs the clerk's explanation, an error needs a fix) and what the
 * report lists show.
 */
export function findingCounts(findings: readonly Finding[], acknowledgements: Readonly<Record<string, string>> = {}) {
  return {
    errorCount: findings.filter((f) => f.severity === "error").length,
    warningCount: findings.filter((f) => f.severity === "warning" && !acknowledgements[findingKey(f)]).length,
  };
}
