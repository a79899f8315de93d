/**
 * A clerk pastes last year's "（一）…" part, heading and all, into the box of （五）监督保障
 * (real clipboard, Ctrl+V), and types a heading into 五: each box says that the document
 * would print two headings, and one click on 删除重复的标题 removes the pasted one, keeps the
 * text, and the draft saves.
 */
import { expect, test } from "./fixtures";
import { newReport, openStep, waitSaved } from "./wizard-helpers";

const PASTED_HEADING = "（一）夯实基础，强化保障";
const BODY = "本年度调整了政务公开工作领导小组，组织培训3次，开展工作考核和社会评议，未发生责任追究情况。";

test("a pasted heading is found at its box and removed with one click", async ({ page, context }) => {
  test.setTimeout(120_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const id = await newReport(page, 2021);

  await openStep(page, "overview");
  const oversight = page.getByRole("textbox", { name: "（五）监督保障" });
  await oversight.click();
  await page.evaluate((text) => navigator.clipboard.writeText(text), `${PASTED_HEADING}\n${BODY}`);
  await page.keyboard.press("ControlOrMeta+V");
  await expect(oversight).toHaveValue(`${PASTED_HEADING}\n${BODY}`);

  const note = page.locator(`#field-text-overview-oversight-notes`);
  await expect(note).toContainText(`正文以“${PASTED_HEADING}”开头`);
  await expect(note).toContainText("已印有标题“（五）监督保障”");
  const fix = page.getByRole("button", { name: "删除重复的标题" });
  await expect(fix).toHaveCount(1);
  await fix.click();
  await expect(oversight).toHaveValue(BODY);
  await expect(note).not.toContainText("两个标题");
  await expect(fix).toHaveCount(0);
  await waitSaved(page);

  // 五: the section heading typed at the top of the text.
  await openStep(page, "problems");
  const problems = page.getByRole("textbox", { name: /五、存在的主要问题及改进情况/ });
  await problems.click();
  await page.keyboard.type("五、存在的主要问题及改进情况");
  await page.keyboard.press("Enter");
  await page.keyboard.type("一是公开内容不够全面。");
  await expect(page.locator("#field-text-problems-notes")).toContainText("会出现两个标题");
  await page.getByRole("button", { name: "删除重复的标题" }).click();
  await expect(problems).toHaveValue("一是公开内容不够全面。");
  await waitSaved(page);

  // What was saved is the text without the pasted headings.
  const { report } = await (await page.request.get(`/api/reports/${id}`)).json();
  expect(report.text.overview.oversight).toBe(BODY);
  expect(report.text.problems).toBe("一是公开内容不够全面。");
});
