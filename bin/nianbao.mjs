#!/usr/bin/env node
// `nianbao` (npx nianbao … inside the repository): loads the TypeScript CLI in
// lib/cli through tsx and exits with its code. See lib/cli/io.ts for the contract.
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const line = (stream) => (text) => void stream.write(`${text}\n`);

let code = 2;
try {
  // Both hooks, as the tsx CLI installs them: the package is CommonJS, so lib/**/*.ts
  // load through require(), and the commands' lazy import() goes through the ESM hook.
  const [{ register: registerCjs }, { register: registerEsm }] = await Promise.all([import("tsx/cjs/api"), import("tsx/esm/api")]);
  const tsconfig = path.join(root, "tsconfig.json");
  registerCjs({ tsconfig });
  registerEsm({ tsconfig });
  const cli = await import(pathToFileURL(path.join(root, "lib/cli/main.ts")).href);
  const main = cli.main ?? cli.default.main;
  code = await main(process.argv.slice(2), { cwd: process.cwd(), stdout: line(process.stdout), stderr: line(process.stderr) });
} catch (e) {
  process.stderr.write(`nianbao 无法启动：${e instanceof Error ? e.message : String(e)}（请先在项目目录中运行 npm install）\n`);
}
process.exitCode = code;
