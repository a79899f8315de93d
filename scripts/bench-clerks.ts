/**
 * The clerk accounts `npm run bench:data` makes for the autosave bench: usernames the username
 * plugin accepts (letters, digits, underscore), one known password. Only in bench databases —
 * bench:data refuses data/nianbao.db without --force.
 */
export const BENCH_CLERK_PASSWORD = "bench-clerk-password";

export const benchClerkUsername = (j: number) => `bench_clerk_${String(j).padStart(3, "0")}`;
