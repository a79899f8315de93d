import { describe, expect, it } from "vitest";
import { gridMap } from "@/lib/input/grid-map";
import { moveFrom } from "@/lib/input/navigation";
import { getTemplate } from "@/lib/template";
import { tableGrid } from "@/lib/template/layout";

const map = (format: "2021" | "2019", table: "proactive" | "requests" | "appeals") => gridMap(tableGrid(getTemplate(format), table));

describe("grid navigation over the printed layout", () => {
  it("moves through table 三 like a spreadsheet, total column and （七）总计 included", () => {
    const m = map("2021", "requests");
    expect(moveFrom(m, "requests/newRequests/0", "down")).toBe("requests/carriedOver/0");
    expect(moveFrom(m, "requests/newRequests/0", "enter")).toBe("requests/carriedOver/0");
    expect(moveFrom(m, "requests/carriedOver/0", "up")).toBe("requests/newRequests/0");
    expect(moveFrom(m, "requests/carriedOver/0", "shiftEnter")).toBe("requests/newRequests/0");
    expect(moveFrom(m, "requests/newRequests/0", "right")).toBe("requests/newRequests/1");
    expect(moveFrom(m, "requests/newRequests/5", "right")).toBe("requests/newRequests/6");
    // Across the vertically merged group labels: 二 → （一） and （二） → （三）1.
    expect(moveFrom(m, "requests/carriedOver/3", "down")).toBe("requests/granted/3");
    expect(moveFrom(m, "requests/partlyGranted/2", "down")).toBe("requests/refused.stateSecret/2");
    expect(moveFrom(m, "requests/refused.inquiry/1", "down")).toBe("requests/unavailable.notHeld/1");
    expect(moveFrom(m, "requests/otherHandling.other/4", "down")).toBe("requests/totalHandled/4");
    expect(moveFrom(m, "requests/totalHandled/4", "down")).toBe("requests/carriedForward/4");
  });

  it("stops at the edges for arrows; Enter goes on in reading order", () => {
    const m = map("2021", "requests");
    expect(moveFrom(m, "requests/newRequests/0", "up")).toBeUndefined();
    expect(moveFrom(m, "requests/newRequests/0", "left")).toBeUndefined();
    expect(moveFrom(m, "requests/newRequests/6", "right")).toBeUndefined();
    expect(moveFrom(m, "requests/carriedForward/2", "down")).toBeUndefined();
    expect(moveFrom(m, "requests/carriedForward/2", "enter")).toBe("requests/carriedForward/3");
    expect(moveFrom(m, "requests/newRequests/2", "shiftEnter")).toBe("requests/newRequests/1");
    expect(moveFrom(m, "requests/newRequests/0", "shiftEnter")).toBeUndefined();
    expect(moveFrom(m, "requests/carriedForward/6", "enter")).toBeUndefined();
  });

  it("Enter and Shift+Enter pass over the computed totals; the arrows still reach them", () => {
    const m = map("2021", "requests");
    expect(moveFrom(m, "requests/otherHandling.other/0", "enter")).toBe("requests/carriedForward/0");
    expect(moveFrom(m, "requests/carriedForward/0", "shiftEnter")).toBe("requests/otherHandling.other/0");
    expect(moveFrom(m, "requests/otherHandling.other/0", "down")).toBe("requests/totalHandled/0");
    // Nothing to fill below the last 其他 of a row: on to the next row, not to its 总计.
    expect(moveFrom(m, "requests/carriedForward/5", "enter")).toBeUndefined();
    expect(moveFrom(m, "requests/newRequests/5", "right")).toBe("requests/newRequests/6");
    const a = map("2021", "appeals");
    for (let i = 0; i < a.inputs.length; i++) {
      const next = moveFrom(a, a.inputs[i].key, "enter");
      if (next) expect(a.byKey.get(next)?.derived).toBe(false);
    }
  });

  it("handles the 2019 single （六） row", () => {
    const m = map("2019", "requests");
    expect(moveFrom(m, "requests/notProcessed.confirmation/0", "down")).toBe("requests/otherHandling/0");
    expect(moveFrom(m, "requests/otherHandling/0", "down")).toBe("requests/totalHandled/0");
  });

  it("skips table 二's caption and header rows and lands on merged inputs", () => {
    const m = map("2021", "proactive");
    expect(moveFrom(m, "proactive/regulations/repealed", "down")).toBe("proactive/normativeDocuments/repealed");
    // 本年处理决定数量 spans the three value columns: reachable from any of them.
    expect(moveFrom(m, "proactive/normativeDocuments/repealed", "down")).toBe("proactive/licensing/decisions");
    expect(moveFrom(m, "proactive/normativeDocuments/inForce", "enter")).toBe("proactive/licensing/decisions");
    expect(moveFrom(m, "proactive/licensing/decisions", "down")).toBe("proactive/punishment/decisions");
    expect(moveFrom(m, "proactive/enforcement/decisions", "down")).toBe("proactive/fees/amount");
    expect(moveFrom(m, "proactive/fees/amount", "up")).toBe("proactive/enforcement/decisions");
    expect(moveFrom(m, "proactive/licensing/decisions", "up")).toBe("proactive/normativeDocuments/issued");
    expect(moveFrom(m, "proactive/licensing/decisions", "right")).toBeUndefined();
    expect(moveFrom(m, "proactive/regulations/issued", "left")).toBeUndefined();
  });

  it("handles the 2019 table 二 with its spanning last cells", () => {
    const m = map("2019", "proactive");
    expect(moveFrom(m, "proactive/enforcement/decisions", "down")).toBe("proactive/fees/change");
    expect(moveFrom(m, "proactive/fees/change", "right")).toBeUndefined();
    expect(moveFrom(m, "proactive/fees/change", "down")).toBe("proactive/procurement/amount");
    expect(moveFrom(m, "proactive/procurement/projects", "right")).toBe("proactive/procurement/amount");
  });

  it("lets Enter run along table 四's single data row", () => {
    const m = map("2021", "appeals");
    expect(moveFrom(m, "appeals/reconsideration/0", "down")).toBeUndefined();
    expect(moveFrom(m, "appeals/reconsideration/0", "enter")).toBe("appeals/reconsideration/1");
    expect(moveFrom(m, "appeals/reconsideration/4", "enter")).toBe("appeals/litigationDirect/0");
    expect(moveFrom(m, "appeals/reconsideration/3", "enter")).toBe("appeals/litigationDirect/0");
    expect(moveFrom(m, "appeals/litigationDirect/0", "left")).toBe("appeals/reconsideration/4");
    expect(moveFrom(m, "appeals/litigationDirect/0", "shiftEnter")).toBe("appeals/reconsideration/3");
  });

  it("returns nothing for an unknown cell", () => {
    expect(moveFrom(map("2021", "requests"), "requests/nope/0", "down")).toBeUndefined();
  });
});
