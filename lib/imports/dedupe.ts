import { normalizeLink } from "@/lib/initiatives/links";
import { searchKey } from "@/lib/text/fold";

const MAX_KEY = 1000;

/** The article's address as stored: https or http, no tracking parameters, no fragment. */
export function normalizeArticleUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const normalized = normalizeLink("WEBSITE", url);
  return normalized.ok ? normalized.url : null;
}

/** A comparison key for article addresses: no scheme, no "www.", no trailing slash. */
export function articleKey(url: string | null | undefined): string | null {
  const normalized = normalizeArticleUrl(url);
  if (!normalized) return null;
  const parsed = new URL(normalized);
  const path = parsed.pathname.replace(/\/+$/, "");
  return `${parsed.hostname.replace(/^www\./, "")}${path}${parsed.search}`.toLowerCase();
}

/**
 * What makes two feed items the same story: the GUID (stable even when the slug changes), else
 * the normalised address, else (neither given) the publisher and title.
 */
export function dedupeKey(item: {
  guid: string | null;
  url: string | null;
  title: string;
  publisher?: string | null;
}): string | null {
  const guid = item.guid?.trim();
  if (guid) return guid.slice(0, MAX_KEY);
  const url = normalizeArticleUrl(item.url);
  if (url) return url.slice(0, MAX_KEY);
  const title = searchKey(`${item.publisher ?? ""} ${item.title}`);
  return title ? `title:${title}`.slice(0, MAX_KEY) : null;
}
