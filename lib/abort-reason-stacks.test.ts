import v8 from "node:v8";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { releaseAbortReasonStacks } from "@/lib/abort-reason-stacks";

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

/**
 * Aborts a controller from a method of an object holding a large payload, as a render does, and
 * keeps only the signal.
 */
function render(): { signal: AbortSignal; holder: WeakRef<object> } {
  const holder = {
    payload: new Array(10_000).fill("render"),
    finish() {
      const controller = new AbortController();
      controller.abort(new Error("This render completed successfully."));
      return controller.signal;
    },
  };
  return { signal: holder.finish(), holder: new WeakRef(holder) };
}

/** Is the render's object still reachable once collected, while its signal is kept? */
async function retainedThroughAbortReason(): Promise<boolean> {
  const { signal, holder } = render();
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    gc();
  }
  expect(signal.aborted).toBe(true);
  return holder.deref() !== undefined;
}

describe("releaseAbortReasonStacks", () => {
  it("lets an aborted render's objects be collected while its signal lives on", async () => {
    // Without it, the reason's unread stack keeps the method's receiver alive.
    expect(await retainedThroughAbortReason()).toBe(true);
    releaseAbortReasonStacks();
    expect(await retainedThroughAbortReason()).toBe(false);
  });

  it("keeps the reasons callers see", () => {
    releaseAbortReasonStacks();
    releaseAbortReasonStacks(); // installing twice changes nothing

    const given = new Error("stop");
    const withReason = new AbortController();
    withReason.abort(given);
    expect(withReason.signal.reason).toBe(given);
    expect(given.stack).toMatch(/^Error: stop\n\s+at /);

    const plain = new AbortController();
    plain.abort();
    expect(plain.signal.reason).toBeInstanceOf(DOMException);
    expect((plain.signal.reason as DOMException).name).toBe("AbortError");

    const text = new AbortController();
    text.abort("done");
    expect(text.signal.reason).toBe("done");

    const onAbort: unknown[] = [];
    const listened = new AbortController();
    listened.signal.addEventListener("abort", () => onAbort.push(listened.signal.reason));
    listened.abort(given);
    listened.abort(new Error("second"));
    expect(onAbort).toEqual([given]);
    expect(listened.signal.reason).toBe(given);
  });
});
