import { describe, expect, it } from "vitest";
import { diffReports } from "@/lib/report/diff";
import { emptyReport } from "@/lib/report/empty";

const base = () => emptyReport({ year: 2024, organName: "示例区西山镇人民政府", organKind: "township" });

describe("diffReports", () => {
  it("finds nothing between equal reports", () => {
    expect(diffReports(base(), base())).toEqual([]);
  });

  it("labels a changed cell with the template's row and column words", () => {
    const before = base();
    const after = base();
    after.tables.requests.newRequests[0] = 5;
    const changes = diffReports(before, after);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      kind: "cell",
      key: "requests/newRequests/0",
      table: "三、收到和处理政府信息公开申请情况",
      label: "一、本年新收政府信息公开申请数量 自然人",
      before: 0,
      after: 5,
    });
  });

  it("reports a cell that became blank, and a changed paragraph under its heading", () => {
    const before = base();
    const after = base();
    after.tables.appeals.reconsideration[0] = null;
    before.text.problems = "问题一。";
    after.text.problems = "问题一。整改完成。";
    after.text.overview.onRequest = "本年收到申请 5 件。";
    const changes = diffReports(before, after);
    expect(changes.map((c) => c.kind)).toEqual(["cell", "text", "text"]);
    expect(changes[0]).toMatchObject({ before: 0, after: null });
    expect(changes[1]).toMatchObject({ field: "text.overview.onRequest", label: "一、总体情况 （二）依申请公开", before: "", after: "本年收到申请 5 件。" });
    expect(changes[2]).toMatchObject({ field: "text.problems", label: "五、存在的主要问题及改进情况", before: "问题一。", after: "问题一。整改完成。" });
  });

  it("ignores whitespace-only edits of a paragraph", () => {
    const before = base();
    const after = base();
    before.text.other = "无。";
    after.text.other = "无。\n";
    expect(diffReports(before, after)).toEqual([]);
  });

  it("does not count computed cells: two real edits are two changes, not the sums as well", async () => {
    const { fillDerived } = await import("@/lib/report/fill-derived");
    const before = fillDerived(base());
    const after = base();
    after.tables.requests.newRequests[0] = 5;
    after.tables.requests.newRequests[1] = 2;
    const changes = diffReports(before, fillDerived(after));
    expect(changes.map((c) => (c.kind === "cell" ? c.key : c.field))).toEqual(["requests/newRequests/0", "requests/newRequests/1"]);
  });
});
