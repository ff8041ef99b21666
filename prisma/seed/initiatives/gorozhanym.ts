import type { InitiativeSeed } from "../types";

export const gorozhanym: InitiativeSeed = {
  slug: "gorozhanym",
  translations: {
    en: {
      name: "Gorozhanym",
      summary:
        "An Almaty initiative that strengthens residents' right to the city through community projects, environmental education, urban research and work on local self-governance rules.",
      description: [
        "**Gorozhanym** is an Almaty initiative, headed by Alesya Nugayeva, that works to empower residents' right to the city and involve them in urban processes. Its name joins the Russian word *gorod* (“city”) and the Kazakh *zhanym* (“my soul”). Over time it has become an official institution for community activation, support and research in urbanism and sociology.",
        "Its story began almost ten years ago with **This Yard**, which revived neighbourhoods through eco-education, training and joint improvement of public spaces, with a focus on children. It was followed by **Neighborhood Theater**, which created stages and other public art spaces to make the city less monocentric.",
        "A 2021 grant from Eurasia Foundation's Social Innovation in Central Asia (SICA) program funded research showing that nearly a third of Almaty residents put environmental problems ahead of other urban issues. In response the team built an online quiz game about common environmental problems, which drew more than 1,000 users in its first week. A second SICA grant in 2023 supported a project guided by the principle “nothing for the community without the community”: the city approved new community engagement regulations, and the team published *Korpe*, a guide to Almaty's urban communities and their projects.",
        "Gorozhanym also studies “third places” outside home, work and school. It created an interactive “Map of Third Places/Murders/Kisses” of places tied to residents' memories, and launched the educational podcast *Communata*, which increased the reach of its social media by 64%. An expert community of urbanists formed around this work helped draft amendments to Almaty's building code and proposals to update Kazakhstan's Law on Local Self-Governance.",
      ].join("\n\n"),
      city: "Almaty",
      status: "REVIEWED",
    },
    ru: {
      name: "Горожаным",
      summary:
        "Алматинская инициатива, которая отстаивает право жителей на город: соседские проекты, экопросвещение, городские исследования и участие в подготовке правил местного самоуправления.",
      description: [
        "**«Горожаным»** — инициатива из Алматы под руководством Алеси Нугаевой. Её задача — укреплять право жителей на город и вовлекать их в городские процессы. Название соединяет русское слово «город» и казахское «жаным» («душа моя»). Со временем инициатива стала официальной организацией, которая занимается активизацией и поддержкой сообществ, а также исследованиями в области урбанистики и социологии.",
        "Всё началось почти десять лет назад с проекта This Yard («Этот двор»): он оживлял дворы через экопросвещение, тренинги и совместное благоустройство общественных пространств, прежде всего с участием детей. Следующим стал «Театр соседей» (Neighborhood Theater), который создавал сцены и другие общественные арт-пространства, чтобы город перестал быть моноцентричным.",
        "На грант программы «Социальные инновации в Центральной Азии» (SICA) Фонда Евразия в 2021 году команда провела исследование: почти треть алматинцев назвала экологические проблемы важнее других городских вопросов. По его итогам появилась онлайн-игра-викторина о типичных экологических проблемах — за первую неделю в неё сыграли более 1000 человек. Второй грант SICA в 2023 году поддержал проект по принципу «ничего для сообщества без сообщества»: город утвердил новые правила вовлечения сообществ, а команда выпустила Korpe — путеводитель по городским сообществам Алматы и их проектам.",
        "«Горожаным» также изучает «третьи места» — пространства вне дома, работы и учёбы. Команда сделала интерактивную «Карту третьих мест/убийств/поцелуев» с местами, связанными с личными воспоминаниями горожан, и запустила просветительский подкаст Communata, который расширил охват её соцсетей на 64%. Сложившееся вокруг этой работы экспертное сообщество урбанистов участвовало в подготовке поправок к строительным нормам Алматы и предложений по обновлению закона Казахстана о местном самоуправлении.",
      ].join("\n\n"),
      city: "Алматы",
      status: "REVIEWED",
    },
  },
  aliases: ["Горожаным", "This Yard", "Neighborhood Theater"],
  countries: ["KZ"],
  causes: ["urban-development", "civic-participation", "environment"],
  primaryCause: "urban-development",
  type: "ngo",
  activityStatus: "ACTIVE",
  sensitive: false,
  links: [],
  people: [
    {
      name: "Alesya Nugayeva",
      role: { en: "Head", ru: "Руководитель" },
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
      startYear: 2021,
    },
    {
      funder: {
        slug: "eurasia-foundation",
        name: { en: "Eurasia Foundation", ru: "Фонд Евразия" },
      },
      programme: {
        en: "Social Innovation in Central Asia (SICA)",
        ru: "«Социальные инновации в Центральной Азии» (SICA)",
      },
      startYear: 2023,
    },
  ],
  impacts: [
    {
      label: {
        en: "Users of the environmental quiz game in its first week (more than)",
        ru: "Пользователей экологической игры-викторины за первую неделю (более)",
      },
      value: 1000,
      source: 0,
    },
    {
      label: {
        en: "Growth in social media reach after the Communata podcast launch",
        ru: "Рост охвата соцсетей после запуска подкаста Communata",
      },
      value: 64,
      unit: { en: "%", ru: "%" },
      source: 0,
    },
  ],
  sources: [
    {
      title: "Redefining Civic Engagement as City Engagement in Almaty",
      publisher: "Eurasia Foundation",
      url: "https://www.eurasia.org/success-stories/redefining-civic-engagement-as-city-engagement-in-almaty/",
      publishedAt: "2024-10-09",
      locale: "en",
    },
  ],
};
