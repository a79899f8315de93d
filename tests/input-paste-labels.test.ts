import { describe, expect, it } from "vitest";
import { gridMap } from "@/lib/input/grid-map";
import { planPaste } from "@/lib/input/paste";
import { cellKey } from "@/lib/report/cells";
import { getTemplate } from "@/lib/template";
import { tableGrid } from "@/lib/template/layout";

const map = (format: "2021" | "2019", table: "proactive" | "requests" | "appeals") => gridMap(tableGrid(getTemplate(format), table));
const changes = (plan: ReturnType<typeof planPaste>) => (plan.ok ? Object.fromEntries(plan.changes.map((c) => [cellKey(c.ref), c.value])) : {});
const row = (...cells: Array<string | number>) => cells.join("\t");

/** The row labels of a grid, as a sheet of that format has them in its label column. */
function labelsOf(format: "2021" | "2019"): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of map(format, "requests").inputs) if (!out.has(p.ref.row)) out.set(p.ref.row, p.rowLabel);
  return out;
}

describe("pasting a block with row labels", () => {
  it("places rows by their labels, skipping the header row and the label column, wherever the focus is", () => {
    const text = [
      row("申请人情况", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"),
      row("二、上年结转政府信息公开申请数量", 1, 0, 0, 0, 0, 0, 1),
      row("一、本年新收政府信息公开申请数量", 5, 1, 0, 0, 0, 0, 6),
    ].join("\r\n");
    const plan = planPaste(map("2021", "requests"), "requests/granted/3", text);
    expect(plan.ok).toBe(true);
    const c = changes(plan);
    expect(c["requests/newRequests/0"]).toBe(5);
    expect(c["requests/newRequests/1"]).toBe(1);
    expect(c["requests/carriedOver/0"]).toBe(1);
    expect(c["requests/newRequests/6"]).toBeUndefined();
    expect(plan.message).toContain("按行名对应");
    expect(plan.message).toContain("2 个落在自动计算的合计格");
  });

  it("places the 2019 rows into the 2021 grid: （六）其他处理 goes to （六）3.其他 with a note, 四 stays 四", () => {
    const labels = labelsOf("2019");
    const ids = ["granted", "notProcessed.confirmation", "otherHandling", "totalHandled", "carriedForward"];
    const text = ids.map((id, i) => row(labels.get(id)!, i + 1, 0, 0, 0, 0, 0, i + 1)).join("\r\n");
    const plan = planPaste(map("2021", "requests"), "requests/newRequests/0", text);
    expect(plan.ok).toBe(true);
    const c = changes(plan);
    expect(c["requests/granted/0"]).toBe(1);
    expect(c["requests/notProcessed.confirmation/0"]).toBe(2);
    expect(c["requests/otherHandling.other/0"]).toBe(3);
    expect(c["requests/otherHandling.feeUnpaid/0"]).toBeUndefined();
    expect(c["requests/carriedForward/0"]).toBe(5);
    expect(plan.message).toContain("“（六）其他处理”填入“（六）其他处理 3.其他”");
  });

  it("tolerates typos and merged label cells copied blank under their group", () => {
    const text = [
      row("三、本年度办理结果", "（一）予与公开", 4, 0, 0, 0, 0, 0),
      row("", "（三）不予公开", "1.属于国家秘密", 1),
      row("", "", "2.其他法律行政法规禁止公开", 2),
      row("", "（四）无法提供", "1.本机关不掌握相关政府信息", 3),
    ].join("\n");
    const plan = planPaste(map("2021", "requests"), "requests/newRequests/0", text);
    expect(plan.ok).toBe(true);
    expect(changes(plan)).toMatchObject({
      "requests/granted/0": 4,
      "requests/refused.stateSecret/0": 1,
      "requests/refused.lawForbids/0": 2,
      "requests/unavailable.notHeld/0": 3,
    });
  });

  it("counts —, －, / and 无 as 0 and says so", () => {
    const plan = planPaste(map("2021", "requests"), "requests/newRequests/0", row("一、本年新收政府信息公开申请数量", 3, "—", "－", "/", "无", 0));
    expect(changes(plan)).toMatchObject({ "requests/newRequests/1": 0, "requests/newRequests/2": 0, "requests/newRequests/3": 0, "requests/newRequests/4": 0 });
    expect(plan.message).toContain("其中 4 个“—”“/”“无”按 0 填入");
    const positional = planPaste(map("2021", "requests"), "requests/granted/0", "2\t/\t—\r\n");
    expect(changes(positional)).toEqual({ "requests/granted/0": 2, "requests/granted/1": 0, "requests/granted/2": 0 });
  });

  it("reports every unplaceable row before writing anything", () => {
    const text = [row("一、本年新收政府信息公开申请数量", 3), row("合计收到信访件", 9), row("与本表无关的行", 1)].join("\n");
    const plan = planPaste(map("2021", "requests"), "requests/newRequests/0", text);
    expect(plan.ok).toBe(false);
    expect(plan.message).toContain("2 行对应不到本表的行");
    expect(plan.message).toContain("“合计收到信访件”");
    expect(plan.message).toContain("本表未作任何改动");
  });

  it("places table 二 rows by their labels too", () => {
    const text = [row("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"), row("行政规范性文件", 3, 1, 12)].join("\n");
    const plan = planPaste(map("2021", "proactive"), "proactive/regulations/issued", text);
    expect(changes(plan)).toEqual({ "proactive/normativeDocuments/issued": 3, "proactive/normativeDocuments/repealed": 1, "proactive/normativeDocuments/inForce": 12 });
  });
});
