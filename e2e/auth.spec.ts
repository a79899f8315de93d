/**
 * Accounts as people meet them: the login page, wrong passwords, a disabled
 * account (and its open session ending at once), the backoff after repeated
 * failures, logout, and the admin creating an account.
 */
import type { Browser, Locator, Page } from "@playwright/test";
import { expect, loginAs, test } from "./fixtures";
import { DEPARTMENT, TOWNSHIP } from "./own-area";

async function loginThroughPage(page: Page, username: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

async function freshPage(browser: Browser, baseURL: string | undefined) {
  const ctx = await browser.newContext({ baseURL, locale: "zh-CN" });
  return ctx.newPage();
}

test.use({ areaSpec: { units: [TOWNSHIP("南河镇"), DEPARTMENT("教育局")] } });

test("a visitor is sent to the login page and comes back to the page asked for", async ({ browser, baseURL, area, clerk }) => {
  const page = await freshPage(browser, baseURL);
  await page.goto("/reports");
  await expect(page).toHaveURL(/\/login\?next=%2Freports$/);
  await expect(page.getByRole("heading", { name: "登录年报通" })).toBeVisible();
  await loginThroughPage(page, clerk.username, clerk.password);
  await expect(page).toHaveURL(/\/reports$/);
  await expect(page.getByTestId("current-user")).toHaveText(`南河镇填报人 · ${area.units[0].name} · 填报人`);

  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/reports");
  await expect(page).toHaveURL(/\/login\?next=/);
  await page.context().close();
});

test("wrong password and unknown user get the same Chinese message; the session cookie is httpOnly and SameSite=Lax", async ({
  browser,
  baseURL,
  area,
  clerk,
}) => {
  const page = await freshPage(browser, baseURL);
  await loginThroughPage(page, clerk.username, "wrong-password");
  await expect(page.getByText("用户名或密码错误")).toBeVisible();
  await expect(page.getByLabel("用户名")).toHaveValue(clerk.username);
  // A name no earlier run has failed with (failures count per username).
  await loginThroughPage(page, `nobody_${area.key}`, "whatever1");
  await expect(page.getByText("用户名或密码错误")).toBeVisible();

  await loginThroughPage(page, clerk.username, clerk.password);
  await expect(page).toHaveURL(/\/reports$/);
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("session_token"));
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
  await page.context().close();
});

test("each role starts on its own page; other roles' pages answer 404", async ({ page, area, clerk }) => {
  await loginAs(page, area.supervisor);
  await page.goto("/login");
  await expect(page).toHaveURL(/\/review$/);
  expect((await page.goto("/admin"))?.status()).toBe(404);

  await loginAs(page, "admin");
  await page.goto("/login");
  await expect(page).toHaveURL(/\/admin$/);
  expect((await page.goto("/review"))?.status()).toBe(404);

  await loginAs(page, clerk);
  expect((await page.goto("/review"))?.status()).toBe(404);
  expect((await page.goto("/admin"))?.status()).toBe(404);
});

test("repeated failures slow the username down, even with the right password afterwards", async ({ browser, baseURL, area, clerk }) => {
  const page = await freshPage(browser, baseURL);
  for (let i = 0; i < 5; i++) {
    await loginThroughPage(page, clerk.username, `wrong${i}pass`);
    await expect(page.getByText("用户名或密码错误")).toBeVisible();
  }
  await loginThroughPage(page, clerk.username, clerk.password);
  await expect(page.getByText(/^登录失败次数过多，请 1[45] 分钟后再试$/)).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  // Another user is not affected.
  const other = area.units[1].clerk;
  await loginThroughPage(page, other.username, other.password);
  await expect(page).toHaveURL(/\/reports$/);
  await page.context().close();

  // The admin's password reset lifts the block at once.
  const admin = await freshPage(browser, baseURL);
  await loginAs(admin, "admin");
  await admin.goto(`/admin?uq=${clerk.username}`);
  const row = admin.getByTestId(`user-${clerk.username}`);
  await row.getByLabel(`${clerk.username} 的新密码`).fill("Reset2026x");
  await row.getByRole("button", { name: "重置密码" }).click();
  await expect(row.getByText("密码已重置")).toBeVisible();
  await admin.context().close();
  const again = await freshPage(browser, baseURL);
  await loginThroughPage(again, clerk.username, "Reset2026x");
  await expect(again).toHaveURL(/\/reports$/);
  await again.context().close();
});

test("the admin creates an account, refuses bad input, disables it (its open session ends) and resets a password", async ({
  page,
  browser,
  baseURL,
  area,
}) => {
  const [unit] = area.units;
  // A username no earlier run has taken.
  const username = `li_${area.key}`;
  await loginAs(page, "admin");
  await page.goto("/admin");
  const form = page.getByRole("form", { name: "新建账号" });
  await form.getByLabel("用户名").fill(username);
  await form.getByLabel("姓名").fill("南河镇李填报");
  await form.getByLabel("初始密码").fill("Nanhe2025");
  await form.getByRole("button", { name: "新建账号" }).click();
  await expect(form.getByText("填报人和审核人须选择所属单位")).toBeVisible();
  await chooseUnit(form, "所属单位", unit);
  await form.getByLabel("用户名").fill(username);
  await form.getByLabel("姓名").fill("南河镇李填报");
  await form.getByLabel("初始密码").fill("short");
  await form.getByRole("button", { name: "新建账号" }).click();
  await expect(form.getByText("密码至少 8 位")).toBeVisible();
  await form.getByLabel("用户名").fill(username);
  await form.getByLabel("姓名").fill("南河镇李填报");
  await chooseUnit(form, "所属单位", unit);
  await form.getByLabel("初始密码").fill("Nanhe2025");
  await form.getByRole("button", { name: "新建账号" }).click();
  await expect(form.getByText("账号已创建")).toBeVisible();
  // The accounts are paged, the newest first; a search finds it among all.
  const accounts = page.getByRole("search", { name: "查找账号" });
  await accounts.getByLabel("用户名、姓名或单位").fill(username);
  await accounts.getByRole("button", { name: "查找" }).click();
  await expect(page).toHaveURL(new RegExp(`uq=${username}`));
  await expect(page.getByRole("table", { name: "账号列表" }).locator("tbody tr")).toHaveCount(1);
  await expect(page.getByTestId(`user-${username}`)).toContainText(unit.name);

  // The new clerk logs in and works.
  const clerk = await freshPage(browser, baseURL);
  await loginThroughPage(clerk, username, "Nanhe2025");
  await expect(clerk).toHaveURL(/\/reports$/);

  // Disabled: the open session ends at once, and logging in again is refused with a clear message.
  await page.getByTestId(`user-${username}`).getByRole("button", { name: /停用/ }).click();
  await expect(page.getByTestId(`user-${username}`)).toContainText("已停用");
  await clerk.goto("/reports");
  await expect(clerk).toHaveURL(/\/login\?next=/);
  await loginThroughPage(clerk, username, "Nanhe2025");
  await expect(clerk.getByText("账号已停用，请联系管理员")).toBeVisible();

  // Enabled again, then the password is reset: the old one no longer works.
  await page.getByTestId(`user-${username}`).getByRole("button", { name: /启用/ }).click();
  await expect(page.getByTestId(`user-${username}`)).not.toContainText("已停用");
  const row = page.getByTestId(`user-${username}`);
  await row.getByLabel(`${username} 的新密码`).fill("Reset2026x");
  await row.getByRole("button", { name: "重置密码" }).click();
  await expect(row.getByText("密码已重置")).toBeVisible();
  await loginThroughPage(clerk, username, "Nanhe2025");
  await expect(clerk.getByText("用户名或密码错误")).toBeVisible();
  await loginThroughPage(clerk, username, "Reset2026x");
  await expect(clerk).toHaveURL(/\/reports$/);
  await clerk.context().close();
});

test("the admin creates and disables a unit; its people can no longer log in", async ({ page, browser, baseURL, area }) => {
  const department = area.units[1];
  const street = `${area.region}北岭街道办事处`;
  await loginAs(page, "admin");
  await page.goto("/admin");
  const form = page.getByRole("form", { name: "新建单位" });
  await form.getByRole("button", { name: "新建单位" }).click();
  await expect(form.getByText("单位名称至少 2 个字")).toBeVisible();
  await form.getByLabel("单位名称").fill(street);
  await form.getByLabel("单位类型").selectOption({ label: "街道办事处" });
  await chooseUnit(form, "上级单位", area);
  await form.getByRole("button", { name: "新建单位" }).click();
  await expect(form.getByText("单位已创建")).toBeVisible();
  // The tree is listed a level at a time: found by name, then its 下级 — the new street among them.
  const units = page.getByRole("list", { name: "单位列表" });
  const search = page.getByRole("search", { name: "查找单位" });
  await search.getByLabel("单位名称").fill(area.name);
  await search.getByRole("button", { name: "查找" }).click();
  await expect(units.locator("li")).toHaveCount(1);
  await units.getByRole("link", { name: new RegExp(`^下级 ${area.units.length + 1} 个\\s*：${area.name}$`) }).click();
  await expect(page.getByRole("navigation", { name: "单位层级" })).toContainText(`顶层单位›${area.name}`);
  await expect(units).toContainText(street);
  await expect(units.locator("li")).toHaveCount(area.units.length + 1);

  await page.getByRole("button", { name: `停用 ${department.name}` }).click();
  await expect(page.getByRole("button", { name: `启用 ${department.name}` })).toBeVisible();
  const clerk = await freshPage(browser, baseURL);
  await loginThroughPage(clerk, department.clerk.username, department.clerk.password);
  await expect(clerk.getByText("账号已停用，请联系管理员")).toBeVisible();
  await page.getByRole("button", { name: `启用 ${department.name}` }).click();
  await expect(page.getByRole("button", { name: `停用 ${department.name}` })).toBeVisible();
  await loginThroughPage(clerk, department.clerk.username, department.clerk.password);
  await expect(clerk).toHaveURL(/\/reports$/);
  await clerk.context().close();

  // 移动单位: both units found by name; the street goes under the township, and the list follows.
  const township = area.units[0];
  const move = page.getByRole("form", { name: "移动单位" });
  const streetId = (await units.locator("li", { hasText: street }).getAttribute("data-testid"))!.replace(/^org-/, "");
  await chooseUnit(move, "要移动的单位", { id: streetId, name: street });
  await chooseUnit(move, "移到此上级单位之下", township);
  await move.getByRole("button", { name: "移动单位" }).click();
  await expect(move.getByText("单位已移动，其下级单位随之移动")).toBeVisible();
  await expect(units).not.toContainText(street);
  await units.getByRole("link", { name: new RegExp(`^下级 1 个\\s*：${township.name}$`) }).click();
  await expect(page.getByRole("navigation", { name: "单位层级" })).toContainText(`顶层单位›${area.name}›${township.name}`);
  await expect(units.locator("li")).toHaveText([new RegExp(`^${street}`)]);
  for (const width of [1366, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`admin-${width}.png`), fullPage: true });
  }
});

test("no public sign-up, no e-mail sign-in, no probing of usernames", async ({ request, baseURL, clerk }) => {
  const origin = new URL(baseURL!).origin;
  const signUp = await request.post("/api/auth/sign-up/email", {
    data: { email: "x@example.com", password: "abcd12345", name: "冒充者", username: "intruder" },
    headers: { origin },
  });
  expect(signUp.status()).toBe(404);
  const byEmail = await request.post("/api/auth/sign-in/email", {
    data: { email: `${clerk.username}@demo.invalid`, password: clerk.password },
    headers: { origin },
  });
  expect(byEmail.status()).toBe(404);
  const probe = await request.post("/api/auth/is-username-available", { data: { username: clerk.username }, headers: { origin } });
  expect(probe.status()).toBe(404);
});

/** Picks a unit in an admin form's unit field: typed into its search, then chosen from what it finds. */
async function chooseUnit(form: Locator, label: string, unit: { id: string; name: string }) {
  await form.getByRole("searchbox", { name: `按名称查找${label}` }).fill(unit.name);
  const select = form.getByLabel(label, { exact: true });
  await expect(select.locator(`option[value="${unit.id}"]`)).toHaveCount(1);
  await select.selectOption(unit.id);
}
