/**
 * Import time of the largest .docx and HTML we have (年报通's own .docx of the
 * fixtures, LibreOffice's re-saved .docx and HTML of them), and `nianbao check --summary`
 * over 100 files. Targets: ≤ 50 ms per report; ≤ 30 s for 100 files.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../lib/cli/main";
import { renderDocx } from "../lib/docx";
import { importReport } from "../lib/import";
import { parseReport } from "../lib/report/schema";
import { summary } from "./support/quantiles";

const root = path.resolve(__dirname, "..");
const median = (xs: number[]) => summary(xs).median;

async function time(label: string, bytes: Uint8Array, target: number) {
  for (let i = 0; i < 3; i++) await importReport(bytes, label);
  const runs: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    await importReport(bytes, label);
    runs.push(performance.now() - t);
  }
  console.log(`${label}: median ${median(runs).toFixed(1)} ms, best ${Math.min(...runs).toFixed(1)} ms (target ≤ ${target} ms), ${(bytes.length / 1024).toFixed(0)} KB`);
}

(async () => {
  // The machine is shared: the load average says how much of it this run had.
  console.log(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")} on ${os.cpus().length} CPUs`);
  const fixtures = fs.readdirSync(path.join(root, "tests/fixtures")).filter((f) => f.endsWith(".json"));
  const docs = await Promise.all(
    fixtures.map(async (f) => {
      const r = parseReport(JSON.parse(fs.readFileSync(path.join(root, "tests/fixtures", f), "utf8")));
      if (!r.ok) throw new Error(f);
      return renderDocx(r.report);
    }),
  );
  const importDir = path.join(root, "tests/fixtures/import");
  const otherDocx = fs.readdirSync(importDir).filter((f) => f.endsWith(".docx")).map((f) => fs.readFileSync(path.join(importDir, f)));
  const largestDocx = [...docs, ...otherDocx].reduce((a, b) => (b.length > a.length ? b : a));
  await time("import .docx (largest)", largestDocx, 50);
  const htmlDir = path.join(root, "tests/fixtures/import");
  const htmls = fs.readdirSync(htmlDir).filter((f) => f.endsWith(".html")).map((f) => fs.readFileSync(path.join(htmlDir, f)));
  await time("import HTML (largest)", htmls.reduce((a, b) => (b.length > a.length ? b : a)), 50);

  // The PDF reader lands in lib/import/pdf; until then the PDF line says so.
  const pdfs = [
    ...fs.readdirSync(htmlDir).filter((f) => f.endsWith(".pdf")).map((f) => path.join(htmlDir, f)),
    ...[path.resolve(root, "../shared/samples/published"), path.resolve(root, "../../shared/samples/published")]
      .filter((d) => fs.existsSync(d))
      .slice(0, 1)
      .flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith(".pdf")).map((f) => path.join(d, f))),
  ].map((f) => fs.readFileSync(f));
  if (pdfs.length) {
    const largest = pdfs.reduce((a, b) => (b.length > a.length ? b : a));
    try {
      await importReport(largest, "x.pdf");
      await time("import PDF (largest)", largest, 300);
    } catch (e) {
      console.log(`import PDF: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-bench-"));
  const files: string[] = [];
  for (let i = 0; i < 100; i++) {
    const name = i % 2 ? `r${i}.docx` : `r${i}.html`;
    fs.writeFileSync(path.join(dir, name), i % 2 ? docs[i % docs.length] : htmls[i % htmls.length]);
    files.push(name);
  }
  const t = performance.now();
  let lines = 0;
  await main(["check", "--summary", ...files], { cwd: dir, stdout: () => lines++, stderr: () => undefined });
  console.log(`nianbao check --summary over ${files.length} files: ${((performance.now() - t) / 1000).toFixed(2)} s (target ≤ 30 s), ${lines} lines`);
  fs.rmSync(dir, { recursive: true, force: true });
})();
