/**
 * A bound on concurrent password hashes. scrypt is deliberately expensive; sixty
 * sign-ins at once (with any names — unknown ones are hashed too, against timing
 * probes) would take every core from the clerks who are saving. At most RUNNING
 * hashes run, at most WAITING wait their turn, and any further one is refused at
 * once with `HashQueueFull` (answered 429 by auth.ts).
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
