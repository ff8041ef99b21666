import type { UiLocale } from "@/lib/i18n/locales";
import type { RejectReason } from "@/lib/submissions/moderation-schemas";

/**
 * Plain-text emails to a submitter, in their language. Every email that concerns a pending
 * proposal carries the private status link, so the submitter never needs an account.
 */

export const SUBMITTER_EMAIL_KINDS = [
  "received",
  "changes_requested",
  "approved",
  "merged",
  "published",
  "rejected",
] as const;
export type SubmitterEmailKind = (typeof SUBMITTER_EMAIL_KINDS)[number];

export interface SubmitterEmailInput {
  /** The proposed initiative's name. */
  name: string;
  contactName: string | null;
  statusUrl: string;
  /** The moderator's message (changes requested, rejected). */
  message?: string;
  reason?: RejectReason | null;
  /** The initiative's public page (published). */
  publicUrl?: string;
}

interface Strings {
  hello: (name: string | null) => string;
  statusLink: string;
  signature: string;
  messageLabel: string;
  reasonLabel: string;
  reasons: Record<RejectReason, string>;
  subject: Record<SubmitterEmailKind, (name: string) => string>;
  body: Record<SubmitterEmailKind, (name: string) => string>;
}

const en: Strings = {
  hello: (name) => (name ? `Hello ${name},` : "Hello,"),
  statusLink: "Follow your proposal (keep this private link to yourself):",
  signature: "The Civic Atlas team",
  messageLabel: "Message from the moderators:",
  reasonLabel: "Reason:",
  reasons: {
    out_of_scope: "It is not a civic or social initiative in Central Asia.",
    insufficient_information: "There is not enough information to describe it.",
    not_verifiable: "We could not verify that the initiative exists and is active.",
    duplicate: "It is already listed in the directory.",
    commercial: "It is a commercial offer or advertising.",
    other: "Another reason (see the message).",
  },
  subject: {
    received: (n) => `We received your proposal “${n}”`,
    changes_requested: (n) => `Please update your proposal “${n}”`,
    approved: (n) => `Your proposal “${n}” was accepted`,
    merged: (n) => `Your proposal “${n}” was added to an existing entry`,
    published: (n) => `“${n}” is now in Civic Atlas`,
    rejected: (n) => `Your proposal “${n}” was not accepted`,
  },
  body: {
    received: (n) =>
      `Thank you for proposing “${n}” for Civic Atlas. Our moderators will review it; you will get an email when they decide or if they need more information. Until then you can still change it from the link below.`,
    changes_requested: (n) =>
      `Our moderators looked at “${n}” and need a few changes before they can accept it. Please open the link below, edit the proposal and send it again.`,
    approved: (n) =>
      `Our moderators accepted “${n}”. Editors will now prepare the entry; it is not public yet. We will write again when it is published.`,
    merged: (n) =>
      `The initiative you proposed, “${n}”, is already in Civic Atlas. Our moderators added your proposal to the existing entry, and editors will take what you sent into account.`,
    published: (n) => `“${n}” is now published in Civic Atlas. Thank you for proposing it.`,
    rejected: (n) => `Our moderators reviewed “${n}” and could not accept it for Civic Atlas.`,
  },
};

const ru: Strings = {
  hello: (name) => (name ? `Здравствуйте, ${name}!` : "Здравствуйте!"),
  statusLink: "Следить за заявкой (это личная ссылка, не передавайте её другим):",
  signature: "Команда Civic Atlas",
  messageLabel: "Сообщение модераторов:",
  reasonLabel: "Причина:",
  reasons: {
    out_of_scope: "Это не гражданская или социальная инициатива в Центральной Азии.",
    insufficient_information: "Недостаточно информации, чтобы описать инициативу.",
    not_verifiable: "Нам не удалось подтвердить, что инициатива существует и действует.",
    duplicate: "Эта инициатива уже есть в каталоге.",
    commercial: "Это коммерческое предложение или реклама.",
    other: "Другая причина (см. сообщение).",
  },
  subject: {
    received: (n) => `Мы получили вашу заявку «${n}»`,
    changes_requested: (n) => `Пожалуйста, дополните заявку «${n}»`,
    approved: (n) => `Ваша заявка «${n}» принята`,
    merged: (n) => `Ваша заявка «${n}» добавлена к существующей записи`,
    published: (n) => `«${n}» теперь в Civic Atlas`,
    rejected: (n) => `Ваша заявка «${n}» не принята`,
  },
  body: {
    received: (n) =>
      `Спасибо, что предложили «${n}» для Civic Atlas. Модераторы рассмотрят заявку; мы напишем, когда они примут решение или если понадобится больше информации. До тех пор заявку можно изменить по ссылке ниже.`,
    changes_requested: (n) =>
      `Модераторы посмотрели заявку «${n}» и просят кое-что изменить, прежде чем её принять. Откройте ссылку ниже, исправьте заявку и отправьте её снова.`,
    approved: (n) =>
      `Модераторы приняли заявку «${n}». Теперь редакторы подготовят запись; пока она не опубликована. Мы напишем, когда она появится в каталоге.`,
    merged: (n) =>
      `Предложенная вами инициатива «${n}» уже есть в Civic Atlas. Модераторы добавили вашу заявку к существующей записи, и редакторы учтут присланные сведения.`,
    published: (n) => `«${n}» опубликована в Civic Atlas. Спасибо, что предложили её.`,
    rejected: (n) => `Модераторы рассмотрели заявку «${n}» и не смогли принять её в Civic Atlas.`,
  },
};

const kk: Strings = {
  hello: (name) => (name ? `Сәлеметсіз бе, ${name}!` : "Сәлеметсіз бе!"),
  statusLink: "Өтінімді бақылау (бұл жеке сілтеме, оны басқаларға бермеңіз):",
  signature: "Civic Atlas командасы",
  messageLabel: "Модераторлардың хабары:",
  reasonLabel: "Себебі:",
  reasons: {
    out_of_scope: "Бұл Орталық Азиядағы азаматтық немесе әлеуметтік бастама емес.",
    insufficient_information: "Бастаманы сипаттауға ақпарат жеткіліксіз.",
    not_verifiable: "Бастаманың бар екенін және жұмыс істейтінін растай алмадық.",
    duplicate: "Бұл бастама каталогта бұрыннан бар.",
    commercial: "Бұл коммерциялық ұсыныс немесе жарнама.",
    other: "Басқа себеп (хабарды қараңыз).",
  },
  subject: {
    received: (n) => `«${n}» өтініміңізді алдық`,
    changes_requested: (n) => `«${n}» өтініміңізді толықтырыңыз`,
    approved: (n) => `«${n}» өтініміңіз қабылданды`,
    merged: (n) => `«${n}» өтініміңіз бар жазбаға қосылды`,
    published: (n) => `«${n}» енді Civic Atlas-та`,
    rejected: (n) => `«${n}» өтініміңіз қабылданбады`,
  },
  body: {
    received: (n) =>
      `«${n}» бастамасын Civic Atlas-қа ұсынғаныңызға рахмет. Модераторлар өтінімді қарайды; шешім қабылданғанда немесе қосымша ақпарат керек болса, хат жазамыз. Оған дейін өтінімді төмендегі сілтеме арқылы өзгертуге болады.`,
    changes_requested: (n) =>
      `Модераторлар «${n}» өтінімін қарап, оны қабылдамас бұрын кейбір өзгерістер енгізуді сұрайды. Төмендегі сілтемені ашып, өтінімді түзетіп, қайта жіберіңіз.`,
    approved: (n) =>
      `Модераторлар «${n}» өтінімін қабылдады. Енді редакторлар жазбаны дайындайды; ол әлі жарияланған жоқ. Жарияланғанда хабарлаймыз.`,
    merged: (n) =>
      `Сіз ұсынған «${n}» бастамасы Civic Atlas-та бұрыннан бар. Модераторлар өтініміңізді бар жазбаға қосты, редакторлар жіберген мәліметтеріңізді ескереді.`,
    published: (n) => `«${n}» Civic Atlas-та жарияланды. Ұсынғаныңызға рахмет.`,
    rejected: (n) => `Модераторлар «${n}» өтінімін қарап, оны Civic Atlas-қа қабылдай алмады.`,
  },
};

const STRINGS: Record<UiLocale, Strings> = { en, ru, kk };

/** The submitter-facing text of a preset rejection reason (the status page shows it too). */
export function rejectReasonText(locale: UiLocale, reason: RejectReason): string {
  return STRINGS[locale].reasons[reason];
}

export function renderSubmitterEmail(
  kind: SubmitterEmailKind,
  locale: UiLocale,
  input: SubmitterEmailInput,
): { subject: string; text: string } {
  const s = STRINGS[locale];
  const parts = [s.hello(input.contactName), s.body[kind](input.name)];
  if (input.reason) parts.push(`${s.reasonLabel} ${s.reasons[input.reason]}`);
  if (input.message?.trim()) parts.push(`${s.messageLabel}\n${input.message.trim()}`);
  if (kind === "published" && input.publicUrl) parts.push(input.publicUrl);
  else parts.push(`${s.statusLink}\n${input.statusUrl}`);
  parts.push(`— ${s.signature}`);
  return { subject: s.subject[kind](input.name), text: `${parts.join("\n\n")}\n` };
}
