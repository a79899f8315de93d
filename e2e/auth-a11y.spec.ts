/** axe (WCAG 2.0/2.1 A and AA) on the login, review and admin pages: no serious or critical violation. */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { emptyReport } from "../lib/report/empty";
import { expect, loginAs, test } from "./fixtures";
import { storeReport } from "./own-area";

async function scan(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  return bad.map((v) => `${where}: ${v.id} (${v.impact}) ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")} ${n.html.slice(0, 120)}`).join("\n  ")}`);
}

test("login, dashboard, review page and admin pass axe", async ({ page, browser, baseURL, area }) => {
  const [unit] = area.units;
  const reportId = await storeReport(unit, emptyReport({ year: 2019, organName: unit.name, organKind: unit.kind }), { status: "submitted" });
  const found: string[] = [];
  const visitor = await (await browser.newContext({ baseURL })).newPage();
  await visitor.goto("/login");
  await visitor.getByLabel("用户名").fill(unit.clerk.username);
  await visitor.getByLabel("密码").fill("wrong-password");
  await visitor.getByRole("button", { name: "登录" }).click();
  await expect(visitor.getByText("用户名或密码错误")).toBeVisible();
  found.push(...(await scan(visitor, "login with an error")));
  await visitor.context().close();

  await loginAs(page, area.supervisor);
  await page.goto("/review?year=2019");
  await expect(page.getByTestId(`unit-${unit.id}`)).toBeVisible();
  found.push(...(await scan(page, "review dashboard")));
  await page.goto(`/review/${reportId}`);
  await page.locator('[data-cell="requests/newRequests/0"] button').click();
  await expect(page.getByRole("dialog", { name: "添加批注" })).toBeVisible();
  found.push(...(await scan(page, "review page with the comment form")));

  await loginAs(page, "admin");
  await page.goto("/admin");
  found.push(...(await scan(page, "admin")));
  expect(found, found.join("\n")).toEqual([]);
});
