import type { InitiativeSeed } from "../types";

export const tulepbergenKaipbergenovFoundation: InitiativeSeed = {
  slug: "tulepbergen-kaipbergenov-foundation",
  translations: {
    en: {
      name: "Tulepbergen Kaipbergenov Public Foundation for the Development of Literature and Art",
      summary:
        "A public foundation founded by Mukhammed Kaipbergenov in honour of his grandfather, the writer Tulepbergen Kaipbergenov, to advance the cultural heritage of Karakalpakstan.",
      description: [
        "The **Tulepbergen Kaipbergenov Public Foundation for the Development of Literature and Art** was founded by Mukhammed Kaipbergenov in honour of his grandfather, the renowned Uzbek and Karakalpak writer Tulepbergen Kaipbergenov. Its mission is to advance the cultural heritage of Karakalpakstan.",
        "Mukhammed grew up in a family devoted to national culture and the arts and is a champion of the National Museum named after Igor Savitsky in Nukus. He set up the foundation building on the results of Jańasha Kózqaras, his youth ambassador project for the museum, which was supported by Eurasia Foundation's Social Innovation in Central Asia (SICA) program.",
        "Together with the museum's management and Jańasha Kózqaras participants, the foundation prepared recommendations on formally involving the young ambassador community in decisions on art and culture. It submitted them to the Ministry of Culture of the Republic of Karakalpakstan, which has shown interest in working with the community on future initiatives.",
        "The foundation is also in dialogue with Uzbekistan's Agency for Cultural Heritage on long-term strategies to grow this community and keep up outreach for the Savitsky Museum. Mukhammed points out that the museum's treasures are shown abroad more often than in Nukus, and sees the work as a way to return this heritage to the people of Karakalpakstan and Uzbekistan and connect future generations with it.",
      ].join("\n\n"),
      status: "REVIEWED",
    },
    ru: {
      name: "Общественный фонд развития литературы и искусства имени Тулепбергена Каипбергенова",
      summary:
        "Общественный фонд, который Мухаммед Каипбергенов основал в честь деда, писателя Тулепбергена Каипбергенова, чтобы развивать и продвигать культурное наследие Каракалпакстана.",
      description: [
        "**Общественный фонд развития литературы и искусства имени Тулепбергена Каипбергенова** основал Мухаммед Каипбергенов в честь своего деда — известного узбекского и каракалпакского писателя. Миссия фонда — развивать культурное наследие Каракалпакстана.",
        "Мухаммед вырос в семье, преданной национальной культуре и искусству, и много делает для Национального музея имени Игоря Савицкого в Нукусе. Фонд он создал, опираясь на успех Jańasha Kózqaras — своего проекта молодых послов музея, который поддержала программа «Социальные инновации в Центральной Азии» (SICA) Фонда Евразия.",
        "Вместе с руководством музея и участниками Jańasha Kózqaras фонд подготовил рекомендации о том, как официально включить сообщество молодых послов в принятие решений в сфере искусства и культуры. Рекомендации направлены в Министерство культуры Республики Каракалпакстан, которое проявило интерес к совместной работе с сообществом.",
        "Фонд также обсуждает с Агентством культурного наследия Узбекистана долгосрочные стратегии развития сообщества и продвижения музея Савицкого. Мухаммед отмечает, что сокровища музея чаще выставляются за рубежом, чем в самом Нукусе, и видит в этой работе способ вернуть наследие жителям Каракалпакстана и Узбекистана и передать его будущим поколениям.",
      ].join("\n\n"),
      status: "REVIEWED",
    },
  },
  aliases: ["Tulepbergen Kaipbergenov Foundation", "Фонд Тулепбергена Каипбергенова"],
  countries: ["UZ"],
  causes: ["culture-heritage", "civic-participation"],
  primaryCause: "culture-heritage",
  type: "ngo",
  activityStatus: "ACTIVE",
  sensitive: false,
  links: [],
  people: [
    {
      name: "Mukhammed Kaipbergenov",
      role: { en: "Founder", ru: "Основатель" },
      isPublic: true,
    },
  ],
  fundings: [],
  impacts: [],
  sources: [
    {
      title: "Uniting Youth to Promote Karakalpakstan’s Artistic Heritage",
      publisher: "Eurasia Foundation",
      url: "https://www.eurasia.org/success-stories/uniting-youth-to-promote-karakalpakstans-artistic-heritage/",
      publishedAt: "2024-09-23",
      locale: "en",
    },
  ],
};
