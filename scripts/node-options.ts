/**
 * NODE_OPTIONS for the app server: a V8 heap limit, so that under load the heap is collected
 * rather than grown to a share of the machine's memory, and a young generation of at most 8 MB
 * a semi-space (V8 grows it to 16 MB under a high allocation rate: about 40 MB more resident
 * memory for no measurable gain in throughput; bench/RESULTS.md). They go through NODE_OPTIONS
 * because tsx runs the server script in a child process of its own. A value the operator set in
 * NODE_OPTIONS wins; `heapMb` 0 keeps V8's default heap limit.
 */
export const SEMI_SPACE_MB = 8;

export function serverNodeOptions(nodeOptions: string | undefined, heapMb: number): string {
  const current = nodeOptions?.trim() ?? "";
  const options = [current];
  if (heapMb !== 0 && !/--max-old-space-size[= ]/.test(current)) {
    options.push(`--max-old-space-size=${heapMb}`);
  }
  if (!/--max-semi-space-size[= ]/.test(current)) {
    options.push(`--max-semi-space-size=${SEMI_SPACE_MB}`);
  }
  return options.join(" ").trim();
}
