/**
 * Overload control for the search statement. Under a burst (32 concurrent searches, or a cold
 * listing cache after a change) every request used to ask the pool for a connection at once; those
 * that waited past Prisma's 2 s failed with P2028 and answered 500 (bench/RESULTS.md). Requests
 * now wait their turn here instead, and identical ones share one run.
 */

/** Runs at most `max` tasks at once; the rest wait in arrival order. */
export function createLimiter(max: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    running--;
    waiting.shift()?.();
  };
  return async function limit<T>(task: () => Promise<T>): Promise<T> {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      release();
    }
  };
}

/** Concurrent calls with the same key share the first call's promise until it settles. */
export function createCoalescer<T>() {
  const inFlight = new Map<string, Promise<T>>();
  return function coalesce(key: string, task: () => Promise<T>): Promise<T> {
    const pending = inFlight.get(key);
    if (pending) return pending;
    const run = task().finally(() => inFlight.delete(key));
    inFlight.set(key, run);
    return run;
  };
}
