/** 国办公开办函〔2021〕30号: the format for report years 2021 onward. */
import { APPEALS_TABLE, OVERVIEW_PARTS, requestsTable, SECTIONS } from "./common";
import { buildRelations } from "./relations";
import type { Template } from "./types";

const requests = requestsTable({
  group: true,
  role: "otherHandling",
  text: "（六）其他处理",
  children: [
    {
      id: "otherHandling.noCorrection",
      short: "（六）1",
      text: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    },
    {
      id: "otherHandling.feeUnpaid",
      role: "feeUnpaid",
      short: "（六）2",
      text: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    },
    { id: "otherHandling.other", short: "（六）3", text: "3.其他" },
  ],
});

export const FORMAT_2021: Template = {
  format: "2021",
  notice: "国办公开办函〔2021〕30号",
  years: { from: 2021, to: null },
  sections: SECTIONS,
  overviewParts: OVERVIEW_PARTS,
  // 30号 names the five parts of 总体情况 and has 现行有效件数 for 规章 and 行政规范性文件.
  rules: { overviewPartsRequired: true, inForceContinuity: true },
  tables: {
    proactive: {
      id: "proactive",
      title: "二、主动公开政府信息情况",
      itemHeader: "信息内容",
      gridColumns: 4,
      columnWidths: [48, 36, 36, 36],
      blocks: [
        {
          caption: "第二十条第（一）项",
          fields: [
            { key: "issued", role: "issued", label: "本年制发件数", kind: "count", span: 1 },
            { key: "repealed", role: "repealed", label: "本年废止件数", kind: "count", span: 1 },
            { key: "inForce", role: "inForce", label: "现行有效件数", kind: "count", span: 1, carriesOver: true },
          ],
          rows: [
            { key: "regulations", role: "regulations", label: "规章" },
            { key: "normativeDocuments", role: "normativeDocuments", label: "行政规范性文件" },
          ],
        },
        {
          caption: "第二十条第（五）项",
          fields: [{ key: "decisions", label: "本年处理决定数量", kind: "count", span: 3 }],
          rows: [{ key: "licensing", label: "行政许可" }],
        },
        {
          caption: "第二十条第（六）项",
          fields: [{ key: "decisions", label: "本年处理决定数量", kind: "count", span: 3 }],
          rows: [
            { key: "punishment", label: "行政处罚" },
            { key: "enforcement", label: "行政强制" },
          ],
        },
        {
          caption: "第二十条第（八）项",
          fields: [{ key: "amount", label: "本年收费金额（单位：万元）", kind: "money", span: 3 }],
          rows: [{ key: "fees", label: "行政事业性收费" }],
        },
      ],
    },
    requests,
    appeals: APPEALS_TABLE,
  },
  relations: buildRelations("2021", requests, APPEALS_TABLE),
};
