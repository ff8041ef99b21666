import type { InitiativeSeed } from "../types";

export const shamsWinTheFuture: InitiativeSeed = {
  slug: "shams-win-the-future",
  translations: {
    en: {
      name: "Shams: Win the Future",
      summary:
        "An initiative of the Tajik NGO Shams that prepares rural schoolgirls in the Sughd region for STEM studies through gamified after-school classes; 91 participants had entered higher education by October 2023.",
      description: [
        "**Win the Future** is an initiative of **Shams** (“Sunshine” in Tajik), an NGO in the small city of Guliston in Tajikistan's Sughd region. It helps schoolgirls from rural areas keep studying science, mathematics and technology by turning STEM learning into a game.",
        "Shams was founded by Muqaddas Homidjonova, a philology teacher, and her 19-year-old daughter Nozanin. While studying computer science, Nozanin found that only one in ten students in her class were women. Muqaddas links the gap to cultural norms that put early marriage ahead of women's education and to poor access to good schools in rural areas; according to UNESCO, only 38.5% of higher education graduates in Tajikistan are women.",
        "The initiative recruited outstanding teachers from three neighbouring villages to give engaging after-school STEM lessons to girls in local schools. A friendly competition between schools keeps students motivated: they earn points for progress and attendance, and the best student wins a trip to Dushanbe and a visit to the country's leading university.",
        "With support from the Social Innovation in Central Asia (SICA) program of Eurasia Foundation and USAID, Win the Future trained 127 young women in physics, mathematics, computer science, chemistry and soft skills. By October 2023, 91 participants had started higher education, and 16 of them had won government scholarships. The founders next plan a media campaign on the importance of education for women in Tajikistan.",
      ].join("\n\n"),
      city: "Guliston",
      region: "Sughd region",
      status: "REVIEWED",
    },
    ru: {
      name: "Shams: Win the Future",
      summary:
        "Инициатива таджикской НКО Shams: игровые внеклассные занятия готовят сельских школьниц Согдийской области к учёбе в сфере STEM; к октябрю 2023 года 91 участница поступила в вуз.",
      description: [
        "**Win the Future** («Выиграй будущее») — инициатива НКО **Shams** («Солнце» по-таджикски) из небольшого города Гулистон в Согдийской области Таджикистана. Она помогает школьницам из сёл продолжать заниматься естественными науками, математикой и технологиями, превращая учёбу в игру.",
        "Shams основали преподаватель филологии Мукаддас Хомиджонова и её 19-летняя дочь Нозанин. Изучая информатику в университете, Нозанин увидела, что девушек в её группе всего 10%. Мукаддас объясняет этот разрыв культурными нормами, по которым ранний брак для девушки важнее образования, а также нехваткой хороших учебных заведений в сельской местности; по данным ЮНЕСКО, среди выпускников вузов Таджикистана женщин лишь 38,5%.",
        "Для проекта пригласили сильных учителей из трёх соседних сёл: они ведут для девочек увлекательные внеклассные занятия по STEM-предметам в местных школах. Дружеское соревнование между школами поддерживает мотивацию: ученицы получают баллы за успехи и посещаемость, а лучшая выигрывает поездку в Душанбе и посещение ведущего университета страны.",
        "При поддержке программы «Социальные инновации в Центральной Азии» (SICA) Фонда Евразия и USAID проект обучил 127 девушек физике, математике, информатике, химии и гибким навыкам. К октябрю 2023 года 91 участница поступила в вузы, 16 из них получили престижные государственные стипендии. Следующий шаг основательниц — медиакампания о важности образования для женщин Таджикистана.",
      ].join("\n\n"),
      city: "Гулистон",
      region: "Согдийская область",
      status: "REVIEWED",
    },
  },
  aliases: ["Shams", "Шамс", "Win the Future"],
  countries: ["TJ"],
  causes: ["gender-equality", "education", "youth"],
  primaryCause: "gender-equality",
  type: "programme",
  activityStatus: "ACTIVE",
  sensitive: false,
  links: [],
  people: [
    {
      name: "Muqaddas Homidjonova",
      role: { en: "Co-founder", ru: "Соосновательница" },
      isPublic: true,
    },
    {
      name: "Nozanin",
      role: { en: "Co-founder", ru: "Соосновательница" },
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
      label: { en: "Young women trained", ru: "Девушек прошли обучение" },
      value: 127,
      source: 0,
    },
    {
      label: {
        en: "Participants who entered higher education",
        ru: "Участниц поступили в вузы",
      },
      value: 91,
      year: 2023,
      source: 0,
    },
    {
      label: {
        en: "Participants who won government scholarships",
        ru: "Участниц получили государственные стипендии",
      },
      value: 16,
      year: 2023,
      source: 0,
    },
  ],
  sources: [
    {
      title: "Mother-Daughter Duo Readies Young Women in Rural Tajikistan to Pursue STEM Education",
      publisher: "Eurasia Foundation",
      url: "https://www.eurasia.org/success-stories/mother-daughter-duo-readies-young-women-in-rural-tajikistan-to-pursue-stem-education/",
      publishedAt: "2024-01-24",
      locale: "en",
    },
  ],
};
