/** 国办公开办函〔2019〕60号 格式（试行）: the format for report years 2019 and 2020. */
import { APPEALS_TABLE, OVERVIEW_PARTS, requestsTable, SECTIONS } from "./common";
import { buildRelations } from "./relations";
import type { ProactiveField, Template } from "./types";

const requests = requestsTable({ id: "otherHandling", role: "otherHandling", short: "（六）", text: "（六）其他处理" });

const projectFields: ProactiveField[] = [
  { key: "previous", label: "上一年项目数量", kind: "count", span: 1 },
  { key: "change", label: "本年增/减", kind: "signedCount", span: 1 },
  { key: "decisions", label: "处理决定数量", kind: "count", span: 1 },
];

export const FORMAT_2019: Template = {
  format: "2019",
  notice: "国办公开办函〔2019〕60号",
  years: { from: 2019, to: 2020 },
  sections: SECTIONS,
  overviewParts: OVERVIEW_PARTS,
  // 60号 asks for 总体情况 as one section and counts 对外公开总数量, not 现行有效件数.
  rules: { overviewPartsRequired: false, inForceContinuity: false },
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
            { key: "made", label: "本年新制作数量", kind: "count", span: 1 },
            { key: "published", label: "本年新公开数量", kind: "count", span: 1 },
            { key: "total", label: "对外公开总数量", kind: "count", span: 1 },
          ],
          rows: [
            { key: "regulations", role: "regulations", label: "规章" },
            { key: "normativeDocuments", role: "normativeDocuments", label: "规范性文件" },
          ],
        },
        {
          caption: "第二十条第（五）项",
          fields: projectFields,
          rows: [
            { key: "licensing", label: "行政许可" },
            { key: "otherServices", label: "其他对外管理服务事项" },
          ],
        },
        {
          caption: "第二十条第（六）项",
          fields: projectFields,
          rows: [
            { key: "punishment", label: "行政处罚" },
            { key: "enforcement", label: "行政强制" },
          ],
        },
        {
          caption: "第二十条第（八）项",
          fields: [
            { key: "previous", label: "上一年项目数量", kind: "count", span: 1 },
            { key: "change", label: "本年增/减", kind: "signedCount", span: 2 },
          ],
          rows: [{ key: "fees", label: "行政事业性收费" }],
        },
        {
          caption: "第二十条第（九）项",
          fields: [
            { key: "projects", label: "采购项目数量", kind: "count", span: 1 },
            { key: "amount", label: "采购总金额", kind: "money", span: 2 },
          ],
          rows: [{ key: "procurement", label: "政府集中采购" }],
        },
      ],
    },
    requests,
    appeals: APPEALS_TABLE,
  },
  relations: buildRelations("2019", requests, APPEALS_TABLE),
};
