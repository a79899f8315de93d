import { expect, test } from "@playwright/test";

test("the home page renders from the production build", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "年报通" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByText("国办公开办函〔2021〕30号")).toBeVisible();
});
