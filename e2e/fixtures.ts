/**
 * Import `test` and `expect` from here, not from @playwright/test: `page` comes
 * logged in as the demo clerk of 东湖镇, and `loginAs` switches users.
 */
import { test as base, expect, type Page } from "@playwright/test";
import { demoPassword } from "../prisma/demo-data";

/**
 * Signs in through better-auth's username endpoint with the demo password; the
 * session cookie lands in the page's browser context. Replaces any earlier session.
 */
export async function loginAs(page: Page, username: string): Promise<void> {
  const context = page.context();
  await context.clearCookies();
  const baseURL = new URL(page.url().startsWith("http") ? page.url() : (test.info().project.use.baseURL ?? "http://localhost:3100"));
  const res = await context.request.post("/api/auth/sign-in/username", {
    data: { username, password: demoPassword(username) },
    headers: { origin: baseURL.origin },
  });
  if (!res.ok()) throw new Error(`以 ${username} 登录失败：${res.status()} ${await res.text()}`);
}

export const test = base.extend({
  page: async ({ page }, provide) => {
    await loginAs(page, "donghu");
    await provide(page);
  },
});

export { expect };
