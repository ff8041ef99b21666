import type { InitiativeCardDto } from "@/lib/initiatives/queries";

/** A piece of text; `match` marks the words that matched the query. */
export interface HighlightSegment {
  text: string;
  match: boolean;
}

export interface SearchHit extends InitiativeCardDto {
  /** The summary (or the part of the description that matched), with matches marked; null
   * when there is no query. */
  snippet: HighlightSegment[] | null;
}

export interface FacetValue {
  /** The URL value: ISO2 code, cause or type slug, content locale, activity status. */
  value: string;
  label: string;
  /** Published initiatives matching the query and every other active filter, with this value. */
  count: number;
  selected: boolean;
}

export type FacetName = "country" | "cause" | "type" | "lang" | "status";

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  page: number;
  pageCount: number;
  facets: Record<FacetName, FacetValue[]>;
}
