export const SYNC_INTERVAL_MS: number;
export const RENDER_GRACE_MS: number;
export function invalidatedWithin(tags: string[], withinMs: number, now?: number): boolean;
export function syncTags(options?: { force?: boolean }): Promise<void>;
export function resetLocalState(): void;
export function closePool(): Promise<void>;
export default class SharedTagsCacheHandler {
  constructor(options: Record<string, unknown>);
  get(key: string, ctx: unknown): Promise<unknown>;
  set(key: string, data: unknown, ctx: unknown): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
}
