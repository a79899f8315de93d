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
