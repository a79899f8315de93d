/** bench:data's PostgreSQL statements stay within the protocol's bound-parameter limit (scripts/bench-writers.ts). */
import { describe, expect, it } from "vitest";
import { PG_MAX_PARAMETERS, PG_MAX_ROWS, rowsPerStatement } from "@/scripts/bench-writers";

describe("rows per multi-row INSERT", () => {
  it.each([1, 7, 11, 17, 30, 31, 65_535])("%i columns: within the parameter and row limits, at least one row", (columns) => {
    const rows = rowsPerStatement(columns);
    expect(rows).toBeGreaterThanOrEqual(1);
    expect(rows).toBeLessThanOrEqual(PG_MAX_ROWS);
    if (columns <= PG_MAX_PARAMETERS) expect(rows * columns).toBeLessThanOrEqual(PG_MAX_PARAMETERS);
    expect(PG_MAX_PARAMETERS).toBeLessThan(65_535);
  });
});
