import type { InitiativeSeed } from "../types";

export const eiriAntiTorturePlatform: InitiativeSeed = {
  slug: "eiri-anti-torture-platform",
  translations: {
    en: {
      name: "PytkamNet.kz",
      summary:
        "An anti-torture project of Kazakhstan's Expert Independent Research Institute (EIRI): a website and free videos that guide torture victims to legal and psychological help, plus workshops for law enforcement.",
      description: [
        "**PytkamNet.kz** is a project of the **Expert Independent Research Institute (EIRI)** against torture by law enforcement officers in Kazakhstan. For years such cases rarely reached court because victims lacked evidence and ways to complain. After the January 2022 protests, which began over a sudden rise in gas prices and led to violent clashes with police, many reports of torture and cruel treatment surfaced.",
        "The team first ran live social media broadcasts on how to document torture and help victims and their relatives take cases to court and to international bodies. The response showed that many victims urgently needed psychological and legal guidance in one place. An Innovative Solutions Grant from Eurasia Foundation's Social Innovation in Central Asia (SICA) program paid for a website offering free help: a legal database, requests for free psychological and legal assistance, and video tutorials on documenting torture and filing complaints with national and international organisations. The website and free videos have helped more than 5,000 victims of torture find step-by-step ways to protect their rights.",
        "EIRI also works with law enforcement. It held workshops and roundtables that received public recognition and more than 20 media mentions, including a workshop for 50 officials with role-play exercises in which police officers were randomly assigned to act as interrogators or suspects. The Prosecutor General's Office, the Ombudsman for Human Rights and the Coalition Against Torture are now among its key partners.",
        "The work is in step with reforms: in March 2023 parliament required police to video-record interrogations and moved prison medical units to the Ministry of Health, and the Prosecutor General's Office now oversees cases of police abuse of power.",
      ].join("\n\n"),
      status: "REVIEWED",
    },
    ru: {
      name: "PytkamNet.kz",
      summary:
        "Антипыточный проект казахстанского института EIRI (Expert Independent Research Institute): сайт и бесплатные видео, которые помогают пострадавшим от пыток получить юридическую и психологическую помощь, и тренинги для силовиков.",
      description: [
        "**PytkamNet.kz** — проект института **EIRI** (Expert Independent Research Institute) против пыток со стороны сотрудников правоохранительных органов Казахстана. Много лет такие дела почти не доходили до суда: у пострадавших не было доказательств и доступа к механизмам обжалования. После январских протестов 2022 года, которые начались из-за резкого роста цен на газ и переросли в жёсткие столкновения с полицией, появилось множество сообщений о пытках и жестоком обращении.",
        "Сначала команда проводила прямые эфиры в соцсетях о том, как документировать пытки и помогать пострадавшим и их родственникам обращаться в суд и привлекать международное внимание. Отклик показал, что многим пострадавшим срочно нужна психологическая и юридическая помощь, собранная в одном месте. Грант Innovative Solutions программы «Социальные инновации в Центральной Азии» (SICA) Фонда Евразия позволил создать сайт с бесплатной помощью: правовой базой, возможностью запросить бесплатную консультацию психолога и юриста и видеоуроками о том, как фиксировать пытки и подавать жалобы в казахстанские и международные организации. Сайт и бесплатные видео помогли более чем 5000 пострадавших от пыток найти пошаговые способы защитить свои права.",
        "EIRI работает и с правоохранительными органами. Его семинары и круглые столы получили общественное признание и более 20 упоминаний в СМИ. На одном из семинаров 50 сотрудников участвовали в ролевой игре, где полицейским в случайном порядке доставались роли «следователей» или «подозреваемых». Сейчас среди ключевых партнёров института — Генеральная прокуратура, Уполномоченный по правам человека и Коалиция против пыток.",
        "Работа совпала с реформами: в марте 2023 года парламент обязал полицию вести видеозапись допросов и передал медицинские части в местах заключения в ведение Министерства здравоохранения, а дела о превышении полномочий полицией теперь курирует Генеральная прокуратура.",
      ].join("\n\n"),
      status: "REVIEWED",
    },
  },
  aliases: [
    "EIRI",
    "Expert Independent Research Institute",
    "PytkamNet",
    "Пыткам нет",
    "ПыткамНет",
  ],
  countries: ["KZ"],
  causes: ["human-rights", "good-governance"],
  primaryCause: "human-rights",
  type: "digital-tool",
  activityStatus: "ACTIVE",
  sensitive: true,
  links: [{ type: "WEBSITE", value: "PytkamNet.kz" }],
  people: [
    {
      name: "Mirkhat Serikbayev",
      role: { en: "Project coordinator", ru: "Координатор проекта" },
      isPublic: false,
    },
    {
      name: "Anara Ibraeva",
      role: { en: "Project member", ru: "Участница проекта" },
      isPublic: false,
    },
  ],
  fundings: [
    {
      funder: {
        slug: "eurasia-foundation",
        name: { en: "Eurasia Foundation", ru: "Фонд Евразия" },
      },
      programme: {
        en: "Social Innovation in Central Asia (SICA): Innovative Solutions Grant",
        ru: "«Социальные инновации в Центральной Азии» (SICA): грант Innovative Solutions",
      },
    },
  ],
  impacts: [
    {
      label: {
        en: "Torture victims helped to find step-by-step procedures (more than)",
        ru: "Пострадавших от пыток получили пошаговые инструкции (более)",
      },
      value: 5000,
      source: 0,
    },
    {
      label: {
        en: "Media mentions of workshops and roundtables (more than)",
        ru: "Упоминаний семинаров и круглых столов в СМИ (более)",
      },
      value: 20,
      source: 0,
    },
    {
      label: {
        en: "Law enforcement officials at the anti-torture workshop",
        ru: "Сотрудников правоохранительных органов на семинаре против пыток",
      },
      value: 50,
      source: 0,
    },
  ],
  sources: [
    {
      title: "Combating Torture in Kazakhstan with Digital Tools",
      publisher: "Eurasia Foundation",
      url: "https://www.eurasia.org/success-stories/combating-torture-in-kazakhstan-with-digital-tools/",
      publishedAt: "2024-09-12",
      locale: "en",
    },
  ],
};
