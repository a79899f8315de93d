/** The demo district. Fixed ids so tests and the README can name them. */
export const DEMO_ORGANIZATIONS = [
  { id: "org-district", name: "示例区政务公开办", kind: "county-government" },
  { id: "org-donghu", name: "示例区东湖镇人民政府", kind: "township" },
  { id: "org-xishan", name: "示例区西山镇人民政府", kind: "township" },
  { id: "org-nanhe", name: "示例区南河镇人民政府", kind: "township" },
  { id: "org-education", name: "示例区教育局", kind: "county-department" },
  { id: "org-health", name: "示例区卫生健康局", kind: "county-department" },
] as const;

/** Demo accounts: one clerk per unit, one supervisor for the district, one admin. */
export const DEMO_USERS = [
  { id: "user-admin", username: "admin", name: "系统管理员", role: "admin", organizationId: null },
  { id: "user-supervisor", username: "shenhe", name: "区政务公开办审核人", role: "supervisor", organizationId: "org-district" },
  { id: "user-donghu", username: "donghu", name: "东湖镇填报人", role: "clerk", organizationId: "org-donghu" },
  { id: "user-xishan", username: "xishan", name: "西山镇填报人", role: "clerk", organizationId: "org-xishan" },
  { id: "user-nanhe", username: "nanhe", name: "南河镇填报人", role: "clerk", organizationId: "org-nanhe" },
  { id: "user-education", username: "jiaoyu", name: "教育局填报人", role: "clerk", organizationId: "org-education" },
  { id: "user-health", username: "weijian", name: "卫生健康局填报人", role: "clerk", organizationId: "org-health" },
] as const;
