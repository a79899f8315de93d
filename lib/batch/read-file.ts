/**
 * One file of a 批量体检: read by the importer and checked by the one checker,
 * or refused with the importer's Chinese reason. Pure but for the reading.
 */
import { check, findingCounts } from "../check";
import { importReport, ImportRefusal } from "../import";
import { fillDerived } from "../report/fill-derived";
import { matchUnit, type UnitName } from "./match-unit";

export type BatchFileResult =
  | { status: "refused"; message: string }
  | {
      status: "done";
      sourceKind: string;
      data: string;
      notes: string;
      organName: string;
      year: number;
      format: string;
      errorCount: number;
      warningCount: number;
      noteCount: number;
      unitId: string | null;
    };

export async function readBatchFile(bytes: Uint8Array, fileName: string, units: readonly UnitName[]): Promise<BatchFileResult> {
  try {
    const read = await importReport(bytes, fileName);
    const report = fillDerived(read.report);
    const counts = findingCounts(check(report));
    return {
      status: "done",
      sourceKind: read.source,
      data: JSON.stringify(report),
      notes: JSON.stringify(read.notes),
      organName: report.organ.name,
      year: report.year,
      format: report.format,
      ...counts,
      noteCount: read.notes.length,
      unitId: matchUnit(report.organ.name, units) ?? null,
    };
  } catch (e) {
    return { status: "refused", message: e instanceof ImportRefusal ? e.message : "文件已损坏，或不是年报（PDF、Word .docx、网页或文本）。" };
  }
}
