import { describe, expect, it } from "vitest";
import { slugify, SLUG_PATTERN } from "@/lib/text/slug";
import { transliterate } from "@/lib/text/transliterate";

describe("slugify", () => {
  it.each([
    ["Күн Жарығы", "kun-zharygy"],
    ["Жаңаша Көзқарас", "zhanasha-kozqaras"],
    ["Jańasha Kózqaras", "janasha-kozqaras"],
    ["Būlbūl", "bulbul"],
    ["Женский луч", "zhenskiy-luch"],
    ["Горожаным", "gorozhanym"],
    ["U:projects", "u-projects"],
    ["iz project", "iz-project"],
    ["Oʻzbekiston gʻoyasi", "ozbekiston-goyasi"],
    ["Ҷамъият ва ҳуқуқ", "jamiyat-va-huquq"],
    ["Eco Cashback (Generation)", "eco-cashback-generation"],
    ["  Bureau — Human Rights & Rule of Law  ", "bureau-human-rights-and-rule-of-law"],
  ])("%s -> %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
    expect(slug).toMatch(SLUG_PATTERN);
  });

  it("keeps every Kazakh letter instead of dropping it", () => {
    expect(slugify("ӘҒҚҢӨҰҮҺІ")).toBe("agqnouuhi");
  });

  it("returns an empty slug for names without letters or digits", () => {
    expect(slugify("—!?")).toBe("");
  });

  it("cuts long names at a word boundary", () => {
    const slug = slugify("word ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
    expect(slug).toMatch(SLUG_PATTERN);
  });
});

describe("transliterate", () => {
  it("keeps capitalisation of multi-letter mappings", () => {
    expect(transliterate("Жасыл Шымкент")).toBe("Zhasyl Shymkent");
  });
});
