import type { Role } from "./acting-user";

/** Where each role starts: clerks write reports, supervisors review them, the admin manages accounts. */
export function homeFor(role: Role): string {
  return role === "supervisor" ? "/review" : role === "admin" ? "/admin" : "/reports";
}
