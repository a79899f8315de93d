/**
 * A session that ends while the clerk is typing: the save is answered 401 (not
 * a redirect), the change stays in the page, and once the clerk has logged in
 * again in another tab the draft saves itself.
 */
import { getTemplate } from "../lib/template";
import { expect, loginAs, test } from "./fixtures";
import { newReport, openStep, saveState, waitSaved } from "./wizard-helpers";

const PROBLEMS = `${getTemplate("2021").sections[4].heading} 正文`;

test("an expired session mid-edit keeps the unsaved change and saves it after logging in again", async ({ page, context, clerk }) => {
  test.setTimeout(120_000);
  await newReport(page, 2022);
  await openStep(page, "problems");
  const box = page.getByLabel(PROBLEMS);
  await box.fill("会话有效时写下的内容。");
  await waitSaved(page);

  // The session ends (cookie gone, as after expiry or logout elsewhere).
  await context.clearCookies();
  await box.fill("会话失效后写下的内容，不能丢。");
  await expect(saveState(page)).toHaveText("登录已过期，请重新登录后继续", { timeout: 15_000 });
  await expect(page.getByRole("alert").filter({ hasText: "您的修改仍保留在本页" })).toBeVisible();
  await expect(box).toHaveValue("会话失效后写下的内容，不能丢。");

  // The clerk follows the link and logs in in a new tab; the editor's retry then saves.
  await expect(page.getByRole("link", { name: "新窗口中登录" })).toHaveAttribute("href", "/login");
  const loginTab = await context.newPage();
  await loginTab.goto("/login");
  await loginTab.getByLabel("用户名").fill(clerk.username);
  await loginTab.getByLabel("密码").fill(clerk.password);
  await loginTab.getByRole("button", { name: "登录" }).click();
  await expect(loginTab).toHaveURL(/\/reports$/);
  await loginTab.close();
  await waitSaved(page);

  await page.reload();
  await openStep(page, "problems");
  await expect(page.getByLabel(PROBLEMS)).toHaveValue("会话失效后写下的内容，不能丢。");
});

test("a session revoked on the server (account disabled) answers 401 to the save, not a login page", async ({ page, browser, baseURL, clerk }) => {
  test.setTimeout(120_000);
  const res = await page.request.get("/api/reports/none");
  expect(res.status()).toBe(404);
  // The admin disables the clerk in another browser; the clerk's session is deleted.
  const admin = await (await browser.newContext({ baseURL })).newPage();
  await loginAs(admin, "admin");
  await admin.goto("/admin");
  const row = admin.getByTestId(`user-${clerk.username}`);
  await row.getByRole("button", { name: /停用/ }).click();
  await expect(row).toContainText("已停用");
  const after = await page.request.put("/api/reports/none", { data: {}, maxRedirects: 0 });
  expect(after.status()).toBe(401);
  expect((await after.json()).message).toContain("登录");
  await admin.context().close();
});
