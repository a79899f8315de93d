import { describe, expect, it } from "vitest";
import { chineseDate } from "@/lib/report/chinese-date";

describe("chineseDate: the one date writer of the preview, the preamble and the .docx", () => {
  it("writes an ISO date the way a 公文 signs, without leading zeros", () => {
    expect(chineseDate("2022-01-20")).toBe("2022年1月20日");
    expect(chineseDate(" 2021-12-05 ")).toBe("2021年12月5日");
  });
  it("gives nothing for a missing date and what was typed for anything else, everywhere alike", () => {
    expect(chineseDate(undefined)).toBe("");
    expect(chineseDate("")).toBe("");
    expect(chineseDate("20 Jan 2022")).toBe("20 Jan 2022");
    expect(chineseDate("年初")).toBe("年初");
  });
});
