import type { ContentLocale, LocalizedText } from "../../lib/i18n/locales";
import type { CauseSlug, CountryCode, OrgTypeSlug } from "./taxonomy";

export type SeedTranslationStatus = "MACHINE" | "DRAFT" | "REVIEWED";

export interface SeedTranslation {
  name: string;
  /** One or two sentences, plain text. */
  summary: string;
  /** Markdown. */
  description: string;
  region?: string;
  city?: string;
  status: SeedTranslationStatus;
}

export type SeedLinkType =
  | "WEBSITE"
  | "INSTAGRAM"
  | "TELEGRAM"
  | "YOUTUBE"
  | "FACEBOOK"
  | "WHATSAPP"
  | "TIKTOK"
  | "LINKEDIN"
  | "X"
  | "VK"
  | "APP_STORE"
  | "GOOGLE_PLAY"
  | "EMAIL"
  | "OTHER";

export interface SeedSource {
  title: string;
  publisher: string;
  /** The article's address; null only when the article gives none and none could be found. */
  url: string | null;
  /** ISO date (YYYY-MM-DD) of publication, when the article gives it. */
  publishedAt?: string;
  locale: ContentLocale;
}

export interface InitiativeSeed {
  slug: string;
  translations: Partial<Record<ContentLocale, SeedTranslation>>;
  /** Other names and spellings, in any script. */
  aliases: string[];
  countries: CountryCode[];
  /** All causes, the primary one included. */
  causes: CauseSlug[];
  primaryCause: CauseSlug;
  type: OrgTypeSlug;
  foundedYear?: number;
  activityStatus: "ACTIVE" | "PAUSED" | "CLOSED";
  /** Hides location and personal data (e.g. services for survivors of violence). */
  sensitive: boolean;
  /** As the article names them: a URL, a handle ("@name") or an email address. */
  links: { type: SeedLinkType; value: string; label?: string }[];
  people: { name: string; role: LocalizedText; isPublic: boolean }[];
  fundings: {
    funder: { slug: string; name: LocalizedText; url?: string };
    programme?: LocalizedText;
    startYear?: number;
    endYear?: number;
  }[];
  impacts: {
    label: LocalizedText;
    value: number;
    unit?: LocalizedText;
    year?: number;
    /** Index into `sources` of the article that gives the figure. */
    source: number;
  }[];
  sources: SeedSource[];
}
