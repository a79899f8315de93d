import { describe, expect, it } from "vitest";
import { applyBasics, basicsOf, basicsSchema } from "@/components/wizard/basics-schema";
import { emptyReport } from "@/lib/report/empty";
import { parseReport } from "@/lib/report/schema";

const base = () => emptyReport({ year: 2023, organName: "示例区东湖镇人民政府", organKind: "township" });

describe("basics form of the wizard", () => {
  it("starts from the report, with the calendar year as the statistical period", () => {
    const v = basicsOf(base());
    expect(v.organName).toBe("示例区东湖镇人民政府");
    expect(v.periodFrom).toBe("2023-01-01");
    expect(v.periodTo).toBe("2023-12-31");
  });

  it("writes accepted values into the report, trimmed, and the result passes the report schema", () => {
    const r = applyBasics(base(), {
      ...basicsOf(base()),
      publishUrl: " http://www.donghu.gov.cn ",
      office: "党政办公室",
      postcode: "311100",
      email: "gk@donghu.gov.cn",
      signedOn: "2024-01-20",
    })!;
    expect(r.meta.publishUrl).toBe("http://www.donghu.gov.cn");
    expect(r.meta.contact).toEqual({ office: "党政办公室", postcode: "311100", email: "gk@donghu.gov.cn" });
    expect(r.meta.signedOn).toBe("2024-01-20");
    expect(parseReport(r).ok).toBe(true);
  });

  it("refuses bad values with Chinese messages", () => {
    const bad = basicsSchema.safeParse({
      ...basicsOf(base()),
      organName: " ",
      postcode: "12ab",
      publishUrl: "www.x",
      email: "x@",
      signedOn: "2024/01/20",
      periodFrom: "2023-06-01",
      periodTo: "2023-01-01",
    });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((i) => i.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        "请填写机关名称。",
        "邮编应为 6 位数字。",
        "网址应以 http:// 或 https:// 开头，如 http://www.example.gov.cn。",
        "电子邮箱格式不对，如 gk@example.gov.cn。",
        "落款日期应为日期，如 2022-01-20。",
      ]),
    );
  });

  it("keeps the stored value of a refused field and still takes the others", () => {
    const start = base();
    start.meta.contact = { postcode: "311100" };
    const r = applyBasics(start, { ...basicsOf(start), postcode: "3111", signedOn: "2024-01-20" })!;
    expect(r.meta.contact?.postcode).toBe("311100");
    expect(r.meta.signedOn).toBe("2024-01-20");
  });

  it("checks that the period ends after it starts", () => {
    const r = basicsSchema.safeParse({ ...basicsOf(base()), periodFrom: "2023-06-01", periodTo: "2023-01-01" });
    expect(r.error?.issues[0]).toMatchObject({ path: ["periodTo"], message: "统计期限的结束日期不能早于开始日期。" });
  });
});
