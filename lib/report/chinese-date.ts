/**
 * 2022-01-20 → 2022年1月20日, as a 公文 writes dates (no leading zeros; 《党政机关公文格式》
 * GB/T 9704 for the signature date). Anything that is not an ISO date is returned as typed
 * (trimmed), so the preview, the preamble and the .docx show the same thing.
 */
export function chineseDate(iso: string | undefined): string {
  const s = (iso ?? "").trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : s;
}
