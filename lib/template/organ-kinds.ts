/** REPORT-JSON `organ.kind`, with the names users see. */
export const ORGAN_KINDS = {
  township: "乡镇人民政府",
  street: "街道办事处",
  "county-government": "县（区）人民政府",
  "county-department": "县（区）政府部门",
  "city-government": "设区的市人民政府",
  "city-department": "设区的市政府部门",
  "province-government": "省级人民政府",
  "province-department": "省级政府部门",
  other: "其他",
} as const;

export type OrganKind = keyof typeof ORGAN_KINDS;

export const ORGAN_KIND_IDS = Object.keys(ORGAN_KINDS) as OrganKind[];

/** 《立法法》第九十三条: only 省级 and 设区的市级 governments make 规章 (W4). */
export const MAY_MAKE_REGULATIONS: ReadonlySet<OrganKind> = new Set(["province-government", "city-government"]);

/** 人民政府 must report 工作考核、社会评议和责任追究结果 (《条例》第五十条第四项). */
export const IS_PEOPLES_GOVERNMENT: ReadonlySet<OrganKind> = new Set([
  "township",
  "county-government",
  "city-government",
  "province-government",
]);
