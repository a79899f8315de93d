/** A small argument parser with Chinese messages (node:util parseArgs speaks English). */

export interface ArgSpec {
  /** Options that take a value: name → aliases ("previous" → ["-p"]). Written --name VALUE or --name=VALUE. */
  options?: Record<string, string[]>;
  /** Flags without a value: name → aliases. */
  flags?: Record<string, string[]>;
}

export type ParsedArgs =
  | { ok: true; positionals: string[]; options: Record<string, string>; flags: Set<string> }
  | { ok: false; error: string };

export function parseArgs(args: string[], spec: ArgSpec): ParsedArgs {
  const names = new Map<string, { kind: "option" | "flag"; name: string }>();
  for (const [name, aliases] of Object.entries(spec.options ?? {})) {
    for (const a of [`--${name}`, ...aliases]) names.set(a, { kind: "option", name });
  }
  for (const [name, aliases] of Object.entries(spec.flags ?? {})) {
    for (const a of [`--${name}`, ...aliases]) names.set(a, { kind: "flag", name });
  }
  const positionals: string[] = [];
  const options: Record<string, string> = {};
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!a.startsWith("-") || a === "-") {
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const key = eq > 0 ? a.slice(0, eq) : a;
    const known = names.get(key);
    if (!known) return { ok: false, error: `不认识的选项：${a}` };
    if (known.kind === "flag") {
      if (eq > 0) return { ok: false, error: `${key} 不带值。` };
      flags.add(known.name);
      continue;
    }
    const value = eq > 0 ? a.slice(eq + 1) : args[++i];
    if (value === undefined || value === "" || (eq < 0 && value.startsWith("--"))) return { ok: false, error: `${key} 后面缺少值。` };
    if (known.name in options) return { ok: false, error: `${key} 只能给一次。` };
    options[known.name] = value;
  }
  return { ok: true, positionals, options, flags };
}
