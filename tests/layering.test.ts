/** The lint rules that keep the layers apart: lib/ never imports components/ or app/; components reach lib/server only for types. */
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: path.resolve(__dirname, "..") });

async function restricted(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.resolve(__dirname, "..", file) });
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("layering", () => {
  it("refuses components/ and app/ in lib/", async () => {
    expect(await restricted('import { FindingsPanel } from "@/components/findings";\nexport const x = FindingsPanel;\n', "lib/report/probe.ts")).toHaveLength(1);
    expect(await restricted('import { submitForReview } from "@/app/reports/[id]/actions";\nexport const x = submitForReview;\n', "lib/server/probe.ts")).toHaveLength(1);
    expect(await restricted('import { check } from "@/lib/check";\nexport const x = check;\n', "lib/report/probe.ts")).toEqual([]);
  }, 60_000);

  it("refuses lib/server in components, except for types", async () => {
    expect(await restricted('import { saveDraft } from "@/lib/server/report-service";\nexport const x = saveDraft;\n', "components/wizard/probe.ts")).toHaveLength(1);
    expect(await restricted('import type { ReportSummary } from "@/lib/server/report-service";\nexport type X = ReportSummary;\n', "components/wizard/probe.ts")).toEqual([]);
  }, 60_000);
});
