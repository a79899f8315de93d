/**
 * Imported once at server start (instrumentation.ts, Node.js runtime only): a
 * production server with no secret of its own stops here, since cookies signed
 * with the one in the source are forgeable by anyone who has read it.
 */
import { authSecret, MISSING_SECRET_MESSAGE } from "./auth-secret";

if (authSecret() === null) {
  console.error(MISSING_SECRET_MESSAGE);
  process.exit(1);
}
