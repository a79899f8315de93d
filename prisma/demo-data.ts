/** The demo district. Fixed ids so tests and the README can name them. */
export const DEMO_ORGANIZATIONS = [
  { id: "org-district", name: "示例区政务公开办", kind: "county-government" },
  { id: "org-donghu", name: "示例区东湖镇人民政府", kind: "township" },
  { id: "org-xishan", name: "示例区西山镇人民政府", kind: "township" },
  { id: "org-nanhe", name: "示例区南河镇人民政府", kind: "township" },
  { id: "org-education", name: "示例区教育局", kind: "county-department" },
  { id: "org-health", name: "示例区卫生健康局", kind: "county-department" },
  // Has demo reports (prisma/demo-reports.ts): 2021 published, 2022 awaiting review.
  { id: "org-natural-resources", name: "示例区自然资源局", kind: "county-department" },
] as const;

/** A second, unrelated county: its people must never see 示例区's reports, nor the other way round. */
export const OTHER_DISTRICT_ORGANIZATIONS = [
  { id: "org-other-district", name: "邻县政务公开办", kind: "county-government", parentId: null },
  { id: "org-qiaotou", name: "邻县桥头镇人民政府", kind: "township", parentId: "org-other-district" },
] as const;

/**
 * Demo accounts: one clerk per unit, one supervisor per district, one admin.
 * Passwords are for the demo only (README "演示账号"); the admin changes them in /admin.
 */
export const DEMO_USERS = [
  { id: "user-admin", username: "admin", password: "admin123", name: "系统管理员", role: "admin", organizationId: null },
  { id: "user-supervisor", username: "shenhe", password: "shenhe123", name: "区政务公开办审核人", role: "supervisor", organizationId: "org-district" },
  { id: "user-donghu", username: "donghu", password: "donghu123", name: "东湖镇填报人", role: "clerk", organizationId: "org-donghu" },
  { id: "user-xishan", username: "xishan", password: "xishan123", name: "西山镇填报人", role: "clerk", organizationId: "org-xishan" },
  { id: "user-nanhe", username: "nanhe", password: "nanhe123", name: "南河镇填报人", role: "clerk", organizationId: "org-nanhe" },
  { id: "user-education", username: "jiaoyu", password: "jiaoyu123", name: "教育局填报人", role: "clerk", organizationId: "org-education" },
  { id: "user-health", username: "weijian", password: "weijian123", name: "卫生健康局填报人", role: "clerk", organizationId: "org-health" },
  { id: "user-natural-resources", username: "ziyuan", password: "ziyuan123", name: "自然资源局填报人", role: "clerk", organizationId: "org-natural-resources" },
  { id: "user-supervisor2", username: "linxian", password: "linxian123", name: "邻县政务公开办审核人", role: "supervisor", organizationId: "org-other-district" },
  { id: "user-qiaotou", username: "qiaotou", password: "qiaotou123", name: "桥头镇填报人", role: "clerk", organizationId: "org-qiaotou" },
] as const;

/** Password of a demo account (tests log in with these). */
export function demoPassword(username: string): string {
  const u = DEMO_USERS.find((x) => x.username === username);
  if (!u) throw new Error(`没有演示账号 ${username}`);
  return u.password;
}
