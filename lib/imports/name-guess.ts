/**
 * A cheap guess at the names of the initiatives a story is about, for the draft form: quoted or
 * capitalised names next to words such as "project", "initiative", "NGO", "platform", and names
 * defined with an acronym ("Bureau for Human Rights (BHR)"). Staff confirm or correct them; a
 * guess is only ever a pre-filled field.
 */

const KINDS =
  "project|initiative|platform|programme|program|app|chatbot|bot|campaign|coalition|NGO|organization|organisation|foundation|fund|movement|network|club|school|channel|hub|center|centre|enterprise|start-up|startup|association|academy|institute|bureau|union|group";
/** Kinds that are usually part of the name itself ("… Public Foundation", "… Academy"). */
const NAME_KINDS = new Set(
  "foundation fund coalition bureau institute center centre association union network academy movement club school".split(
    " ",
  ),
);
const WORD = String.raw`\p{Lu}[\p{L}\p{M}\d’'.-]*`;
const RUN = String.raw`${WORD}(?:\s+${WORD}){0,3}`;
/** Capitalised words joined by lower-case connectors: "Bureau for Human Rights and Rule of Law". */
const LONG_RUN = String.raw`${WORD}(?:\s+(?:(?:for|of|and|the|against|on|in|to)\s+)?${WORD}){0,7}`;

/** "a project member", "the project’s coordinator": a person's role, not a name's kind. */
const NOT_A_ROLE = String.raw`(?![’']s\b|\s+(?:participants?|members?|coordinators?|managers?|leaders?|directors?|heads?|founders?|officers?|teams?|assistants?|staff|partners?|grants?)\b)`;

const PATTERNS: RegExp[] = [
  // "Gorozhanym initiative", "the Būlbūl-Bulka project", "Tulepbergen Kaipbergenov Public Foundation"
  new RegExp(String.raw`(${RUN})\s+(${KINDS})\b${NOT_A_ROLE}`, "gu"),
  // "NGO Zhenskii Luch", "the platform PytkamNet.kz"
  new RegExp(String.raw`\b(?:${KINDS})\s+(${RUN})`, "gu"),
  // "Fidokor, a Dushanbe-based NGO", "Būlbūl, an Instagram channel"
  new RegExp(
    String.raw`(${RUN}),\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:${KINDS})\b${NOT_A_ROLE}`,
    "gu",
  ),
  // "Central Asia Youth Leadership Academy (CAYLA)"
  new RegExp(String.raw`(${LONG_RUN})\s+\((\p{Lu}{2,8})\)`, "gu"),
];
/** Quoted names next to a kind word: project “Enhancing the Potential …”, “This Yard,” an initiative. */
const QUOTED = new RegExp(
  String.raw`(?:\b(?:${KINDS})\b[^.“"«\n]{0,40})?[“"«]([^”"»\n]{2,80}?)[,.]?[”"»](?:[^.“"«\n]{0,40}\b(?:${KINDS})\b)?`,
  "giu",
);
const KIND_WORD = new RegExp(String.raw`\b(?:${KINDS})\b`, "iu");

const LEADING = new Set(
  "The A An This That These Our Their His Her Its One Each Every Another Such New Local Her Their Through With From In At For As And But By On Since When While After Before Today Most Many Some Currently Initially Recently".split(
    " ",
  ),
);

/** Brands of the channels an initiative uses, not its name ("a Telegram chatbot"). */
const BRANDS = new Set(
  "telegram instagram facebook youtube tiktok whatsapp google apple android ios".split(" "),
);
const NOT_NAMES = new Set([...BRANDS, "central asia", "asia"]);

function tidy(name: string): string {
  // "Eurasia Foundation’s Social Innovation …": the name is what the possessive qualifies.
  const owned = name
    .trim()
    .split(/[’']s\s+(?=\p{Lu})/u)
    .at(-1)!;
  const words = owned.replace(/[’']s$/u, "").split(/\s+/);
  while (words.length && (LEADING.has(words[0]!) || /-based$/.test(words[0]!))) words.shift();
  while (words.length && BRANDS.has(words[0]!.toLowerCase())) words.shift();
  const result = words.join(" ").replace(/[,.:;]+$/, "");
  return NOT_NAMES.has(result.toLowerCase()) ? "" : result;
}

/** Candidate names in a text, most mentioned first (at most `limit`). */
export function guessNames(text: string, limit = 5): string[] {
  const counts = new Map<string, { count: number; first: number }>();
  const add = (raw: string | undefined, at: number, kind?: string, quoted = false) => {
    if (!raw) return;
    let name = quoted ? raw.trim() : tidy(raw);
    if (kind && NAME_KINDS.has(kind.toLowerCase()) && /^\p{Lu}/u.test(kind))
      name = `${name} ${kind}`.trim();
    const words = name.split(" ").filter(Boolean);
    if (name.length < 3 || words.length === 0 || words.length > 9) return;
    const seen = counts.get(name);
    counts.set(name, { count: (seen?.count ?? 0) + 1, first: Math.min(seen?.first ?? at, at) });
  };
  for (const [index, pattern] of PATTERNS.entries()) {
    for (const match of text.matchAll(pattern))
      add(match[1], match.index, index === 0 ? match[2] : undefined);
  }
  for (const match of text.matchAll(QUOTED)) {
    const quoted = match[1]!;
    const words = quoted.trim().split(/\s+/);
    // A quotation (speech) is not a name: names are short, capitalised and carry no clause.
    // A quote after a colon glosses a name in another language (Karakalpak: “New Look”).
    if (!KIND_WORD.test(match[0].replace(quoted, ""))) continue;
    if (words.length > 8 || !/^\p{Lu}/u.test(quoted) || /[,;!?]/.test(quoted.replace(/,$/, "")))
      continue;
    if (
      /:\s*$/.test(
        text.slice(Math.max(0, match.index - 3), match.index + match[0].indexOf(quoted) - 1),
      )
    )
      continue;
    add(quoted, match.index, undefined, true);
  }
  return [...counts]
    .sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)
    .map(([name]) => name)
    .slice(0, limit);
}
