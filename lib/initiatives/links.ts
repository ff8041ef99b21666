/**
 * Typed links are stored normalised: an https URL (or mailto:) plus, for messengers and social
 * networks, the bare handle. Staff and partners may paste a handle, "@handle", a bare domain or a
 * full URL with tracking parameters; all become the same stored value, which also makes duplicate
 * detection by handle possible.
 */
export const LINK_TYPES = [
  "WEBSITE",
  "INSTAGRAM",
  "TELEGRAM",
  "YOUTUBE",
  "FACEBOOK",
  "WHATSAPP",
  "TIKTOK",
  "LINKEDIN",
  "X",
  "VK",
  "APP_STORE",
  "GOOGLE_PLAY",
  "EMAIL",
  "OTHER",
] as const;
export type LinkTypeName = (typeof LINK_TYPES)[number];

export type NormalizedLink = { url: string; handle: string | null };
/** Why a link was refused, for callers that word it themselves (the staff editor). */
export type LinkErrorCode = "empty" | "tooLong" | "email" | "url" | "host" | "handle" | "whatsapp";
export type LinkError = {
  ok: false;
  /** In English (the public form and imports show it as is). */
  error: string;
  code: LinkErrorCode;
  params?: Record<string, string | number>;
};
export type LinkResult = ({ ok: true } & NormalizedLink) | LinkError;

const MAX_LENGTH = 2048;

interface HandleNetwork {
  hosts: string[];
  pattern: RegExp;
  /** Builds the canonical URL from a handle. */
  url: (handle: string) => string;
  /** Path segments that are not handles (e.g. instagram.com/p/...). */
  reserved?: string[];
  caseSensitive?: boolean;
  example: string;
}

const NETWORKS: Partial<Record<LinkTypeName, HandleNetwork>> = {
  INSTAGRAM: {
    hosts: ["instagram.com", "instagr.am"],
    pattern: /^[a-z0-9._]{1,30}$/,
    url: (h) => `https://www.instagram.com/${h}/`,
    reserved: ["p", "reel", "reels", "stories", "explore", "tv"],
    example: "@name or instagram.com/name",
  },
  TELEGRAM: {
    hosts: ["t.me", "telegram.me", "telegram.dog"],
    pattern: /^[a-z][a-z0-9_]{3,31}$/,
    url: (h) => `https://t.me/${h}`,
    reserved: ["s", "joinchat", "addstickers", "share"],
    example: "@name or t.me/name",
  },
  TIKTOK: {
    hosts: ["tiktok.com"],
    pattern: /^[a-z0-9._]{2,24}$/,
    url: (h) => `https://www.tiktok.com/@${h}`,
    example: "@name",
  },
  X: {
    hosts: ["x.com", "twitter.com"],
    pattern: /^[a-z0-9_]{1,15}$/,
    url: (h) => `https://x.com/${h}`,
    reserved: ["i", "intent", "share", "home"],
    example: "@name or x.com/name",
  },
  FACEBOOK: {
    hosts: ["facebook.com", "fb.com", "m.facebook.com"],
    pattern: /^[a-z0-9.\-]{5,50}$/,
    url: (h) => `https://www.facebook.com/${h}`,
    reserved: ["profile.php", "groups", "pages", "events", "watch", "share"],
    example: "facebook.com/page-name",
  },
  VK: {
    hosts: ["vk.com", "vk.ru", "m.vk.com"],
    pattern: /^[a-z0-9_.]{2,32}$/,
    url: (h) => `https://vk.com/${h}`,
    example: "vk.com/name",
  },
  YOUTUBE: {
    hosts: ["youtube.com", "m.youtube.com", "youtu.be"],
    pattern: /^[a-z0-9._\-]{3,30}$/,
    url: (h) => `https://www.youtube.com/@${h}`,
    example: "@channel or youtube.com/@channel",
  },
};

const HOSTS: Partial<Record<LinkTypeName, string[]>> = {
  APP_STORE: ["apps.apple.com", "itunes.apple.com"],
  GOOGLE_PLAY: ["play.google.com"],
  LINKEDIN: ["linkedin.com"],
};

const TRACKING_PARAMS = /^(utm_\w+|fbclid|gclid|igshid|igsh|si|yclid|mc_cid|mc_eid)$/i;
const EMAIL_PATTERN = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}$/i;

function parseHttpUrl(raw: string): URL | null {
  const withScheme = /^[a-z][a-z0-9+.\-]*:/i.test(raw) ? raw : `https://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (!url.hostname.includes(".") || url.username || url.password) return null;
  return url;
}

function bareHost(url: URL): string {
  return url.hostname.toLowerCase().replace(/^www\./, "");
}

/** A website URL without tracking parameters, fragment or a lone trailing slash. */
function cleanUrl(url: URL): string {
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING_PARAMS.test(key)) url.searchParams.delete(key);
  }
  url.hash = "";
  url.hostname = url.hostname.toLowerCase();
  const text = url.toString();
  return url.pathname === "/" && !url.search ? text.replace(/\/$/, "") : text;
}

function normalizeHandleLink(type: LinkTypeName, net: HandleNetwork, raw: string): LinkResult {
  const invalid: LinkError = {
    ok: false,
    error: `Enter a ${type.toLowerCase()} handle or link, e.g. ${net.example}`,
    code: "handle",
    params: { type, example: net.example },
  };
  let candidate = raw.replace(/^@/, "");
  if (/[/.:]/.test(candidate) && !net.pattern.test(candidate.toLowerCase())) {
    const url = parseHttpUrl(raw);
    if (!url) return invalid;
    const host = bareHost(url);
    if (!net.hosts.includes(host)) return invalid;
    if (type === "YOUTUBE" && host === "youtu.be")
      return { ok: true, url: cleanUrl(url), handle: null };
    const segments = url.pathname.split("/").filter(Boolean);
    if (type === "TELEGRAM" && segments[0] === "s") segments.shift();
    const first = segments[0] ?? "";
    // Links that name no account (a post, an invite, a channel id) are kept as URLs.
    if (
      first.startsWith("+") ||
      (net.reserved ?? []).includes(first.toLowerCase()) ||
      (type === "YOUTUBE" && !first.startsWith("@"))
    ) {
      if (!first) return invalid;
      return { ok: true, url: cleanUrl(url), handle: null };
    }
    candidate = first.replace(/^@/, "");
  }
  const handle = net.caseSensitive ? candidate : candidate.toLowerCase();
  if (!net.pattern.test(handle)) return invalid;
  return { ok: true, url: net.url(handle), handle };
}

function normalizeWhatsApp(raw: string): LinkResult {
  let digits = raw;
  const url = /wa\.me|whatsapp\.com/i.test(raw) ? parseHttpUrl(raw) : null;
  if (url) digits = url.pathname.replace(/\//g, "") || url.searchParams.get("phone") || "";
  digits = digits.replace(/[\s\-().+]/g, "");
  if (!/^\d{8,15}$/.test(digits)) {
    return {
      ok: false,
      error: "Enter a WhatsApp number in international format, e.g. +7 701 234 5678",
      code: "whatsapp",
    };
  }
  return { ok: true, url: `https://wa.me/${digits}`, handle: digits };
}

export function normalizeLink(type: LinkTypeName, input: string): LinkResult {
  const raw = input.trim();
  if (!raw) return { ok: false, error: "Enter a link", code: "empty" };
  if (raw.length > MAX_LENGTH) {
    return {
      ok: false,
      error: `Links are at most ${MAX_LENGTH} characters`,
      code: "tooLong",
      params: { max: MAX_LENGTH },
    };
  }

  if (type === "EMAIL") {
    const email = raw.replace(/^mailto:/i, "").toLowerCase();
    if (!EMAIL_PATTERN.test(email))
      return { ok: false, error: "Enter an email address such as team@example.org", code: "email" };
    return { ok: true, url: `mailto:${email}`, handle: email };
  }
  if (type === "WHATSAPP") return normalizeWhatsApp(raw);

  const network = NETWORKS[type];
  if (network) return normalizeHandleLink(type, network, raw);

  const url = parseHttpUrl(raw);
  if (!url) return { ok: false, error: "Enter a web address starting with https://", code: "url" };
  const hosts = HOSTS[type];
  if (hosts && !hosts.includes(bareHost(url))) {
    return {
      ok: false,
      error: `This is not a ${hosts[0]} link`,
      code: "host",
      params: { host: hosts[0] ?? "" },
    };
  }
  return { ok: true, url: cleanUrl(url), handle: null };
}

/** A comparison key for a website: no scheme, no www., no trailing slash, lower-case host. */
export function websiteKey(input: string): string | null {
  const url = parseHttpUrl(input.trim());
  if (!url) return null;
  const path = url.pathname.replace(/\/+$/, "");
  return `${bareHost(url)}${path}`.toLowerCase();
}
