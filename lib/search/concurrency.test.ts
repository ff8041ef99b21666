import { describe, expect, it } from "vitest";
import { createCoalescer, createLimiter } from "./concurrency";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe("createLimiter", () => {
  it("never runs more than its limit at once, and runs every task in order", async () => {
    const limit = createLimiter(2);
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    const task = (n: number) => async () => {
      running++;
      peak = Math.max(peak, running);
      await tick();
      order.push(n);
      running--;
      return n;
    };
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => limit(task(n))));
    expect(results).toEqual([1, 2, 3, 4, 5]);
    expect(peak).toBe(2);
    expect(order).toEqual([1, 2, 3, 4, 5]);
  });

  it("frees its slot when a task fails", async () => {
    const limit = createLimiter(1);
    await expect(limit(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(limit(() => Promise.resolve("next"))).resolves.toBe("next");
  });
});

describe("createCoalescer", () => {
  it("shares one run between concurrent calls with the same key, and forgets it after", async () => {
    const coalesce = createCoalescer<number>();
    let runs = 0;
    const task = async () => {
      runs++;
      await tick();
      return runs;
    };
    const [a, b, c] = await Promise.all([
      coalesce("x", task),
      coalesce("x", task),
      coalesce("y", task),
    ]);
    expect(a).toBe(b);
    expect(runs).toBe(2);
    expect(c).not.toBe(undefined);
    await coalesce("x", task);
    expect(runs).toBe(3);
  });

  it("lets a failure reach every caller and retries afterwards", async () => {
    const coalesce = createCoalescer<string>();
    const failing = () => Promise.reject(new Error("down"));
    await expect(Promise.all([coalesce("k", failing), coalesce("k", failing)])).rejects.toThrow(
      "down",
    );
    await expect(coalesce("k", () => Promise.resolve("up"))).resolves.toBe("up");
  });
});
