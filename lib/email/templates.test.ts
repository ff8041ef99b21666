import { describe, expect, it } from "vitest";
import { renderStaffNotice } from "@/lib/email/staff-templates";
import {
  rejectReasonText,
  renderSubmitterEmail,
  SUBMITTER_EMAIL_KINDS,
} from "@/lib/email/submitter-templates";
import { UI_LOCALES } from "@/lib/i18n/locales";
import { REJECT_REASONS } from "@/lib/submissions/moderation-schemas";

const input = {
  name: "Күн Жарығы",
  contactName: "Aigerim",
  statusUrl: "https://atlas.example.org/kk/submit/status/abc",
  publicUrl: "https://atlas.example.org/kk/initiatives/kun-jarygy",
};

describe("submitter emails", () => {
  it.each(
    UI_LOCALES.flatMap((locale) => SUBMITTER_EMAIL_KINDS.map((kind) => [locale, kind] as const)),
  )("%s %s names the proposal, greets the submitter and links where to look", (locale, kind) => {
    const { subject, text } = renderSubmitterEmail(kind, locale, input);
    expect(subject).toContain(input.name);
    expect(text).toContain(input.name);
    expect(text).toContain("Aigerim");
    expect(text).toContain(kind === "published" ? input.publicUrl : input.statusUrl);
    if (kind === "published") expect(text).not.toContain(input.statusUrl);
  });

  it("are written in the submitter's language", () => {
    expect(renderSubmitterEmail("received", "en", input).subject).toMatch(/^We received/);
    expect(renderSubmitterEmail("received", "ru", input).subject).toMatch(/^Мы получили/);
    expect(renderSubmitterEmail("received", "kk", input).subject).toMatch(/өтініміңізді алдық$/);
  });

  it("quote the moderator's message and the rejection reason", () => {
    const { text } = renderSubmitterEmail("rejected", "ru", {
      ...input,
      reason: "duplicate",
      message: "Она уже есть в каталоге.",
    });
    expect(text).toContain(`Причина: ${rejectReasonText("ru", "duplicate")}`);
    expect(text).toContain("Она уже есть в каталоге.");
  });

  it("have a text for every rejection reason in every language", () => {
    for (const locale of UI_LOCALES)
      for (const reason of REJECT_REASONS) expect(rejectReasonText(locale, reason)).toBeTruthy();
  });

  it("greet without a name when there is none", () => {
    expect(renderSubmitterEmail("received", "en", { ...input, contactName: null }).text).toMatch(
      /^Hello,\n/,
    );
  });
});

describe("staff notice", () => {
  it("is in English and Russian, with the flags and the moderation link", () => {
    const { subject, text } = renderStaffNotice({
      event: "new",
      name: "Kun Jarygy",
      countries: ["KZ"],
      atRisk: true,
      duplicates: 2,
      adminUrl: "https://atlas.example.org/admin/submissions/1",
    });
    expect(subject).toBe("New submission: Kun Jarygy / Новая заявка");
    expect(text).toContain("It may duplicate 2 existing entries.");
    expect(text).toContain("Возможные дубликаты: 2.");
    expect(text).toContain("at risk");
    expect(text.match(/admin\/submissions\/1/g)).toHaveLength(2);
  });
});
