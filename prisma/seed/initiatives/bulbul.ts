import type { InitiativeSeed } from "../types";

export const bulbul: InitiativeSeed = {
  slug: "bulbul",
  translations: {
    en: {
      name: "Būlbūl",
      summary:
        "An Instagram channel and the AI Telegram chatbot Bulka that give survivors of sexual violence in Central Asia anonymous, free psychological self-help, local hotline contacts and rights education.",
      description: [
        "**Būlbūl** is an Instagram channel and Telegram chatbot for women and girls in Central Asia who have experienced sexual violence. It was created by Alina Ilnitskaya, a changemaker from Kazakhstan who works against intimate partner violence and non-partner sexual violence and whose commitment grew out of her own experience.",
        "The name is the Kazakh word for nightingale. It refers to the Greek myth of Philomela, who was silenced after an assault and later turned into a bird that sings; the project wants survivors to be able to tell their stories and find support.",
        "Its main tool is **Bulka** (@BulBulTg_bot), a Telegram bot powered by artificial intelligence. It offers confidential, contactless psychological self-help through personalised conversation, advice and learning materials. Because it is anonymous and free, it also reaches people held back by stigma or cost. Bulka works in Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan and lists country-specific hotlines and crisis centres. It went live on 10 February 2024 and had more than 200 users within a month.",
        "On Instagram, Būlbūl raises awareness and teaches people about their rights. It runs sessions on prevention, shares survivors' testimonies and speaks to the regional context, where patriarchal norms and weak legal protection against harassment make the problem harder to address.",
        "The project was launched with help from Eurasia Foundation's Social Innovation in Central Asia (SICA) program.",
      ].join("\n\n"),
      status: "REVIEWED",
    },
    ru: {
      name: "Būlbūl",
      summary:
        "Instagram-канал и Telegram-чат-бот Bulka на основе ИИ: анонимная бесплатная психологическая самопомощь, контакты горячих линий и правовое просвещение для пострадавших от сексуального насилия в Центральной Азии.",
      description: [
        "**Būlbūl** — Instagram-канал и Telegram-чат-бот для женщин и девушек Центральной Азии, переживших сексуальное насилие. Проект создала Алина Ильницкая — активистка из Казахстана, которая посвятила свою работу борьбе с насилием со стороны интимных партнёров и с сексуальным насилием со стороны других людей. К этой работе её привёл собственный опыт.",
        "«Бұлбұл» по-казахски значит «соловей». Название отсылает к греческому мифу о Филомеле: после насилия её лишили голоса, а затем боги превратили её в поющую птицу. Проект хочет, чтобы пострадавшие могли рассказать свою историю и получить поддержку.",
        "Главный инструмент проекта — **Bulka** (@BulBulTg_bot), Telegram-бот на основе искусственного интеллекта. Он даёт возможность конфиденциально и без личного контакта заниматься психологической самопомощью: бот ведёт персональный диалог, даёт советы и предлагает обучающие материалы. Бот анонимный и бесплатный, поэтому к нему обращаются и те, кого останавливают стигма или цена помощи. Bulka работает в Казахстане, Кыргызстане, Таджикистане и Узбекистане и подсказывает горячие линии и кризисные центры каждой страны. Бот запустили 10 февраля 2024 года, и уже через месяц им пользовались более 200 человек.",
        "В Instagram проект рассказывает о проблеме и о правах пострадавших: проводит занятия по профилактике, публикует истории выживших и учитывает региональный контекст — патриархальные нормы и слабую правовую защиту от домогательств.",
        "Проект запущен при поддержке программы «Социальные инновации в Центральной Азии» (SICA) Фонда Евразия.",
      ].join("\n\n"),
      status: "REVIEWED",
    },
  },
  aliases: ["Bulbul", "Bulka", "Būlbūl-Bulka", "Bulbul-Bulka", "Бұлбұл", "Булка"],
  countries: ["KZ", "KG", "TJ", "UZ"],
  causes: ["violence-prevention", "gender-equality", "health"],
  primaryCause: "violence-prevention",
  type: "digital-tool",
  activityStatus: "ACTIVE",
  sensitive: true,
  links: [{ type: "TELEGRAM", value: "@BulBulTg_bot", label: "Bulka" }],
  people: [
    {
      name: "Alina Ilnitskaya",
      role: { en: "Founder", ru: "Основательница" },
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
  ],
  impacts: [
    {
      label: {
        en: "Chatbot users within a month of launch (more than)",
        ru: "Пользователей чат-бота за первый месяц (более)",
      },
      value: 200,
      year: 2024,
      source: 0,
    },
  ],
  sources: [
    {
      title:
        "Changemaker Combats Cultures of Silence to Support Survivors of Sexual Violence in Central Asia",
      publisher: "Eurasia Foundation",
      url: "https://www.eurasia.org/success-stories/changemaker-combats-cultures-of-silence-to-support-survivors-of-sexual-violence-in-central-asia/",
      publishedAt: "2024-11-06",
      locale: "en",
    },
  ],
};
