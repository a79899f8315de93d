/**
 * W3: the numbers a report's narrative states about its applications and appeals,
 * read the way real reports write them (see tests/fixtures and tests/text-facts):
 *
 *   共受理信息公开申请0件 · 本年度共收到政府信息公开申请49件 · 新收…59件 · 收到59件政府信息公开申请
 *   上年结转4件 · 全年办结48件 / 答复61件 · 其中予以公开22件，部分公开6件，不予公开4件 …
 *   予以公开及部分公开30件 (both rows) · 结转下年度继续办理5件 / 顺延到下年度 …
 *   行政复议3件、行政诉讼3件 · 未收到政府信息公开申请 · 也没有…提起行政复议和行政诉讼的情况
 *
 * A fact is a kind (which table quantity) and a value. Numbers the reader cannot tie
 * to one quantity (答复“12345”平台反馈问题170件, 人大代表建议12件, 自然人申请38件) give
 * no fact, so they can never be a false finding. Pure, no allocation at load beyond
 * the regular expressions.
 */

export type FactKind =
  | "newRequests"
  | "carriedOver"
  | "totalHandled"
  | "granted"
  | "partlyGranted"
  | "grantedOrPartly"
  | "refused"
  | "unavailable"
  | "notProcessed"
  | "otherHandling"
  | "carriedForward"
  | "reconsideration"
  | "litigation";

export interface TextFact {
  kind: FactKind;
  value: number;
  /** The clause that states it, for the message. */
  quote: string;
  /** The statement is a negation (未收到…申请, 没有…行政复议): value is 0. */
  none?: boolean;
}

/* ---------- numbers ---------- */

const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 零 一 十二 二十 一百零五 两千三百 → number; NaN for anything else. */
export function parseChineseNumber(s: string): number {
  if (s.length === 0) return NaN;
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in DIGIT) {
      digit = DIGIT[ch];
    } else if (ch in UNIT) {
      total += (digit < 0 ? 1 : digit) * UNIT[ch];
      digit = -1;
    } else {
      return NaN;
    }
  }
  return total + (digit < 0 ? 0 : digit);
}

// A count of applications: "49件", "49 件", "十二件", "一百零五件", "0件"; "个" only after digits ("一个" is
// an article) and not as a measure of something else (15个工作日). Clerks also count applications in
// 份 and 条 (收到申请16份); those count only in a clause that says 申请 (公开政府信息101条 is not one).
const NUMBER =
  /(\d+)\s*(?:件|宗|份|条|个(?!工作日|月|小时|季度|部门|单位|村|社区|平台|栏目|方面|百分点))|([零〇一二两三四五六七八九十百千]+)(?:件|宗|份|条)/g;
const LOOSE_UNIT = /[份条]$/;
const ABOUT_AN_APPLICATION = /申请(?!人)/;

const FULL_WIDTH_DIGIT = /[０-９]/g;
/** 申请１６件 (full-width digits, as an IME types them) reads as 申请16件. */
export function halfWidthDigits(text: string): string {
  return FULL_WIDTH_DIGIT.test(text) ? text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)) : text;
}

/* ---------- kinds ---------- */

interface Keyword {
  kind: FactKind;
  re: RegExp;
  /** Needs a context about 政府信息公开申请 (the 依申请公开 part, or a paragraph that says 申请). */
  generic?: boolean;
}

/**
 * Earlier entries win where matches overlap: the specific forms come first
 * (予以公开及部分公开 before 予以公开, 未办结 before 办结, 上年结转 before 结转).
 */
const KEYWORDS: Keyword[] = [
  { kind: "grantedOrPartly", re: /(?:予以公开|全部公开|同意公开)(?:及|和|与|或|、|以及)(?:予以)?部分公开|全部或部分(?:予以)?公开|(?<!不)公开和部分公开/g },
  { kind: "partlyGranted", re: /部分(?:予以)?公开/g },
  { kind: "refused", re: /不予(?:以)?公开|不公开/g },
  { kind: "granted", re: /(?<!不)予以公开|全部公开|同意公开/g },
  { kind: "unavailable", re: /无法提供/g },
  { kind: "notProcessed", re: /不予(?:以)?处理/g },
  { kind: "otherHandling", re: /其他处理/g },
  {
    kind: "carriedOver",
    re: /上一?年度?(?:结转|遗留|转入|未办结)|结转上一?年度?|从上一?年度?结转|往年结转/g,
    generic: true,
  },
  {
    kind: "carriedForward",
    re: /(?:结转|顺延|转入|转至|转到|延续)(?:至|到)?(?:下一?年度?|次年|明年|20\d\d年度?)|(?:尚未|未|仍在|尚在|正在)(?:办结|办理)|结转下年/g,
    generic: true,
  },
  {
    kind: "newRequests",
    // 共计/累计 alone only right before "N件…申请" (共计16件政府信息公开申请); after 办结 … it is that quantity's.
    re: /(?:新收|收到|受理|接收|接到|收悉|共收)(?:了|到)?|(?:共计|累计|合计)(?=\s*[\d零〇一二两三四五六七八九十百千]+\s*[件份条](?:的)?(?:政府信息公开|信息公开|依申请公开)?申请)/g,
    generic: true,
  },
  {
    kind: "totalHandled",
    re: /(?<![未没])(?:办结|答复|办理完毕|处理完毕|完成办理|已办理|作出答复|予以答复|依法答复)/g,
    generic: true,
  },
];

/** Clauses that talk about something else than applications for government information. */
const NOT_APPLICATIONS = /建议|提案|留言|信访|热线|12345|工单|咨询|投诉|举报|诉求|来信|来电|问题|许可|审批|办件|政务服务|事项/;
const APPEAL = /复议|诉讼|起诉/;
const APPEAL_DETAIL = /维持|纠正|其他结果|审结|未经复议|复议后/;
const ABOUT_APPLICATIONS = /申请/;

// 申请 but not 申请人 (未收到申请人的投诉 is about complaints).
const NONE_RECEIVED = /(?:未|没有|无)(?:收到|受理|接到|接收|收悉|发生)[^，。；,;]{0,16}申请(?!人)|(?:无|没有)(?:任何)?(?:政府信息公开|信息公开|依申请公开)(?:的)?申请(?!人)/;
const NONE_APPEAL = /(?:未|没有|无)(?!经)(?:发生|提起|收到|出现|涉及|因)?[^，。；,;]{0,24}?行政(?:复议|诉讼)/;

/* ---------- splitting ---------- */

const PARAGRAPH = /\n+/;
// Not 、: "予以公开22件、部分公开6件" and "未发生行政复议、行政诉讼" read as one clause.
const CLAUSE = /[，,；;。！？!?：:]/;
const PARENTHESES = /（[^）]*）|\([^)]*\)/g;

interface KeywordHit {
  kind: FactKind;
  start: number;
  end: number;
  generic: boolean;
  used: boolean;
}

function keywordHits(clause: string): KeywordHit[] {
  const hits: KeywordHit[] = [];
  for (const k of KEYWORDS) {
    k.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = k.re.exec(clause))) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0) {
        k.re.lastIndex++;
        continue;
      }
      if (!hits.some((h) => start < h.end && end > h.start)) {
        hits.push({ kind: k.kind, start, end, generic: Boolean(k.generic), used: false });
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

function appealFacts(clause: string, out: TextFact[]): void {
  if (APPEAL_DETAIL.test(clause) || /各/.test(clause)) return;
  const none = NONE_APPEAL.exec(clause);
  if (none) {
    const reach = clause.slice(none.index);
    const also = /和|及|与|、/.test(reach);
    if (/行政复议/.test(none[0]) || (also && /行政复议/.test(reach))) {
      out.push({ kind: "reconsideration", value: 0, quote: clause, none: true });
    }
    if (/行政诉讼/.test(none[0]) || (also && /行政诉讼/.test(reach))) {
      out.push({ kind: "litigation", value: 0, quote: clause, none: true });
    }
    return;
  }
  for (const [kind, re] of [
    ["reconsideration", /行政复议[^\d零〇一二两三四五六七八九十百千]{0,8}/],
    ["litigation", /行政诉讼[^\d零〇一二两三四五六七八九十百千]{0,8}/],
  ] as const) {
    const m = re.exec(clause);
    if (!m) continue;
    NUMBER.lastIndex = m.index + m[0].length;
    const n = NUMBER.exec(clause);
    if (n && n.index === m.index + m[0].length) {
      out.push({ kind, value: n[1] !== undefined ? Number(n[1]) : parseChineseNumber(n[2]), quote: clause });
    }
  }
}

/** A clause can state a fact only with a count (N件) or a negation; most clauses have neither. */
const MAY_STATE = /\d|[零〇一二两三四五六七八九十百千](?:件|宗)|未|没有|无/;

function clauseFacts(clause: string, inContext: boolean, out: TextFact[]): void {
  if (!MAY_STATE.test(clause)) return;
  if (APPEAL.test(clause)) {
    appealFacts(clause.replace(PARENTHESES, ""), out);
    return;
  }
  const offTopic = NOT_APPLICATIONS.test(clause);
  if (NONE_RECEIVED.test(clause)) {
    if (!offTopic) out.push({ kind: "newRequests", value: 0, quote: clause, none: true });
    return;
  }
  const hits = keywordHits(clause);
  if (hits.length === 0) return;
  NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  let previousEnd = 0;
  while ((m = NUMBER.exec(clause))) {
    const value = m[1] !== undefined ? Number(m[1]) : parseChineseNumber(m[2]);
    const start = m.index;
    const end = start + m[0].length;
    const after = previousEnd;
    previousEnd = end;
    // The nearest keyword before the number, with no other number in between …
    let at = -1;
    for (let i = hits.length - 1; i >= 0; i--) {
      if (hits[i].end <= start) {
        if (hits[i].end >= after && !hits[i].used) at = i;
        break;
      }
    }
    // … or one right after it (其中22件予以公开).
    if (at < 0) at = hits.findIndex((h) => !h.used && h.start >= end && h.start - end <= 2);
    if (at < 0 || Number.isNaN(value)) continue;
    if (LOOSE_UNIT.test(m[0]) && !ABOUT_AN_APPLICATION.test(clause)) continue;
    const hit = hits[at];
    if (hit.generic && (offTopic || !inContext)) continue;
    // 收到并办结申请49件: one number for two quantities ties to neither.
    const before = hits[at - 1];
    if (before && before.kind !== hit.kind && hit.start - before.end <= 2 && before.end > after) continue;
    hit.used = true;
    out.push({ kind: hit.kind, value, quote: clause });
  }
}

/**
 * The facts a narrative text states. `onRequest`: the text is the 依申请公开 part
 * itself, so 办结/答复/收到 … are about applications without saying 申请.
 */
export function extractFacts(text: string, onRequest = false): TextFact[] {
  const out: TextFact[] = [];
  if (!text) return out;
  for (const typed of text.split(PARAGRAPH)) {
    const paragraph = halfWidthDigits(typed);
    if (!MAY_STATE.test(paragraph)) continue;
    const inContext = onRequest || ABOUT_APPLICATIONS.test(paragraph);
    const clauses = paragraph.split(CLAUSE);
    // Full-width digits are read as digits, but the message quotes the clause as the clerk typed it.
    const asTyped = paragraph === typed ? clauses : typed.split(CLAUSE);
    for (let i = 0; i < clauses.length; i++) {
      const clause = clauses[i].trim();
      if (!clause) continue;
      const from = out.length;
      clauseFacts(clause, inContext, out);
      for (let j = from; j < out.length; j++) if (out[j].quote === clause) out[j].quote = asTyped[i].trim();
    }
  }
  return out;
}
