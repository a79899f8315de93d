/**
 * pdfjs-dist's legacy build (the one that runs on Node 20) bundles core-js,
 * which on loading replaces some built-ins of the whole process whose engine
 * version misses an edge case of the newest spec: Array.prototype.push (a
 * non-writable length), JSON.parse and JSON.stringify (the JSON.rawJSON
 * proposal), Function.prototype.toString. The replacements are JavaScript:
 * after the first PDF, push is about 30 times and JSON.stringify about 25 times
 * slower everywhere in the process — the importer, zod, Prisma, every server
 * answer. pdfjs calls none of those edge cases, so the engine's own versions
 * are put back. What core-js only adds (Promise.withResolvers,
 * Uint8Array.prototype.toBase64, …) pdfjs needs, and stays.
 */

/** The standard objects whose properties core-js may replace. */
function holders(): object[] {
  const out: object[] = [globalThis, JSON, Math, Reflect];
  for (const name of Object.getOwnPropertyNames(globalThis)) {
    if (!/^[A-Z]/.test(name)) continue;
    const value = Object.getOwnPropertyDescriptor(globalThis, name)?.value;
    if (typeof value !== "function") continue;
    out.push(value);
    // Function.prototype is itself a function.
    if (value.prototype && (typeof value.prototype === "object" || typeof value.prototype === "function")) out.push(value.prototype);
  }
  // %TypedArray% is reached only through a concrete typed array.
  const typedArray = Object.getPrototypeOf(Uint8Array);
  out.push(typedArray, typedArray.prototype);
  return out;
}

type Snapshot = { holder: object; key: PropertyKey; descriptor: PropertyDescriptor }[];

function snapshot(): Snapshot {
  const out: Snapshot = [];
  for (const holder of holders()) {
    for (const key of Reflect.ownKeys(holder)) {
      const descriptor = Object.getOwnPropertyDescriptor(holder, key);
      // Only functions: plain values (NaN, lazily created globals) are no polyfills.
      if (descriptor && typeof descriptor.value === "function") out.push({ holder, key, descriptor });
    }
  }
  return out;
}

/** Runs `load` and puts back every built-in function it replaced; what it added stays. */
export async function keepingBuiltins<T>(load: () => Promise<T>): Promise<T> {
  const before = snapshot();
  try {
    return await load();
  } finally {
    for (const { holder, key, descriptor } of before) {
      const now = Object.getOwnPropertyDescriptor(holder, key);
      if (now && now.value !== descriptor.value && now.configurable) Object.defineProperty(holder, key, descriptor);
    }
  }
}
