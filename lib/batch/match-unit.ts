/**
 * The unit a published report belongs to, by the organ name it was published
 * under: the same name, or the only unit whose name and the organ's agree once
 * the county's prefix is left aside (示例区东湖镇人民政府 / 东湖镇人民政府). Never a
 * guess between two units: then it stays 未匹配 and the supervisor picks.
 */
export interface UnitName {
  id: string;
  name: string;
}

const compact = (s: string) => s.replace(/[\s　（）()·]/g, "");

export function matchUnit(organName: string, units: readonly UnitName[]): string | undefined {
  const organ = compact(organName);
  if (!organ) return undefined;
  const exact = units.filter((u) => compact(u.name) === organ);
  if (exact.length === 1) return exact[0].id;
  const partial = units.filter((u) => {
    const name = compact(u.name);
    return name.length >= 4 && organ.length >= 4 && (name.endsWith(organ) || organ.endsWith(name));
  });
  return partial.length === 1 ? partial[0].id : undefined;
}
