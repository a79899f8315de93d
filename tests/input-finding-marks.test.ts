import { describe, expect, it } from "vitest";
import { commentsByCell, markCells } from "@/components/report-grid/finding-marks";
import { check } from "@/lib/check";
import { setCell } from "@/lib/report/cells";
import { emptyReport } from "@/lib/report/empty";
import { fillDerived } from "@/lib/report/fill-derived";
import type { Finding } from "@/lib/report/types";

describe("markCells: findings indexed per cell for the grid", () => {
  it("marks the cell an R1 error points at, and lightly the cells it involves", () => {
    const report = emptyReport({ year: 2021, organName: "东湖镇人民政府" });
    setCell(report, { table: "requests", row: "newRequests", column: 0 }, 1);
    const marks = markCells(check(fillDerived(report), undefined, { tablesOnly: true }), "requests");
    const at = marks.get("requests/carriedForward/0")!;
    expect(at.status).toBe("error");
    expect(at.message).toContain("自然人：");
    expect(marks.get("requests/newRequests/0")?.status).toBe("relatedError");
    expect(marks.get("requests/granted/0")).toBeUndefined();
    // Only this table's cells.
    expect(markCells(check(fillDerived(report)), "appeals").size).toBe(0);
  });

  it("lets an error outrank a warning at the same cell and lists both messages, primary first", () => {
    const findings: Finding[] = [
      { rule: "W1", severity: "warning", table: "requests", row: "carriedOver", column: 0, message: "提醒甲" },
      {
        rule: "R1",
        severity: "error",
        table: "requests",
        row: "carriedForward",
        column: 0,
        message: "错误乙",
        cells: [{ table: "requests", row: "carriedOver", column: 0 }],
      },
      { rule: "R5", severity: "error", table: "requests", row: "carriedOver", column: 0, message: "错误丙" },
    ];
    const m = markCells(findings, "requests").get("requests/carriedOver/0")!;
    expect(m.status).toBe("error");
    expect(m.message.split("\n")).toEqual(["提醒甲", "错误丙", "错误乙"]);
  });

  it("keys table 二 cells by their field name", () => {
    const m = markCells([{ rule: "W4", severity: "warning", table: "proactive", row: "regulations", column: "issued", message: "规章" }], "proactive");
    expect(m.get("proactive/regulations/issued")?.status).toBe("warning");
  });
});

describe("commentsByCell", () => {
  it("collects cell comments by cell key, open ones first, and ignores section comments", () => {
    const m = commentsByCell([
      { anchor: "cell:requests/granted/0", body: "已核对", author: "审核人", resolved: true },
      { anchor: "cell:requests/granted/0", body: "请核对", author: "审核人", resolved: false },
      { anchor: "section:other", body: "补充收费情况", author: "审核人", resolved: false },
    ]);
    expect([...m.keys()]).toEqual(["requests/granted/0"]);
    expect(m.get("requests/granted/0")).toBe("审核人：请核对\n审核人（已解决）：已核对");
  });
});
