/**
 * Whether a text says anything about the 信息处理费 (《政府信息公开信息处理费管理办法》,
 * 国办函〔2020〕109号): W5 and the hint on the 六、其他需要报告的事项 step ask the same question.
 */
export const MENTIONS_FEE = /处理费|(?:收取|收)[^。；;]{0,10}费用/;

export function mentionsFee(text: string): boolean {
  return MENTIONS_FEE.test(text);
}
