import { describe, expect, it } from "vitest";
import { check } from "@/lib/check";
import { DEMO_FIXTURES, loadFixture, SAMPLE_FIXTURES } from "./support/fixtures";

describe("fixtures", () => {
  it.each([...SAMPLE_FIXTURES, ...DEMO_FIXTURES])("%s parses and balances (R1–R4)", (name) => {
    const r = loadFixture(name);
    expect(check(r, undefined, { tablesOnly: true }).filter((f) => f.severity === "error")).toEqual([]);
  });
});
