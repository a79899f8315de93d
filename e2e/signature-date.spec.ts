/**
 * 基本信息 · 落款日期: a new report has none (R7, an error at the field and in the panel); a date
 * before the statistical year has ended is an error, one after 31 January a warning
 * (条例第四十九条), one in January of the next year is right.
 */
import { expect, test } from "./fixtures";
import { findingsCounts, newReport, waitSaved } from "./wizard-helpers";

test("the signature date is checked at its field as the clerk sets it", async ({ page }) => {
  test.setTimeout(120_000);
  await newReport(page, 2022);
  const date = page.getByLabel("落款日期");
  const notes = page.locator("#field-meta-signedOn-notes");
  const panel = page.getByRole("region", { name: "检查结果" });

  await expect(notes).toContainText("错误：没有落款日期");
  await expect(panel.locator('li[data-rule="R7.missing"]')).toContainText("基本信息 · 落款日期");

  await date.fill("2022-12-31");
  await expect(notes).toContainText("落款日期 2022年12月31日 还在统计年度（截至2022年12月31日）之内");
  await expect(panel.locator('li[data-rule="R7.early"]')).toHaveCount(1);

  await date.fill("2023-03-05");
  await expect(notes).toContainText("提醒：落款日期 2023年3月5日 晚于 2023年1月31日");
  await expect(panel.locator('li[data-rule^="R7"]')).toHaveCount(0);

  await date.fill("2023-01-20");
  await expect(notes).toHaveCount(0);
  await expect(panel.locator('li[data-rule="W8"]')).toHaveCount(0);
  await expect(findingsCounts(page)).toContainText("0 处错误");
  await waitSaved(page);
});
