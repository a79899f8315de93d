/**
 * CPU time used so far by a process group (the server the bench started: npx, next start and what
 * it runs) or by every process of a name (postgres), from /proc — Linux only; null elsewhere.
 * Tells "the server is busy computing" from "the server is waiting" when the round trip is slow.
 */
import fs from "node:fs";
import os from "node:os";

const TICKS_PER_SECOND = 100;

function processes(): { comm: string; pgrp: number; seconds: number }[] | null {
  if (os.platform() !== "linux") return null;
  const out: { comm: string; pgrp: number; seconds: number }[] = [];
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      continue; // gone meanwhile
    }
    // "pid (comm) state ppid pgrp …": comm may hold spaces and parentheses, so split after the last ")".
    const close = stat.lastIndexOf(")");
    const comm = stat.slice(stat.indexOf("(") + 1, close);
    const f = stat.slice(close + 2).split(" ");
    out.push({ comm, pgrp: Number(f[2]), seconds: (Number(f[11]) + Number(f[12])) / TICKS_PER_SECOND });
  }
  return out;
}

export function groupCpuSeconds(pgid: number): number | null {
  const ps = processes();
  return ps && ps.filter((p) => p.pgrp === pgid).reduce((s, p) => s + p.seconds, 0);
}

export function namedCpuSeconds(comm: string): number | null {
  const ps = processes();
  return ps && ps.filter((p) => p.comm === comm).reduce((s, p) => s + p.seconds, 0);
}

/** CPU seconds the whole machine has been busy (all cores, from /proc/stat), or null off Linux. */
export function machineBusySeconds(): number | null {
  if (os.platform() !== "linux") return null;
  const cpu = fs.readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal …: everything but idle and iowait is work.
  const busy = cpu.reduce((a, b) => a + b, 0) - cpu[3] - cpu[4];
  return busy / TICKS_PER_SECOND;
}
