export { FindingsPanel, summarize } from "./findings-panel";
export type { FindingsPanelProps } from "./types";
