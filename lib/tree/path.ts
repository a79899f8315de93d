/**
 * The organisation tree as materialized paths: a unit's path is its ancestors' ids and its
 * own, "/<root>/<…>/<id>/". A supervisor sees a unit when the unit's path starts with the
 * supervisor's unit's path, so visibility is one indexed prefix match, at any depth.
 */

/** The path of a unit with this id under a parent of `parentPath` (null: a root). */
export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? "/"}${id}/`;
}

/** Whether `path` is the unit of `ancestorPath` or below it. */
export function isWithin(path: string, ancestorPath: string): boolean {
  return ancestorPath !== "" && path.startsWith(ancestorPath);
}

/** Depth below the root (a root is 0). */
export function depthOf(path: string): number {
  return Math.max(0, path.split("/").filter(Boolean).length - 1);
}

/** The ids of a path, top first; from `fromId` down when it is one of them (a supervisor's unit and below). */
export function pathIds(path: string, fromId?: string): string[] {
  const ids = path.split("/").filter(Boolean);
  const at = fromId ? ids.indexOf(fromId) : -1;
  return at > 0 ? ids.slice(at) : ids;
}

/** A unit id as an address carries it (?unit=, ?area=, ?level=), or "" for anything else. */
export function unitIdParam(value: string | null | undefined): string {
  return value && /^[\w-]{1,64}$/.test(value) ? value : "";
}
