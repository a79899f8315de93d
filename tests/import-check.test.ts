/** The checker on imported reports: what was published, blanks as blanks (R5), never silently 0 in W3. */
import { describe, expect, it } from "vitest";
import { check } from "@/lib/check";
import { importReport } from "@/lib/import";

const TEXT = `示例区东湖镇人民政府2021年政府信息公开工作年度报告
根据《中华人民共和国政府信息公开条例》，现公布本报告。
一、总体情况
（二）依申请公开
本年度共收到政府信息公开申请5件。
三、收到和处理政府信息公开申请情况
一、本年新收政府信息公开申请数量\t1\t1\t1\t1\t1\t0\t
二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0
`;

describe("check() on an imported report", () => {
  it("reports a blank published 总计 as R5 at its cell, and W3 does not read it as 0", async () => {
    const { report } = await importReport(new TextEncoder().encode(TEXT), "r.txt");
    expect(report.tables.requests.newRequests[6]).toBeNull();
    const findings = check(report);
    expect(findings.some((f) => f.rule.startsWith("R5") && f.row === "newRequests" && f.column === 6)).toBe(true);
    expect(findings.filter((f) => f.rule === "W3.newRequests" && /为 0/.test(f.message))).toEqual([]);
  });
});
