/**
 * The notice staff get about a partner submission: English, then Russian (the staff area's two
 * languages), in one plain-text email. It names the proposal and links to the moderation page;
 * the submitter's contact data stays in the admin area.
 */

export type StaffNoticeEvent = "new" | "updated";

export interface StaffNoticeInput {
  event: StaffNoticeEvent;
  name: string;
  countries: string[];
  atRisk: boolean;
  duplicates: number;
  adminUrl: string;
}

export function renderStaffNotice(input: StaffNoticeInput): { subject: string; text: string } {
  const countries = input.countries.join(", ") || "—";
  const en = [
    input.event === "new"
      ? `A partner proposed a new initiative: “${input.name}” (${countries}).`
      : `The submitter updated the proposal “${input.name}” (${countries}).`,
    input.duplicates > 0
      ? `It may duplicate ${input.duplicates} existing entr${input.duplicates === 1 ? "y" : "ies"}.`
      : "",
    input.atRisk ? "The submitter says the initiative is at risk: handle it with care." : "",
    `Review it: ${input.adminUrl}`,
  ];
  const ru = [
    input.event === "new"
      ? `Партнёр предложил новую инициативу: «${input.name}» (${countries}).`
      : `Автор обновил заявку «${input.name}» (${countries}).`,
    input.duplicates > 0 ? `Возможные дубликаты: ${input.duplicates}.` : "",
    input.atRisk ? "Автор отметил, что инициатива в зоне риска: будьте осторожны." : "",
    `Рассмотреть: ${input.adminUrl}`,
  ];
  const subject =
    input.event === "new"
      ? `New submission: ${input.name} / Новая заявка`
      : `Submission updated: ${input.name} / Заявка обновлена`;
  const block = (lines: string[]) => lines.filter(Boolean).join("\n");
  return { subject, text: `${block(en)}\n\n---\n\n${block(ru)}\n` };
}
