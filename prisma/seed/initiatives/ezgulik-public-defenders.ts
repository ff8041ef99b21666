import type { InitiativeSeed } from "../types";

export const ezgulikPublicDefenders: InitiativeSeed = {
  slug: "ezgulik-public-defenders",
  translations: {
    en: {
      name: "Ezgulik Public Defenders",
      summary:
        "A project of the Uzbek human rights organisation Ezgulik that uses the Law on Public Control to defend citizens in court free of charge and trains other civic groups to do the same.",
      description: [
        "Human rights defenders in Uzbekistan often struggle to represent citizens in court, especially in criminal cases. **Ezgulik**, a human rights civil society organisation led by Mirzo Subkhanov, launched a project to bring public organisations and independent changemakers into court proceedings as defenders of people's rights. It is supported by the Social Innovation in Central Asia (SICA) program, funded by USAID and implemented by Eurasia Foundation.",
        "Uzbekistan's Law on Public Control lets public organisations and independent activists take part in legal proceedings. Relying on it, Mirzo Subkhanov acted as a volunteer public defender in 16 court cases, so that the people involved did not have to hire private lawyers. The cases ranged from defamation and fraud to smuggling and abuse of office, and his free representation brought favourable outcomes for his clients. In one, an appeal court reinstated a student who had been expelled from Samarkand State University on a false accusation; in another, the Samarkand Regional Court ruled that the confiscation of two tourists' gold jewellery, worth over 140 million UZS, was illegal.",
        "Ezgulik also trains other organisations. Representatives from Andijan, Navoi, Jizzakh, Kashkadarya and Tashkent attended its workshops on international human rights standards and Uzbek law, led by international experts; the sessions produced two manuals on protecting human rights under the UN system and national legislation.",
        "Its outreach campaign with partner media drew more than 1 million views on YouTube alone. The campaign covered ongoing cases, the right to freedom of association and a lawsuit against a Cabinet of Ministers resolution that set an electricity consumption standard of 200 kWh per family per month. The court sided with the government, but the team intends to keep challenging the resolution.",
      ].join("\n\n"),
      status: "REVIEWED",
    },
    ru: {
      name: "Общественные защитники «Эзгулик»",
      summary:
        "Проект узбекской правозащитной организации «Эзгулик»: опираясь на Закон об общественном контроле, её защитники бесплатно представляют граждан в суде и обучают этому другие общественные организации.",
      description: [
        "Правозащитникам в Узбекистане часто бывает трудно представлять интересы граждан в суде, особенно по уголовным делам. **«Эзгулик»** — правозащитная организация, которую возглавляет Мирзо Субханов, — запустила проект, чтобы общественные организации и независимые активисты активнее участвовали в судебных процессах на стороне граждан. Проект поддерживает программа «Социальные инновации в Центральной Азии» (SICA), которую финансирует USAID и реализует Фонд Евразия.",
        "Закон Республики Узбекистан «Об общественном контроле» позволяет общественным организациям и независимым активистам участвовать в судопроизводстве. Пользуясь этим правом, Мирзо Субханов на добровольных началах выступил общественным защитником в 16 делах, и его подзащитным не пришлось нанимать частных адвокатов. Среди дел были клевета и мошенничество, контрабанда и злоупотребление должностными полномочиями, и его подзащитные добивались благоприятных для себя решений. В одном случае апелляционный суд восстановил студента, которого по ложному обвинению отчислили из Самаркандского государственного университета; в другом Самаркандский областной суд признал незаконной конфискацию золотых украшений двух туристов стоимостью более 140 млн сумов.",
        "«Эзгулик» также обучает другие организации. На её семинары по международным стандартам в области прав человека и законодательству Узбекистана, которые вели международные эксперты, приезжали представители Андижанской, Навоийской, Джизакской, Кашкадарьинской и Ташкентской областей. По итогам занятий подготовлены два пособия по защите прав человека на основе системы ООН и национальных законов.",
        "Информационная кампания организации вместе с партнёрскими СМИ набрала более миллиона просмотров только на YouTube. В ней освещались текущие дела, право на свободу объединений и иск против постановления Кабинета министров, установившего норму потребления электроэнергии в 200 кВт·ч на семью в месяц. Суд встал на сторону правительства, но команда намерена и дальше оспаривать постановление.",
      ].join("\n\n"),
      status: "REVIEWED",
    },
  },
  aliases: ["Ezgulik", "Эзгулик"],
  countries: ["UZ"],
  causes: ["human-rights", "civic-participation"],
  primaryCause: "human-rights",
  type: "programme",
  activityStatus: "ACTIVE",
  sensitive: false,
  links: [],
  people: [
    {
      name: "Mirzo Subkhanov",
      role: {
        en: "Head of Ezgulik; volunteer public defender",
        ru: "Руководитель «Эзгулик», общественный защитник",
      },
      isPublic: true,
    },
  ],
  fundings: [
    {
      funder: {
        slug: "eurasia-foundation",
        name: { en: "Eurasia Foundation", ru: "Фонд Евразия" },
      },
      programme: {
        en: "Social Innovation in Central Asia (SICA)",
        ru: "«Социальные инновации в Центральной Азии» (SICA)",
      },
    },
    {
      funder: {
        slug: "usaid",
        name: { en: "USAID", ru: "USAID" },
      },
      programme: {
        en: "Social Innovation in Central Asia (SICA)",
        ru: "«Социальные инновации в Центральной Азии» (SICA)",
      },
    },
  ],
  impacts: [
    {
      label: {
        en: "Court cases with a volunteer public defender",
        ru: "Судебных дел с участием общественного защитника",
      },
      value: 16,
      source: 0,
    },
    {
      label: {
        en: "YouTube views of the outreach campaign (more than)",
        ru: "Просмотров информационной кампании на YouTube (более)",
      },
      value: 1000000,
      source: 0,
    },
    {
      label: {
        en: "Manuals on human rights protection produced",
        ru: "Подготовлено пособий по защите прав человека",
      },
      value: 2,
      source: 0,
    },
  ],
  sources: [
    {
      title: "Championing Vulnerable People in Uzbekistan",
      publisher: "Eurasia Foundation",
      url: "https://www.eurasia.org/success-stories/helping-human-rights-defenders-champion-rights-in-uzbekistan/",
      publishedAt: "2024-10-24",
      locale: "en",
    },
  ],
};
