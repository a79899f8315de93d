/**
 * W3.partWhole: a part larger than its whole in one sentence of the narrative
 * ("公开政府信息101条，其中……微信公众号197条"). The whole is the last count before 其中,
 * the parts are the counts after it in the same sentence with the same unit (条 with 条,
 * 人次 with 人次), up to a clause that starts something else (另, 此外, 同时 …).
 */
import { describeField } from "../report/describe";
import type { Finding, Report } from "../report/types";
import { getTemplate } from "../template";
import { quoteOf, type ReportText } from "./report-texts";
import { halfWidthDigits, parseChineseNumber } from "./text-facts";

const SENTENCE = /[。！？!?；;\n]/;
const AMONG = "其中";
const COUNT = /(\d+|[零〇一二两三四五六七八九十百千]+)\s*(?:余|多)?\s*(人次|件|条|个|项|篇|次|场|份|期|名|家|户|人)/g;
/** A clause that starts one of these is no longer a part of the whole before 其中. */
const NEW_TOPIC = /^(?:另|此外|同时|还|并且|累计|合计|总计|全年|全镇|全县|全区|上年|去年)/;
const CLAUSE_START = /[，,、：:]/;

interface Count {
  value: number;
  unit: string;
  start: number;
  end: number;
}

function counts(sentence: string): Count[] {
  const out: Count[] = [];
  COUNT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COUNT.exec(sentence))) {
    const value = /^\d/.test(m[1]) ? Number(m[1]) : parseChineseNumber(m[1]);
    // 第3条 is an article, 3个工作日 a duration: neither is a count.
    if (Number.isNaN(value) || sentence[m.index - 1] === "第" || /^(?:工作日|月|小时)/.test(sentence.slice(m.index + m[0].length))) continue;
    out.push({ value, unit: m[2], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export interface PartLargerThanWhole {
  sentence: string;
  whole: number;
  part: number;
  unit: string;
}

/** Every part larger than its whole in a text. */
export function partsLargerThanWhole(text: string): PartLargerThanWhole[] {
  const out: PartLargerThanWhole[] = [];
  if (!text || !text.includes(AMONG)) return out;
  for (const raw of halfWidthDigits(text).split(SENTENCE)) {
    const sentence = raw.trim();
    let at = sentence.indexOf(AMONG);
    if (at < 0) continue;
    const cs = counts(sentence);
    while (at >= 0) {
      const next = sentence.indexOf(AMONG, at + AMONG.length);
      const end = next < 0 ? sentence.length : next;
      const whole = cs.filter((c) => c.end <= at).pop();
      if (whole) {
        // The parts run until a clause that starts a new topic.
        let stop = end;
        for (let i = at; i < end; i++) {
          if (CLAUSE_START.test(sentence[i]) && NEW_TOPIC.test(sentence.slice(i + 1))) {
            stop = i;
            break;
          }
        }
        const larger = cs.find((c) => c.start > at && c.end <= stop && c.unit === whole.unit && c.value > whole.value);
        if (larger) out.push({ sentence, whole: whole.value, part: larger.value, unit: whole.unit });
      }
      at = next;
    }
  }
  return out;
}


export function checkPartWhole(
  report: Report,
  texts: ReadonlyArray<Pick<ReportText, "field" | "get">>,
  out: Finding[],
): void {
  const template = getTemplate(report.format);
  for (const f of texts) {
    for (const p of partsLargerThanWhole(f.get(report) ?? "")) {
      out.push({
        rule: "W3.partWhole",
        severity: "warning",
        field: f.field,
        message: `${describeField(template, f.field)}：${quoteOf(p.sentence, 60)}中“其中”之后的 ${p.part}${p.unit} 大于总数 ${p.whole}${p.unit}，部分不能大于整体；请核对数字。`,
      });
    }
  }
}
