import { describe, expect, it } from "vitest";
import type { InitiativeDetailDto } from "@/lib/initiatives/queries";
import { initiativeJsonLd, serializeJsonLd } from "@/lib/seo/json-ld";

const base: InitiativeDetailDto = {
  slug: "kun-jarygy",
  name: "Kun Jarygy",
  summary: "A coalition <b>watching</b> public procurement.",
  contentLocale: "en",
  isFallback: false,
  activityStatus: "ACTIVE",
  countries: [{ key: "KZ", name: "Kazakhstan" }],
  primaryCause: null,
  description: "",
  availableLocales: ["en", "ru"],
  sensitive: false,
  city: "Almaty",
  region: null,
  foundedYear: 2022,
  lastVerifiedAt: null,
  publishedAt: null,
  updatedAt: "2024-01-01T00:00:00.000Z",
  orgType: { key: "coalition", name: "Coalition" },
  causes: [{ key: "good-governance", name: "Transparency" }],
  aliases: ["Күн Жарығы"],
  links: [
    { type: "WEBSITE", url: "https://prozakup.kz", handle: null, label: null },
    { type: "EMAIL", url: "mailto:a@b.kz", handle: "a@b.kz", label: null },
  ],
  people: [],
  funders: [],
  impacts: [],
  sources: [],
};

describe("initiativeJsonLd", () => {
  it("describes the organisation with areaServed, sameAs and foundingDate", () => {
    const data = initiativeJsonLd(base, "https://atlas.example/en/initiatives/kun-jarygy");
    expect(data).toMatchObject({
      "@type": "Organization",
      name: "Kun Jarygy",
      foundingDate: "2022",
      areaServed: [{ "@type": "Country", name: "Kazakhstan", identifier: "KZ" }],
      sameAs: ["https://prozakup.kz"],
      address: { addressLocality: "Almaty" },
    });
  });

  it("uses NGO for NGOs and hides the location of sensitive initiatives", () => {
    const data = initiativeJsonLd(
      { ...base, sensitive: true, orgType: { key: "ngo", name: "NGO" } },
      "u",
    );
    expect(data["@type"]).toBe("NGO");
    expect(data.address).toBeUndefined();
  });

  it("serialises without a way to close the script tag", () => {
    const text = serializeJsonLd({ x: "</script><script>alert(1)</script>" });
    expect(text).not.toContain("</script>");
    expect(JSON.parse(text)).toEqual({ x: "</script><script>alert(1)</script>" });
  });
});
