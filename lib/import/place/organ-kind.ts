/**
 * The kind of organ (REPORT-JSON organ.kind) from its name as published: the
 * checker's rules depend on it (W4 规章 only for 省级 and 设区的市 governments;
 * 人民政府 report 考核评议). A guess from the name's ending; the clerk can correct it.
 */
import type { OrganKind } from "../../template";

export function organKindFromName(name: string): OrganKind {
  const n = name.replace(/\s+/g, "");
  if (/(街道办事处|街道)$/.test(n)) return "street";
  if (/(镇|乡)(人民政府|政府)$/.test(n) || /(镇|乡)$/.test(n)) return "township";
  if (/(省|自治区)人民政府$/.test(n) || /^(北京|天津|上海|重庆)市人民政府$/.test(n)) return "province-government";
  if (/(县|区|旗|县级市)人民政府$/.test(n)) return "county-government";
  if (/(市|自治州|盟)人民政府$/.test(n)) return /[县区]/.test(n.replace(/市人民政府$/, "").slice(-3)) ? "county-government" : "city-government";
  if (/(厅|省.*局|省.*委员会)$/.test(n) && /省|自治区/.test(n)) return "province-department";
  if (/[县区旗]/.test(n) && /(局|委员会|办公室|中心|委|办|院|所)$/.test(n)) return "county-department";
  if (/市/.test(n) && /(局|委员会|办公室|中心|委|办)$/.test(n)) return "city-department";
  return "other";
}
