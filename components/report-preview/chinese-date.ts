/** 2022-01-20 → 2022年1月20日, as the signature block of a 公文 writes it (no leading zeros). */
export function chineseDate(iso: string | undefined): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(iso ?? "");
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : "";
}
