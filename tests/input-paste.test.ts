import { describe, expect, it } from "vitest";
import { gridMap } from "@/lib/input/grid-map";
import { mapBlock, planPaste } from "@/lib/input/paste";
import { cellKey } from "@/lib/report/cells";
import { getTemplate } from "@/lib/template";
import { tableGrid } from "@/lib/template/layout";

const map = (format: "2021" | "2019", table: "proactive" | "requests" | "appeals") => gridMap(tableGrid(getTemplate(format), table));
const keys = (plan: ReturnType<typeof planPaste>) => (plan.ok ? plan.changes.map((c) => `${cellKey(c.ref)}=${c.value}`) : []);

describe("pasting a block onto the grid", () => {
  it("fills a 3×4 block row by row from the focused cell", () => {
    const plan = planPaste(map("2021", "requests"), "requests/newRequests/0", "1\t2\t3\t4\r\n5\t6\t7\t8\r\n9\t10\t11\t12\r\n");
    expect(plan.ok).toBe(true);
    expect(keys(plan)).toEqual([
      "requests/newRequests/0=1",
      "requests/newRequests/1=2",
      "requests/newRequests/2=3",
      "requests/newRequests/3=4",
      "requests/carriedOver/0=5",
      "requests/carriedOver/1=6",
      "requests/carriedOver/2=7",
      "requests/carriedOver/3=8",
      "requests/granted/0=9",
      "requests/granted/1=10",
      "requests/granted/2=11",
      "requests/granted/3=12",
    ]);
    expect(plan.message).toBe("已粘贴 12 个数");
  });

  it("skips and counts values landing on the total column or beyond the table", () => {
    // From 法律服务机构 (column 4): 其他 takes the 2nd value, 总计 (derived) the 3rd, the 4th is off the table.
    const plan = planPaste(map("2021", "requests"), "requests/newRequests/4", "1\t2\t3\t4\r\n5\t6\t7\t8\r\n");
    expect(keys(plan)).toEqual([
      "requests/newRequests/4=1",
      "requests/newRequests/5=2",
      "requests/carriedOver/4=5",
      "requests/carriedOver/5=6",
    ]);
    expect(plan.message).toBe("已粘贴 4 个数；2 个超出表格范围未粘贴；2 个落在自动计算的合计格，未粘贴");
  });

  it("skips the derived （七）总计 row and counts rows below the table", () => {
    const plan = planPaste(map("2021", "requests"), "requests/otherHandling.other/0", "1\r\n2\r\n3\r\n4\r\n");
    expect(keys(plan)).toEqual(["requests/otherHandling.other/0=1", "requests/carriedForward/0=3"]);
    expect(plan.message).toBe("已粘贴 2 个数；1 个超出表格范围未粘贴；1 个落在自动计算的合计格，未粘贴");
  });

  it("normalises every value (full-width, separators, quotes) and pastes blanks as blank", () => {
    const plan = planPaste(map("2021", "requests"), "requests/granted/0", '１２\t"1,234"\t\t 7 \r\n');
    expect(keys(plan)).toEqual(["requests/granted/0=12", "requests/granted/1=1234", "requests/granted/2=null", "requests/granted/3=7"]);
  });

  it("pastes nothing when one value is refused, and says which and why", () => {
    const plan = planPaste(map("2021", "requests"), "requests/newRequests/0", "1\t2\r\n3\tabc\r\n");
    expect(plan.ok).toBe(false);
    expect(plan.message).toContain("“abc”");
    expect(plan.message).toContain("二、上年结转政府信息公开申请数量 法人或其他组织 商业企业");
    expect(plan.message).toContain("请输入数字，如 12");
    if (!plan.ok) expect(plan.key).toBe("requests/carriedOver/1");
  });

  it("ignores refused text that lands outside the inputs (it is not pasted anyway)", () => {
    const plan = planPaste(map("2021", "requests"), "requests/newRequests/5", "1\t2\t合计\r\n");
    expect(keys(plan)).toEqual(["requests/newRequests/5=1"]);
  });

  it("applies the cell kind: negatives only in 2019 本年增/减, decimals only for money", () => {
    const m = map("2019", "proactive");
    expect(keys(planPaste(m, "proactive/licensing/previous", "10\t-2\t5\r\n"))).toEqual([
      "proactive/licensing/previous=10",
      "proactive/licensing/change=-2",
      "proactive/licensing/decisions=5",
    ]);
    const bad = planPaste(m, "proactive/licensing/change", "-2\t-5\r\n");
    expect(bad.ok).toBe(false);
    expect(bad.message).toContain("本格不能为负数");
    expect(keys(planPaste(map("2021", "proactive"), "proactive/fees/amount", "75.9260\r\n"))).toEqual(["proactive/fees/amount=75.926"]);
  });

  it("maps table 二 on the visual grid: captions and headers take no values, a merged cell only its first column", () => {
    const m = map("2021", "proactive");
    const mapping = mapBlock(m, "proactive/normativeDocuments/issued", [
      ["1", "2", "3"],
      ["caption"],
      ["header", "x"],
      ["4", "", ""],
    ]);
    expect(mapping.targets.map((t) => `${t.position.key}=${t.text}`)).toEqual([
      "proactive/normativeDocuments/issued=1",
      "proactive/normativeDocuments/repealed=2",
      "proactive/normativeDocuments/inForce=3",
      "proactive/licensing/decisions=4",
    ]);
    expect(mapping.outside).toBe(3);
    expect(mapping.onDerived).toBe(0);
  });

  it("fills table 四's single row and counts the rest", () => {
    const plan = planPaste(map("2021", "appeals"), "appeals/reconsideration/0", "1\t0\t0\t0\t9\t2\r\n3\t3\r\n");
    expect(keys(plan)).toEqual([
      "appeals/reconsideration/0=1",
      "appeals/reconsideration/1=0",
      "appeals/reconsideration/2=0",
      "appeals/reconsideration/3=0",
      "appeals/litigationDirect/0=2",
    ]);
    expect(plan.message).toBe("已粘贴 5 个数；2 个超出表格范围未粘贴；1 个落在自动计算的合计格，未粘贴");
  });
});
