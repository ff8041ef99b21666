import type { InitiativeDetailDto } from "@/lib/initiatives/queries";

/** Links that identify the organisation elsewhere (schema.org `sameAs`); contact channels are not. */
const SAME_AS = new Set([
  "WEBSITE",
  "INSTAGRAM",
  "TELEGRAM",
  "YOUTUBE",
  "FACEBOOK",
  "TIKTOK",
  "LINKEDIN",
  "X",
  "VK",
]);

/** schema.org description of an initiative: `NGO` for NGOs, `Organization` otherwise. */
export function initiativeJsonLd(initiative: InitiativeDetailDto, pageUrl: string) {
  return {
    "@context": "https://schema.org",
    "@type": initiative.orgType?.key === "ngo" ? "NGO" : "Organization",
    "@id": pageUrl,
    url: pageUrl,
    name: initiative.name,
    alternateName: initiative.aliases.length ? initiative.aliases : undefined,
    description: initiative.summary,
    inLanguage: initiative.contentLocale,
    foundingDate: initiative.foundedYear ? String(initiative.foundedYear) : undefined,
    areaServed: initiative.countries.map((country) => ({
      "@type": "Country",
      name: country.name,
      identifier: country.key,
    })),
    knowsAbout: initiative.causes.map((cause) => cause.name),
    sameAs: initiative.links.filter((link) => SAME_AS.has(link.type)).map((link) => link.url),
    // A sensitive initiative's location is never published, here or on the page.
    address:
      !initiative.sensitive && initiative.city
        ? {
            "@type": "PostalAddress",
            addressLocality: initiative.city,
            addressCountry: initiative.countries[0]?.key,
          }
        : undefined,
    funder: initiative.funders.length
      ? initiative.funders.map((funder) => ({
          "@type": "Organization",
          name: funder.name,
          url: funder.url ?? undefined,
        }))
      : undefined,
  };
}

/** Serialises JSON-LD for a script tag: `<` is escaped so text can never close the tag. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
