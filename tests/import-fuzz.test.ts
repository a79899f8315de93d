/** Whatever the bytes, importReport gives a valid report or an ImportRefusal with a Chinese message: never a crash. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderDocx } from "@/lib/docx";
import { importReport, ImportRefusal } from "@/lib/import";
import { parseReport } from "@/lib/report/schema";
import { loadFixture } from "./support/fixtures";

async function outcome(bytes: Uint8Array): Promise<"report" | "refused"> {
  try {
    const { report } = await importReport(bytes, "f");
    expect(parseReport(report).ok).toBe(true);
    return "report";
  } catch (e) {
    expect(e).toBeInstanceOf(ImportRefusal);
    expect((e as Error).message).toMatch(/[\u4e00-\u9fff]/);
    return "refused";
  }
}

const PIECES = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "规章", "（一）予以公开", "\t", "|", "0", "—", "+3", "\n", "<td>", "<table>", "示例区2021年政府信息公开工作年度报告", "2022年1月20日"];

describe("fuzz", () => {
  it("random text made of report pieces", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), async (parts) => {
        await outcome(new TextEncoder().encode(parts.join("")));
      }),
      { numRuns: 150 },
    );
  });

  it("random bytes", async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (b) => void (await outcome(b))), { numRuns: 100 });
  });

  it("a .docx with bytes flipped", async () => {
    const good = new Uint8Array(await renderDocx(loadFixture("guanting-town-2021")));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.nat({ max: 255 })), { minLength: 1, maxLength: 8 }), async (flips) => {
        const b = good.slice();
        for (const [i, v] of flips) b[i] = v;
        await outcome(b);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
