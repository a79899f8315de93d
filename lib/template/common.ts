/**
 * Parts the 2019 and 2021 formats share: the six sections, the five sub-parts
 * of 一、总体情况 (30号: 主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障),
 * table 三 apart from its row （六）, and table 四.
 */
import type { AppealsTable, HeaderNode, MatrixColumn, OverviewPart, RequestRowRole, RequestsTable, RowNode, Section } from "./types";

export const SECTIONS: Section[] = [
  {
    number: "一",
    heading: "一、总体情况",
    hint: "本机关贯彻落实《条例》的总体情况，分主动公开、依申请公开、政府信息管理、平台建设、监督保障五部分。",
    text: "overview",
  },
  {
    number: "二",
    heading: "二、主动公开政府信息情况",
    hint: "按《条例》第二十条逐项填写本年度主动公开的数量。",
    table: "proactive",
  },
  {
    number: "三",
    heading: "三、收到和处理政府信息公开申请情况",
    hint: "按申请人类别填写收到和办理的申请件数；一加二应等于三（七）总计加四。",
    table: "requests",
  },
  {
    number: "四",
    heading: "四、政府信息公开行政复议、行政诉讼情况",
    hint: "填写因政府信息公开引起的行政复议、行政诉讼件数及结果。",
    table: "appeals",
  },
  {
    number: "五",
    heading: "五、存在的主要问题及改进情况",
    hint: "写明本年度发现的问题、已采取和将采取的改进措施，以及上年度问题的整改情况；不得照抄上年内容。",
    text: "problems",
  },
  {
    number: "六",
    heading: "六、其他需要报告的事项",
    hint: "须说明依据《政府信息公开信息处理费管理办法》收取信息处理费的情况（未收取也要写明），以及人大代表建议和政协提案办理结果公开、落实上级政务公开工作要点、工作创新等情况。",
    text: "other",
  },
];

export const OVERVIEW_PARTS: OverviewPart[] = [
  { key: "proactive", heading: "（一）主动公开", hint: "主动公开的信息数量和类别，门户网站、政务新媒体等渠道发布情况。" },
  {
    key: "onRequest",
    role: "onRequest",
    heading: "（二）依申请公开",
    hint: "收到和办理政府信息公开申请的数量和结果，与表三一致；未收到申请也要写明。",
  },
  { key: "management", heading: "（三）政府信息管理", hint: "公开制度、保密审查、信息发布审核、公开目录和指南的维护情况。" },
  { key: "platforms", heading: "（四）政府信息公开平台建设", hint: "政府网站、公开专栏、政务新媒体、公开查阅点等平台的建设和运维情况。" },
  {
    key: "oversight",
    role: "oversight",
    heading: "（五）监督保障",
    hint: "组织领导、培训、考核评议和责任追究；人民政府须写明工作考核、社会评议和责任追究结果情况（《条例》第五十条第四项）。",
  },
];

/** Table 三's seven data columns: there is no 法人小计. */
export const REQUEST_COLUMNS: MatrixColumn[] = [
  { label: "自然人", short: "自然人", kind: "count" },
  { label: "商业企业", short: "商业企业", kind: "count" },
  { label: "科研机构", short: "科研机构", kind: "count" },
  { label: "社会公益组织", short: "社会公益组织", kind: "count" },
  { label: "法律服务机构", short: "法律服务机构", kind: "count" },
  { label: "其他", short: "其他", kind: "count" },
  { label: "总计", short: "总计", kind: "count", derived: true },
];

export const REQUEST_HEADER: HeaderNode[] = [
  {
    text: "申请人情况",
    children: [
      { text: "自然人" },
      {
        text: "法人或其他组织",
        children: [{ text: "商业企业" }, { text: "科研机构" }, { text: "社会公益组织" }, { text: "法律服务机构" }, { text: "其他" }],
      },
      { text: "总计" },
    ],
  },
];

const REQUEST_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
const PARTIAL_NOTE = "（区分处理的，只计这一情形，不计其他情形）";

/** Table 三, given the format's row （六）其他处理 (a row or a group with the role otherHandling). */
export function requestsTable(otherHandling: RowNode): RequestsTable {
  return {
    id: "requests",
    title: "三、收到和处理政府信息公开申请情况",
    corner: { text: REQUEST_NOTE, kai: REQUEST_NOTE },
    labelColumns: 3,
    header: REQUEST_HEADER,
    columns: REQUEST_COLUMNS,
    rows: [
      { id: "newRequests", role: "newRequests", short: "一", text: "一、本年新收政府信息公开申请数量" },
      { id: "carriedOver", role: "carriedOver", short: "二", text: "二、上年结转政府信息公开申请数量" },
      {
        group: true,
        vertical: true,
        text: "三、本年度办理结果",
        children: [
          { id: "granted", role: "granted", short: "（一）", text: "（一）予以公开" },
          { id: "partlyGranted", role: "partlyGranted", short: "（二）", text: `（二）部分公开${PARTIAL_NOTE}`, kai: PARTIAL_NOTE },
          {
            group: true,
            role: "refused",
            text: "（三）不予公开",
            children: [
              { id: "refused.stateSecret", short: "（三）1", text: "1.属于国家秘密" },
              { id: "refused.lawForbids", short: "（三）2", text: "2.其他法律行政法规禁止公开" },
              { id: "refused.safetyStability", short: "（三）3", text: "3.危及“三安全一稳定”" },
              { id: "refused.thirdParty", short: "（三）4", text: "4.保护第三方合法权益" },
              { id: "refused.internalAffairs", short: "（三）5", text: "5.属于三类内部事务信息" },
              { id: "refused.processInfo", short: "（三）6", text: "6.属于四类过程性信息" },
              { id: "refused.enforcementFiles", short: "（三）7", text: "7.属于行政执法案卷" },
              { id: "refused.inquiry", short: "（三）8", text: "8.属于行政查询事项" },
            ],
          },
          {
            group: true,
            role: "unavailable",
            text: "（四）无法提供",
            children: [
              { id: "unavailable.notHeld", short: "（四）1", text: "1.本机关不掌握相关政府信息" },
              { id: "unavailable.needsCreation", short: "（四）2", text: "2.没有现成信息需要另行制作" },
              { id: "unavailable.unclear", short: "（四）3", text: "3.补正后申请内容仍不明确" },
            ],
          },
          {
            group: true,
            role: "notProcessed",
            text: "（五）不予处理",
            children: [
              { id: "notProcessed.petition", short: "（五）1", text: "1.信访举报投诉类申请" },
              { id: "notProcessed.duplicate", short: "（五）2", text: "2.重复申请" },
              { id: "notProcessed.publication", short: "（五）3", text: "3.要求提供公开出版物" },
              { id: "notProcessed.massRepeated", short: "（五）4", text: "4.无正当理由大量反复申请" },
              { id: "notProcessed.confirmation", short: "（五）5", text: "5.要求行政机关确认或重新出具已获取信息" },
            ],
          },
          otherHandling,
          { id: "totalHandled", role: "totalHandled", short: "（七）总计", text: "（七）总计", derived: true },
        ],
      },
      { id: "carriedForward", role: "carriedForward", short: "四", text: "四、结转下年度继续办理" },
    ],
    // mm; the text block of GB/T 9704 is 156 mm wide.
    columnWidths: [9, 22, 51, 11, 11, 10, 11, 11, 10, 10],
  };
}

/**
 * R1 as printed in the table's note: 第一项加第二项之和，等于第三项加第四项之和,
 * where 第三项 is its （七）总计.
 */
export const REQUEST_BALANCE: { lhs: RequestRowRole[]; rhs: RequestRowRole[] } = {
  lhs: ["newRequests", "carriedOver"],
  rhs: ["totalHandled", "carriedForward"],
};

const APPEAL_COLUMN_LABELS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

export const APPEAL_COLUMNS: MatrixColumn[] = APPEAL_COLUMN_LABELS.map((label, i) => ({
  label,
  short: label,
  kind: "count",
  derived: i === APPEAL_COLUMN_LABELS.length - 1,
}));

const appealLeaves = (): HeaderNode[] => APPEAL_COLUMN_LABELS.map((text) => ({ text }));

export const APPEALS_TABLE: AppealsTable = {
  id: "appeals",
  title: "四、政府信息公开行政复议、行政诉讼情况",
  header: [
    { text: "行政复议", children: appealLeaves() },
    {
      text: "行政诉讼",
      children: [
        { text: "未经复议直接起诉", children: appealLeaves() },
        { text: "复议后起诉", children: appealLeaves() },
      ],
    },
  ],
  groups: [
    { key: "reconsideration", role: "reconsideration", label: "行政复议" },
    { key: "litigationDirect", role: "litigationDirect", label: "行政诉讼（未经复议直接起诉）" },
    { key: "litigationAfterReconsideration", role: "litigationAfterReconsideration", label: "行政诉讼（复议后起诉）" },
  ],
  columns: APPEAL_COLUMNS,
  columnWidths: Array(15).fill(10.4),
};
