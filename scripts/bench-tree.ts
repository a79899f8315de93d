/**
 * The synthetic units of `npm run bench:data`: a province-like tree under one supervising unit —
 * cities (with their departments) → counties (with their departments) → townships and streets —
 * named and shaped like the real thing, so the dashboard's 各辖区, paging and search see what a
 * province's supervisor would. Deterministic: the same `n` always gives the same tree.
 */
import type { OrganKind } from "../lib/template";
import { childPath } from "../lib/tree/path";

export const BENCH_PREFIX = "bench-";

const FIRST = "青白东西南北金石云松桃柳清溪龙凤安平永宁长新和兴泰华明远临江山河".split("");
const SECOND = "山水岭川湖林原阳城州桥口坪关塘湾田溪河堡庄沟峰岗坝集".split("");
const place = (i: number) => `${FIRST[i % FIRST.length]}${SECOND[Math.floor(i / FIRST.length) % SECOND.length]}${i >= FIRST.length * SECOND.length ? Math.floor(i / (FIRST.length * SECOND.length)) + 1 : ""}`;
const DEPARTMENTS = [
  "发展和改革局", "教育局", "科学技术局", "工业和信息化局", "公安局", "民政局", "司法局", "财政局", "人力资源和社会保障局", "自然资源局",
  "生态环境局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局", "商务局", "文化和旅游局", "卫生健康委员会", "退役军人事务局", "应急管理局",
  "审计局", "市场监督管理局", "统计局", "医疗保障局", "林业局", "城市管理局", "信访局", "国有资产监督管理委员会", "行政审批局", "体育局",
  "档案局", "人民防空办公室", "乡村振兴局", "粮食和物资储备局", "地方金融监督管理局", "数据资源管理局", "机关事务管理局", "税务局", "气象局", "消防救援大队",
];

export interface Unit {
  id: string;
  name: string;
  kind: OrganKind;
  parentId: string;
  path: string;
}

/**
 * The tree: about 1,000 units per city (the city's own office and departments, then counties of
 * about 100: the county, its departments, its townships and streets), `n` units in all.
 */
export function buildTree(n: number, rootId: string, rootPath: string): Unit[] {
  const units: Unit[] = [];
  const cities = Math.max(1, Math.round(n / 1000));
  let county = 0;
  let town = 0;
  const add = (u: Omit<Unit, "path">, parentPath: string) => {
    const unit = { ...u, path: childPath(parentPath, u.id) };
    units.push(unit);
    return unit;
  };
  for (let c = 0; c < cities; c++) {
    let budget = Math.floor(n / cities) + (c < n % cities ? 1 : 0);
    if (budget <= 0) continue;
    const cityName = `${place(c * 7 + 3)}市`;
    const city = add({ id: `${BENCH_PREFIX}c${c}`, name: `${cityName}人民政府`, kind: "city-government", parentId: rootId }, rootPath);
    budget--;
    for (let d = 0; d < Math.min(DEPARTMENTS.length, budget); d++) {
      add({ id: `${BENCH_PREFIX}c${c}-d${d}`, name: `${cityName}${DEPARTMENTS[d]}`, kind: "city-department", parentId: city.id }, city.path);
    }
    budget -= Math.min(DEPARTMENTS.length, budget);
    while (budget > 0) {
      const k = county++;
      const countyName = `${place(k + 11)}县`;
      const cu = add({ id: `${BENCH_PREFIX}k${k}`, name: `${countyName}人民政府`, kind: "county-government", parentId: city.id }, city.path);
      budget--;
      const size = Math.min(budget, 99);
      for (let j = 0; j < size; j++) {
        if (j < 45) {
          const d = j % DEPARTMENTS.length;
          const name = `${countyName}${DEPARTMENTS[d]}${j >= DEPARTMENTS.length ? "分局" : ""}`;
          add({ id: `${BENCH_PREFIX}k${k}-d${j}`, name, kind: "county-department", parentId: cu.id }, cu.path);
        } else {
          const t = town++;
          const street = t % 4 === 0;
          const name = `${countyName}${place(t + 101)}${street ? "街道办事处" : "镇人民政府"}`;
          add({ id: `${BENCH_PREFIX}k${k}-t${j}`, name, kind: street ? "street" : "township", parentId: cu.id }, cu.path);
        }
      }
      budget -= size;
    }
  }
  return units;
}

/** Units that have no units under them (townships, streets, departments): where clerks work. */
const LEAF_KINDS: ReadonlySet<OrganKind> = new Set(["township", "street", "county-department", "city-department"]);

/**
 * The indexes (into `units`) of `n` units that get a bench clerk account each, spread evenly over
 * the leaves of the tree, so the clerks' saves touch every city and county, not one corner of it.
 */
export function clerkUnitIndexes(units: readonly Unit[], n: number): number[] {
  const leaves = units.flatMap((u, i) => (LEAF_KINDS.has(u.kind) ? [i] : []));
  const count = Math.min(n, leaves.length);
  return Array.from({ length: count }, (_, j) => leaves[Math.floor((j * leaves.length) / count)]);
}
