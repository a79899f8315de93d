"use server";
import { getActingUser } from "@/lib/server/acting-user";
import { saveBatchFile, setBatchUnit, type RowResult } from "@/lib/server/batch-service";

/** The unit picked for a 未匹配 file ("" for none). */
export async function setBatchUnitAction(fileId: string, unitId: string): Promise<RowResult> {
  return setBatchUnit(await getActingUser(), fileId, unitId || null);
}

/** 保存为该单位 N 年报告（已发布）. */
export async function saveBatchFileAction(fileId: string): Promise<RowResult> {
  return saveBatchFile(await getActingUser(), fileId);
}
