/**
 * Where the admin page is: which level of the unit tree (or which unit search) and page, and which
 * accounts search and page — read from the address, so that links, the forms' refresh and the back
 * button keep both lists where they were. Bad values fall back to the default.
 */
import { unitIdParam } from "../tree/path";

export interface AdminAddress {
  /** The unit whose children are listed ("" for the top level). */
  unit: string;
  /** A search in the unit names ("" for none: browse the tree). */
  q: string;
  page: number;
  /** A search in the accounts' usernames, names and units. */
  uq: string;
  upage: number;
}

type Params = Partial<Record<keyof AdminAddress, string>>;

const pageOf = (v: string | undefined) => {
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
};
const text = (v: string | undefined) => (v ?? "").trim().slice(0, 50);

export function parseAdminAddress(sp: Params): AdminAddress {
  return { unit: unitIdParam(sp.unit), q: text(sp.q), page: pageOf(sp.page), uq: text(sp.uq), upage: pageOf(sp.upage) };
}

/** The address after a change: a new place in one list starts it on its first page and leaves the other list as it is. */
export function adminHref(at: AdminAddress, change: Partial<AdminAddress>): string {
  const next: AdminAddress = { ...at, ...("unit" in change || "q" in change ? { page: 1 } : {}), ...("uq" in change ? { upage: 1 } : {}), ...change };
  const parts = (Object.keys(next) as (keyof AdminAddress)[]).flatMap((k) => {
    const v = next[k];
    return v && !(typeof v === "number" && v === 1) ? [`${k}=${encodeURIComponent(String(v))}`] : [];
  });
  return parts.length ? `/admin?${parts.join("&")}` : "/admin";
}
