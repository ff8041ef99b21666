import type { InitiativeSeed } from "../types";

export const uProjects: InitiativeSeed = {
  slug: "u-projects",
  translations: {
    en: {
      name: "U:projects",
      summary:
        "A non-commercial, city-wide community project in Shymkent with seven directions and more than ten sub-projects, from U:talk dialogues with officials to poetry, dance and PechaKucha Night events.",
      description: [
        "**U:projects** is a social project in Shymkent founded by Tokhtar Alimbekov, a Shymkent native who returned home after studying in America to help change the city for the better. With a team of like-minded people he also brought PechaKucha Night to the city. The project aims to reshape the city's social fabric and get residents involved in civic life, and to show that people from Shymkent can be leaders.",
        "U:projects works in seven directions: culture, charity, tourism, a platform for dialogue between citizens and state bodies, safety, urban improvement and education, with more than ten sub-projects. In **U:talk** [сен:сөйле], schoolchildren, students and officials discussed pressing issues over four meetings, and young people felt that the authorities had started to listen. Other formats include the *Kvartirnik* gatherings, the *Bile* dance project and the *Shabyt* poetry evenings. PechaKucha Night, which the team runs under licence from its Japanese creators, is an “intellectual party” where residents discuss the city's future.",
        "The team has no fixed size: anyone who wants to grow and improve their city can join. Older residents take part as well, so the project now presents itself as a city-wide public initiative rather than a youth one. It is non-commercial and non-political, belongs neither to officials nor to business, and wants to be a meeting point between residents and state bodies.",
        "At the time of the interview, local IT companies planned to build U:konnect, a free app to speed up and track residents' complaints. The team was raising funds and considering handing its brand and projects to other cities free of charge.",
      ].join("\n\n"),
      city: "Shymkent",
      status: "REVIEWED",
    },
    ru: {
      name: "U:projects",
      summary:
        "Некоммерческий общегородской проект в Шымкенте: семь направлений и более десяти подпроектов — от диалогов с чиновниками U:talk до поэтических и танцевальных вечеров и PechaKucha Night.",
      description: [
        "**U:projects** — социальный проект в Шымкенте, который основал Тохтар Алимбеков, коренной шымкентец, вернувшийся в родной город после учёбы в Америке, чтобы менять его к лучшему. Вместе с единомышленниками он также запустил в городе PechaKucha Night. Проект стремится изменить социальную среду Шымкента, вовлечь горожан в гражданскую жизнь и показать, что шымкентцы могут быть лидерами.",
        "У U:projects семь направлений: культура, благотворительность, туризм, площадка для диалога граждан и государственных органов, безопасность, благоустройство и образование, — и более десяти подпроектов. На встречах **U:talk** [сен:сөйле] школьники, студенты и представители госорганов обсуждали острые вопросы; за четыре встречи молодёжь почувствовала, что власти начали её слышать. Среди других форматов — «Квартирник», танцевальный проект «Биле» и поэтические вечера «Шабыт». PechaKucha Night, которую команда проводит по лицензии японских создателей формата, — это «интеллектуальная вечеринка», где горожане обсуждают будущее Шымкента.",
        "Постоянного состава у команды нет: участвовать может любой, кто хочет развиваться сам и развивать свой город. На встречи приходят и люди старшего возраста, поэтому проект теперь позиционирует себя не как молодёжный, а как общественный проект городского масштаба. Он некоммерческий и вне политики, не принадлежит ни чиновникам, ни бизнесу и хочет быть точкой соприкосновения жителей и государственных органов.",
        "На момент интервью несколько местных IT-компаний собирались бесплатно разработать приложение U:konnect, которое ускорит рассмотрение жалоб горожан и позволит следить за их решением. Команда искала финансирование и рассматривала возможность бесплатно передать свой бренд и проекты другим городам.",
      ].join("\n\n"),
      city: "Шымкент",
      status: "REVIEWED",
    },
  },
  aliases: ["U projects", "Uprojects"],
  countries: ["KZ"],
  causes: ["civic-participation", "urban-development", "youth", "culture-heritage"],
  primaryCause: "civic-participation",
  type: "ngo",
  activityStatus: "ACTIVE",
  sensitive: false,
  links: [],
  people: [
    {
      name: "Тохтар Алимбеков",
      role: { en: "Founder", ru: "Основатель" },
      isPublic: true,
    },
  ],
  fundings: [],
  impacts: [
    {
      label: { en: "Sub-projects (more than)", ru: "Подпроектов (более)" },
      value: 10,
      source: 0,
    },
    {
      label: {
        en: "U:talk meetings between young people and officials",
        ru: "Встреч U:talk молодёжи с чиновниками",
      },
      value: 4,
      source: 0,
    },
  ],
  sources: [
    {
      title: "U:projects: Как молодые люди меняют Шымкент",
      publisher: "Steppe",
      url: "https://the-steppe.com/gorod/u-projects-kak-molodye-lyudi-menyayut-shymkent",
      locale: "ru",
    },
  ],
};
