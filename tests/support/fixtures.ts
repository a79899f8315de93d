import fs from "node:fs";
import path from "node:path";
import { parseReport } from "@/lib/report/schema";
import type { Report } from "@/lib/report/types";

export const FIXTURES_DIR = path.resolve(__dirname, "../fixtures");

/** Path of a fixture under tests/fixtures ("guanting-town-2021" or "guanting-town-2021.json"). */
export function fixturePath(name: string): string {
  return path.join(FIXTURES_DIR, name.endsWith(".json") ? name : `${name}.json`);
}

/** A fixture report, parsed with parseReport; throws if it is not a valid report. */
export function loadFixture(name: string): Report {
  const result = parseReport(JSON.parse(fs.readFileSync(fixturePath(name), "utf8")));
  if (!result.ok) throw new Error(`${name}：不是有效的报告：\n${result.errors.join("\n")}`);
  return result.report;
}

export const SAMPLE_FIXTURES = ["guanting-town-2021", "wenquan-town-2021", "hanconggou-town-2020"] as const;
export const DEMO_FIXTURES = ["demo-county-department-2021", "demo-county-department-2022", "demo-town-2020"] as const;
