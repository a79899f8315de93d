/** The props contract of the findings panel (wizard and review). Kept stable. */
import type { Finding } from "@/lib/report/types";
import type { Template } from "@/lib/template";

export interface FindingsPanelProps {
  /** All findings of check(); errors and warnings, in any order (errors are listed first). */
  findings: Finding[];
  /** findingKey(finding) → the author's reason for accepting a warning as correct. */
  acknowledgements: Record<string, string>;
  /** A warning confirmed with a reason, or its confirmation withdrawn (reason null). */
  onAcknowledge: (key: string, reason: string | null) => void;
  /** The user picked a finding: go to its cell (grid focusRequest) or its text field. */
  onJump: (finding: Finding) => void;
  template: Template;
  /** Review mode: acknowledgements are shown but cannot be changed. */
  readOnly?: boolean;
  /** Heading of the panel; default "检查结果". */
  title?: string;
}
