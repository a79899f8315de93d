import { describe, expect, it } from "vitest";
import { emptyReport } from "@/lib/report/empty";
import { chineseDate } from "@/lib/report/chinese-date";
import { draftPreamble, statisticalPeriod, updatePreamble } from "@/lib/report/preamble";
import { getTemplate } from "@/lib/template";

function donghu(year = 2021) {
  const r = emptyReport({ year, organName: "示例区东湖镇人民政府", organKind: "township" });
  r.meta = {
    publishUrl: "http://www.example.gov.cn",
    contact: { office: "党政办公室", address: "示例区东湖镇人民路1号", postcode: "100000", phone: "010-12345678" },
  };
  return r;
}

describe("draftPreamble", () => {
  it("states the legal basis, the format notice, the title and the six parts from the template", () => {
    const r = donghu(2021);
    const text = draftPreamble(r);
    const [first] = text.split("\n");
    expect(first).toContain("《中华人民共和国政府信息公开条例》");
    expect(first).toContain(getTemplate("2021").notice);
    expect(first).toContain("现公布示例区东湖镇人民政府2021年政府信息公开工作年度报告。");
    for (const s of getTemplate("2021").sections) expect(first).toContain(s.heading.slice(2));
    expect(first).toContain("六部分组成");
  });

  it("uses the 2019 notice for a 2020 report", () => {
    expect(draftPreamble(donghu(2020))).toContain(getTemplate("2019").notice);
    expect(draftPreamble(donghu(2020))).not.toContain(getTemplate("2021").notice);
  });

  it("states the period, the URL and the contact in the second paragraph", () => {
    const second = draftPreamble(donghu(2021)).split("\n")[1];
    expect(second).toContain("统计期限自2021年1月1日起至2021年12月31日止");
    expect(second).toContain("电子版可在http://www.example.gov.cn下载");
    expect(second).toContain("请与示例区东湖镇人民政府党政办公室联系（地址：示例区东湖镇人民路1号；邮编：100000；电话：010-12345678）");
  });

  it("leaves out what 基本信息 does not say instead of printing blanks", () => {
    const r = emptyReport({ year: 2022, organName: "东湖镇", organKind: "township" });
    const second = draftPreamble(r).split("\n")[1];
    expect(second).toBe("本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。");
    expect(draftPreamble(r)).not.toMatch(/undefined|：；|（）/);
  });

  it("uses a custom statistical period", () => {
    const r = donghu(2021);
    r.meta.period = { from: "2021-03-01", to: "2021-12-31" };
    expect(statisticalPeriod(r).from).toBe("2021-03-01");
    expect(draftPreamble(r)).toContain("自2021年3月1日起");
  });

  it("does not double the organ name when the office already names it", () => {
    const r = donghu();
    r.meta.contact!.office = "示例区东湖镇人民政府办公室";
    expect(draftPreamble(r)).toContain("请与示例区东湖镇人民政府办公室联系");
  });
});

describe("updatePreamble", () => {
  it("redrafts a preamble the clerk has not touched", () => {
    const before = donghu();
    before.text.preamble = draftPreamble(before);
    const after = structuredClone(before);
    after.meta.publishUrl = "http://new.example.gov.cn";
    expect(updatePreamble(before, after)).toContain("http://new.example.gov.cn");
  });

  it("drafts an empty preamble", () => {
    const before = donghu();
    const after = structuredClone(before);
    expect(updatePreamble(before, after)).toBe(draftPreamble(after));
  });

  it("keeps a preamble the clerk has edited", () => {
    const before = donghu();
    before.text.preamble = draftPreamble(before) + "（自拟）";
    const after = structuredClone(before);
    after.meta.publishUrl = "http://new.example.gov.cn";
    expect(updatePreamble(before, after)).toBe(before.text.preamble);
  });
});

describe("chineseDate", () => {
  it("writes ISO dates the Chinese way and leaves other text alone", () => {
    expect(chineseDate("2022-01-20")).toBe("2022年1月20日");
    expect(chineseDate("年初")).toBe("年初");
  });
});
