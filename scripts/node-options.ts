/**
 * NODE_OPTIONS for the app server: a V8 heap limit, so that under load the heap is collected
 * rather than grown to a share of the machine's memory (bench/RESULTS.md). It goes through
 * NODE_OPTIONS because tsx runs the server script in a child process of its own. A limit the
 * operator set in NODE_OPTIONS wins; `heapMb` 0 keeps V8's default.
 */
export function serverNodeOptions(nodeOptions: string | undefined, heapMb: number): string {
  const current = nodeOptions?.trim() ?? "";
  if (heapMb === 0 || /--max-old-space-size[= ]/.test(current)) return current;
  return `${current} --max-old-space-size=${heapMb}`.trim();
}
