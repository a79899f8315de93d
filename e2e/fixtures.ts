/**
 * Import `test` and `expect` from here, not from @playwright/test. Every test gets an area of its own
 * (e2e/own-area.ts: a supervising office, its supervisor, its units and their clerks; `test.use({ areaSpec:
 * { units } })` says which units), and `page` comes logged in as the clerk of its first unit; `loginAs` switches users.
 */
import { test as base, expect, type Page } from "@playwright/test";
import { demoPassword } from "../prisma/demo-data";
import { createArea, TOWNSHIP, type Account, type Area, type UnitSpec } from "./own-area";

/**
 * Signs in through better-auth's username endpoint: an account of the spec's own, or a demo account by its
 * username (demo password). The session cookie lands in the page's browser context, replacing any earlier one.
 */
export async function loginAs(page: Page, who: string | Account): Promise<void> {
  const { username, password } = typeof who === "string" ? { username: who, password: demoPassword(who) } : who;
  const context = page.context();
  await context.clearCookies();
  const baseURL = new URL(page.url().startsWith("http") ? page.url() : (test.info().project.use.baseURL ?? "http://localhost:3100"));
  const res = await context.request.post("/api/auth/sign-in/username", {
    data: { username, password },
    headers: { origin: baseURL.origin },
  });
  if (!res.ok()) throw new Error(`以 ${username} 登录失败：${res.status()} ${await res.text()}`);
}

// An object, not the bare list: test.use() would read a list as [value, options].
export const test = base.extend<{ areaSpec: { units: UnitSpec[] }; area: Area; clerk: Account }>({
  areaSpec: [{ units: [TOWNSHIP("东湖镇")] }, { option: true }],
  area: async ({ areaSpec }, provide) => provide(await createArea(areaSpec.units)),
  clerk: async ({ area }, provide) => provide(area.units[0].clerk),
  page: async ({ page, clerk }, provide) => {
    await loginAs(page, clerk);
    await provide(page);
  },
});

export { expect };
