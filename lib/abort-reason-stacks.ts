/**
 * Every server render aborts a few AbortControllers once it is done (React's cacheSignal, Next's
 * render controllers), with an Error as the reason. V8 keeps an Error's stack as structured frames
 * until something reads `.stack`, and those frames keep each function's receiver alive: among them
 * the Immediate the abort ran in, which carries the render's AsyncLocalStorage store (request,
 * response, rendered payload) and stays linked to the Immediates of other renders. Nothing ever
 * reads these stacks, so every render stayed in memory until the heap limit (measured: all 1,404
 * requests of a 16 s search run still reachable; upstream: vercel/next.js#97434,
 * react/react#37288).
 *
 * Reading `.stack` when the controller is aborted turns the frames into a string, which holds
 * nothing. The reason is the same object as before (the default one is built as Node builds it),
 * so whoever reads it sees no difference.
 */
const INSTALLED = Symbol.for("civic-atlas.abort-reason-stacks");

export function releaseAbortReasonStacks(): void {
  const proto = AbortController.prototype as AbortController & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  const abort = proto.abort;
  proto.abort = function (this: AbortController, reason?: unknown) {
    const settled =
      reason === undefined ? new DOMException("This operation was aborted", "AbortError") : reason;
    try {
      if (settled instanceof Error) void settled.stack;
    } catch {
      // A reason whose `stack` getter throws is aborted with all the same.
    }
    abort.call(this, settled);
  };
  proto[INSTALLED] = true;
}
