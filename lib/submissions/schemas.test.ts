import { describe, expect, it } from "vitest";
import {
  fieldErrorsOf,
  parseErrorCode,
  submissionFormSchema,
  submissionInputFromFormData,
  SubmissionDataSchema,
  toSubmissionData,
} from "./schemas";

const taxonomy = {
  countries: ["KZ", "KG", "UZ"],
  causes: ["education", "gender-equality"],
  orgTypes: ["ngo"],
};
const schema = submissionFormSchema(taxonomy);

function valid(overrides: Record<string, unknown> = {}) {
  return {
    name: "Kun Jarygy",
    altName: "Күн Жарығы",
    summary: "Open procurement monitoring.",
    description: "Line one\r\nLine two",
    countries: ["KZ"],
    city: "Almaty",
    causes: ["education"],
    orgType: "ngo",
    links: [{ type: "WEBSITE", value: "www.example.org/" }],
    foundedYear: "2015",
    contactName: "Ana",
    contactEmail: " Ana@Example.org ",
    contactTelegram: "@ana_team",
    consent: true,
    atRisk: false,
    ...overrides,
  };
}

function errorsFor(input: Record<string, unknown>) {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe("submission form schema", () => {
  it("accepts a complete proposal and normalises it", () => {
    const result = schema.parse(valid());
    expect(result.contactEmail).toBe("ana@example.org");
    expect(result.contactTelegram).toBe("ana_team");
    expect(result.description).toBe("Line one\nLine two");
    expect(result.links).toEqual([{ type: "WEBSITE", value: "https://www.example.org" }]);
    expect(result.foundedYear).toBe(2015);
  });

  it("reports every empty required field", () => {
    const errors = errorsFor(
      valid({
        name: " ",
        summary: "",
        countries: [],
        causes: [],
        contactName: "",
        contactEmail: "",
        consent: false,
      }),
    );
    expect(errors).toMatchObject({
      name: ["required"],
      summary: ["required"],
      countries: ["chooseOne"],
      causes: ["chooseOne"],
      contactName: ["required"],
      contactEmail: ["required"],
      consent: ["consent"],
    });
  });

  it("refuses a 10,000-character name", () => {
    expect(errorsFor(valid({ name: "x".repeat(10_000) })).name).toEqual(["tooLong:200"]);
  });

  it("refuses markup and script", () => {
    const errors = errorsFor(
      valid({
        name: "<script>alert(1)</script>",
        summary: "Hi <img src=x onerror=alert(1)>",
        description: "see javascript:alert(1)",
      }),
    );
    expect(errors.name).toEqual(["markup"]);
    expect(errors.summary).toEqual(["markup"]);
    expect(errors.description).toEqual(["markup"]);
  });

  it("refuses a javascript: URL in a link row, naming the row", () => {
    const errors = errorsFor(
      valid({
        links: [
          { type: "WEBSITE", value: "https://ok.example.org" },
          { type: "WEBSITE", value: "javascript:alert(1)" },
        ],
      }),
    );
    expect(errors["links.1.value"]).toEqual(["link:WEBSITE"]);
  });

  it("refuses an invalid email and Telegram handle", () => {
    const errors = errorsFor(valid({ contactEmail: "not-an-email", contactTelegram: "a b" }));
    expect(errors.contactEmail).toEqual(["email"]);
    expect(errors.contactTelegram).toEqual(["telegram"]);
  });

  it("refuses 200 causes and unknown countries, causes and types", () => {
    const many = Array.from({ length: 200 }, (_, i) => `cause-${i}`);
    expect(errorsFor(valid({ causes: many })).causes).toContain("tooMany:5");
    expect(errorsFor(valid({ countries: ["XX"] })).countries).toEqual(["unknownCountry"]);
    expect(errorsFor(valid({ countries: ["kz"] })).countries).toEqual(["unknownCountry"]);
    expect(errorsFor(valid({ causes: ["nope"] })).causes).toEqual(["unknownCause"]);
    expect(errorsFor(valid({ orgType: "bank" })).orgType).toEqual(["unknownType"]);
  });

  it("refuses control characters and impossible years", () => {
    const errors = errorsFor(valid({ name: "A\u0000B", foundedYear: "3000" }));
    expect(errors.name).toEqual(["invalidChar"]);
    expect(errors.foundedYear).toEqual(["year"]);
  });

  it("ignores extra fields such as a status or an id", () => {
    const result = schema.parse(valid({ status: "APPROVED", id: "x", initiativeId: "y" }));
    expect(result).not.toHaveProperty("status");
    expect(result).not.toHaveProperty("id");
    expect(toSubmissionData(result)).not.toHaveProperty("status");
  });

  it("drops empty link rows and merges repeats", () => {
    const result = schema.parse(
      valid({
        links: [
          { type: "TELEGRAM", value: "" },
          { type: "TELEGRAM", value: "@KunJarygy" },
          { type: "TELEGRAM", value: "https://t.me/kunjarygy" },
        ],
      }),
    );
    expect(result.links).toEqual([{ type: "TELEGRAM", value: "https://t.me/kunjarygy" }]);
  });
});

describe("submissionInputFromFormData", () => {
  it("reads only known fields and pairs link rows by position", () => {
    const form = new FormData();
    form.append("name", "Bulbul");
    form.append("countries", "KZ");
    form.append("countries", "KG");
    form.append("linkType", "WEBSITE");
    form.append("linkValue", "bulbul.kz");
    form.append("linkType", "INSTAGRAM");
    form.append("linkValue", "");
    form.append("consent", "on");
    form.append("status", "APPROVED");
    const input = submissionInputFromFormData(form);
    expect(input).not.toHaveProperty("status");
    expect(input.countries).toEqual(["KZ", "KG"]);
    expect(input.links).toEqual([
      { type: "WEBSITE", value: "bulbul.kz" },
      { type: "INSTAGRAM", value: "" },
    ]);
    expect(input.consent).toBe(true);
    expect(input.atRisk).toBe(false);
  });
});

describe("stored data", () => {
  it("parses what the form stores, with defaults for older rows", () => {
    const stored = toSubmissionData(schema.parse(valid()));
    expect(SubmissionDataSchema.parse(stored)).toEqual(stored);
    expect(SubmissionDataSchema.parse({ name: "X" }).links).toEqual([]);
    expect(stored).not.toHaveProperty("contactEmail");
  });

  it("splits error codes and their parameter", () => {
    expect(parseErrorCode("tooLong:200")).toEqual({ code: "tooLong", param: "200" });
    expect(parseErrorCode("required")).toEqual({ code: "required", param: "" });
  });
});
