export { FindingsPanel } from "./findings-panel";
export type { FindingsPanelProps } from "./types";
