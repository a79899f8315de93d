/**
 * A bound on concurrent password hashes. scrypt is deliberately expensive; sixty
 * sign-ins at once (with any names — unknown ones are hashed too, against timing
 * probes) would take every core from the clerks who are saving. Each sign-in, from
 * its throttle check to its hash, runs in this queue (auth.ts `signInQueued`): at
 * most RUNNING at a time, at most WAITING waiting their turn, and any further one
 * is refused at once with `HashQueueFull` (answered 429) before it touches the
 * database or the CPU.
 */
export const RUNNING = 1;
export const WAITING = 8;

export class HashQueueFull extends Error {
  constructor() {
    super("hash queue full");
  }
}

export function createHashQueue(running = RUNNING, waiting = WAITING) {
  let active = 0;
  const queue: (() => void)[] = [];
  return async function limited<T>(work: () => Promise<T>): Promise<T> {
    if (active < running) active++;
    else if (queue.length >= waiting) throw new HashQueueFull();
    // The finishing hash hands its slot straight to the first in line, so none can jump the queue.
    else await new Promise<void>((resolve) => queue.push(resolve));
    try {
      return await work();
    } finally {
      const first = queue.shift();
      if (first) first();
      else active--;
    }
  };
}
