#!/usr/bin/env node
// The 批量体检 worker: started by the web server when files are queued, reads them
// one at a time (lib/batch/worker.ts) and exits when the queue is empty. Loads the
// TypeScript sources through tsx, as bin/nianbao.mjs does.
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const [{ register: registerCjs }, { register: registerEsm }] = await Promise.all([import("tsx/cjs/api"), import("tsx/esm/api")]);
const tsconfig = path.join(root, "tsconfig.json");
registerCjs({ tsconfig });
registerEsm({ tsconfig });
const mod = await import(pathToFileURL(path.join(root, "lib/batch/worker-main.ts")).href);
const run = mod.run ?? mod.default.run;
try {
  await run();
  process.exit(0);
} catch (e) {
  console.error("批量体检读取进程出错：", e);
  process.exit(1);
}
