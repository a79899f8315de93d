import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffText, type DiffSegment } from "@/lib/report/text-diff";

const side = (segs: DiffSegment[], op: "del" | "ins") => segs.filter((s) => s.op !== op).map((s) => s.text).join("");

describe("diffText: changes within a paragraph, at the characters", () => {
  it("marks only the changed characters of a Chinese sentence", () => {
    expect(diffText("本年共收到申请12件，均已办结。", "本年共收到申请15件，均已按期办结。")).toEqual([
      { op: "same", text: "本年共收到申请" },
      { op: "del", text: "12" },
      { op: "ins", text: "15" },
      { op: "same", text: "件，均已" },
      { op: "ins", text: "按期" },
      { op: "same", text: "办结。" },
    ]);
  });

  it("treats a number and a Latin word as one token, not digit by digit", () => {
    expect(diffText("网址 www.a.gov.cn 共 105 件", "网址 www.a.gov.cn 共 115 件").filter((s) => s.op !== "same")).toEqual([
      { op: "del", text: "105" },
      { op: "ins", text: "115" },
    ]);
  });

  it("handles empty sides and equal texts", () => {
    expect(diffText("", "新增一段。")).toEqual([{ op: "ins", text: "新增一段。" }]);
    expect(diffText("删去。", "")).toEqual([{ op: "del", text: "删去。" }]);
    expect(diffText("不变。", "不变。")).toEqual([{ op: "same", text: "不变。" }]);
  });

  it("always rebuilds both versions exactly (property)", () => {
    const text = fc.string({ unit: fc.constantFrom("公", "开", "申", "请", "1", "2", "a", "。", " ", "\n"), maxLength: 60 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        const segs = diffText(a, b);
        expect(side(segs, "ins")).toBe(a);
        expect(side(segs, "del")).toBe(b);
      }),
      { numRuns: 300 },
    );
  });

  it("gives up aligning a complete rewrite of a long text but still rebuilds both", () => {
    const a = "甲乙丙丁".repeat(1000);
    const b = "子丑寅卯".repeat(1000);
    const segs = diffText(a, b);
    expect(side(segs, "ins")).toBe(a);
    expect(side(segs, "del")).toBe(b);
  });
});
