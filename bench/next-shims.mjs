// Module resolution hooks for running the app's data layer outside Next (bench/search.ts):
// `server-only` and `next/cache` resolve to the stubs the unit tests use (vitest.config.mts),
// so lib/search/queries.ts runs unchanged, with its caches passed through.
const STUBS = {
  "server-only": new URL("../lib/testing/server-only-stub.ts", import.meta.url).href,
  "next/cache": new URL("../lib/testing/next-cache-stub.ts", import.meta.url).href,
};

export async function resolve(specifier, context, nextResolve) {
  // The stub goes on through the next resolvers (tsx's), which make its TypeScript loadable.
  return nextResolve(STUBS[specifier] ?? specifier, context);
}
