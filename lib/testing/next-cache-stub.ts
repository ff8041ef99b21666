/**
 * Tests run the data layer outside Next's server, where its cache is absent: cached functions run
 * uncached, and invalidations are recorded so tests can assert what a write invalidated.
 */
export const revalidatedTags: string[] = [];

export function unstable_cache<T extends (...args: never[]) => Promise<unknown>>(fn: T): T {
  return fn;
}

export function revalidateTag(tag: string): void {
  revalidatedTags.push(tag);
}

export function updateTag(tag: string): void {
  revalidatedTags.push(tag);
}

export function revalidatePath(): void {}
