/**
 * Import `test` and `expect` from here, not from @playwright/test: `page` comes
 * logged in as the demo clerk of 东湖镇 (once accounts exist), and `loginAs`
 * switches users.
 */
import { test as base, expect, type Page } from "@playwright/test";

export async function loginAs(page: Page, username: string): Promise<void> {
  // Accounts do not exist yet: every request acts as the demo clerk (lib/server/acting-user.ts).
  void page;
  void username;
}

export const test = base.extend({
  page: async ({ page }, use) => {
    await loginAs(page, "donghu");
    await use(page);
  },
});

export { expect };
