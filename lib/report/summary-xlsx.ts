/**
 * The summary as an .xlsx workbook: one sheet per table (二、三、四), the cell's
 * words, the total, then one column per unit; the header row and the first two
 * columns stay in view when scrolling in Excel or WPS.
 */
import ExcelJS from "exceljs";
import type { Summary } from "./summary";

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(title: string): string {
  return title.replace(/[:\\/?*[\]]/g, "").slice(0, 31);
}

export async function summaryXlsx(summary: Summary, heading: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "年报通";
  for (const table of summary.tables) {
    const ws = wb.addWorksheet(sheetName(table.title), { views: [{ state: "frozen", xSplit: 2, ySplit: 2 }] });
    ws.addRow([`${heading} ${table.title}`]).font = { bold: true };
    const header = ws.addRow(["项目", "合计", ...summary.units]);
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: "middle" };
    for (const line of table.lines) ws.addRow([line.name, line.total, ...line.values]);
    ws.getColumn(1).width = 60;
    ws.getColumn(2).width = 10;
    for (let i = 0; i < summary.units.length; i++) ws.getColumn(3 + i).width = 14;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
