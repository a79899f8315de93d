import { describe, expect, it } from "vitest";
import { chineseDate } from "@/components/report-preview/chinese-date";

describe("chineseDate: the signature block's date", () => {
  it("writes an ISO date the way a 公文 signs, without leading zeros", () => {
    expect(chineseDate("2022-01-20")).toBe("2022年1月20日");
    expect(chineseDate("2021-12-05")).toBe("2021年12月5日");
  });
  it("gives nothing for a missing or malformed date", () => {
    expect(chineseDate(undefined)).toBe("");
    expect(chineseDate("")).toBe("");
    expect(chineseDate("20 Jan 2022")).toBe("");
  });
});
