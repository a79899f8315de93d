import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MESSAGES, formatCell, normalizeCellInput } from "@/lib/input/normalize";

const ok = (text: string, kind: "count" | "signedCount" | "money" = "count") => {
  const r = normalizeCellInput(text, kind);
  if (!r.ok) throw new Error(`refused ${JSON.stringify(text)}: ${r.message}`);
  return r.value;
};
const refused = (text: string, kind: "count" | "signedCount" | "money" = "count") => {
  const r = normalizeCellInput(text, kind);
  if (r.ok) throw new Error(`accepted ${JSON.stringify(text)} as ${r.value}`);
  return r.message;
};

describe("normalizeCellInput", () => {
  it("accepts plain and full-width digits, with surrounding spaces", () => {
    expect(ok("12")).toBe(12);
    expect(ok("１２３")).toBe(123);
    expect(ok("  7 ")).toBe(7);
    expect(ok("\u3000８\u3000")).toBe(8);
    expect(ok("0")).toBe(0);
    expect(ok("007")).toBe(7);
  });

  it("accepts thousands separators: 1,234 / 1，234 / 1 234 / 1,234,567", () => {
    expect(ok("1,234")).toBe(1234);
    expect(ok("1，234")).toBe(1234);
    expect(ok("1 234")).toBe(1234);
    expect(ok("1\u00a0234")).toBe(1234);
    expect(ok("1,234,567")).toBe(1234567);
    expect(ok("１，２３４")).toBe(1234);
  });

  it("refuses misplaced separators", () => {
    expect(refused("12,34")).toBe(MESSAGES.notNumber);
    expect(refused("1,2345")).toBe(MESSAGES.notNumber);
    expect(refused("1 2")).toBe(MESSAGES.notNumber);
  });

  it("treats an empty cell as blank (null)", () => {
    expect(ok("")).toBeNull();
    expect(ok("   ")).toBeNull();
    expect(ok("\u3000")).toBeNull();
  });

  it("refuses / and dashes with the 请填 0 message", () => {
    expect(refused("/")).toBe(MESSAGES.slash);
    expect(refused("／")).toBe(MESSAGES.slash);
    expect(refused("—")).toBe(MESSAGES.slash);
    expect(refused("--")).toBe(MESSAGES.slash);
    expect(refused("-")).toBe(MESSAGES.slash);
  });

  it("refuses letters and other text", () => {
    expect(refused("abc")).toBe(MESSAGES.notNumber);
    expect(refused("12a")).toBe(MESSAGES.notNumber);
    expect(refused("无")).toBe(MESSAGES.notNumber);
    expect(refused("1e3")).toBe(MESSAGES.notNumber);
    expect(refused("12%")).toBe(MESSAGES.notNumber);
    expect(refused("(12)")).toBe(MESSAGES.notNumber);
    expect(refused(".")).toBe(MESSAGES.notNumber);
  });

  it("allows negatives only in signedCount cells (2019 本年增/减), full-width minus included", () => {
    expect(refused("-3")).toBe(MESSAGES.noNegative);
    expect(refused("-3", "money")).toBe(MESSAGES.noNegative);
    expect(ok("-3", "signedCount")).toBe(-3);
    expect(ok("－３", "signedCount")).toBe(-3);
    expect(ok("\u22123", "signedCount")).toBe(-3);
    expect(ok("+3", "signedCount")).toBe(3);
    expect(ok("-0")).toBe(0);
  });

  it("allows decimals only in money cells, at most 4", () => {
    expect(refused("1.5")).toBe(MESSAGES.wholeOnly);
    expect(refused("1.5", "signedCount")).toBe(MESSAGES.wholeOnly);
    expect(ok("75.9260", "money")).toBe(75.926);
    expect(ok("0.0001", "money")).toBe(0.0001);
    expect(ok("１２．５", "money")).toBe(12.5);
    expect(ok("12。5", "money")).toBe(12.5);
    expect(ok(".5", "money")).toBe(0.5);
    expect(ok("1,234.56", "money")).toBe(1234.56);
    expect(refused("1.23456", "money")).toBe(MESSAGES.moneyDecimals);
  });

  it("reads Excel's displayed decimals of a whole number as that number (12.00)", () => {
    expect(ok("12.00")).toBe(12);
    expect(ok("1.234500", "money")).toBe(1.2345);
    expect(ok("3.", "count")).toBe(3);
  });

  it("refuses absurdly large numbers", () => {
    expect(refused("99999999999999999999")).toBe(MESSAGES.tooLarge);
  });

  it("round-trips every count it prints", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => {
        expect(ok(formatCell(n))).toBe(n);
        expect(ok(n.toLocaleString("en-US"))).toBe(n);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: -10_000, max: 10_000 }), (n) => {
        expect(ok(formatCell(n), "signedCount")).toBe(n);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (n) => {
        const money = n / 10_000;
        expect(ok(formatCell(money), "money")).toBe(money);
      }),
    );
  });
});
