/** axe (WCAG 2.0/2.1 A and AA) on the reports list and every step of the wizard: no serious or critical violation. */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { newReport, openStep } from "./wizard-helpers";

const STEPS = ["basics", "overview", "proactive", "requests", "appeals", "problems", "other", "preview"];

/** Serious and critical violations of one page state, in words (all states are scanned before the test fails). */
async function scan(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  return bad.map((v) => `${where}: ${v.id} (${v.impact}) ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")} ${n.html.slice(0, 120)}`).join("\n  ")}`);
}

test("the reports list and every wizard step pass axe without serious or critical violations", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/reports");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  const found = await scan(page, "/reports");
  await newReport(page, 2021);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  for (const s of STEPS) {
    await openStep(page, s);
    found.push(...(await scan(page, s)));
  }
  // With an error on screen too (marked cells, the findings list).
  await openStep(page, "requests");
  await page.locator('input[data-cell="requests/newRequests/0"]').fill("3");
  await expect(page.locator('td[data-status="error"]').first()).toBeVisible();
  found.push(...(await scan(page, "requests with an R1 error")));
  expect(found, found.join("\n")).toEqual([]);
});
