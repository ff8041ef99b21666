import type { InitiativeSeed } from "../types";

export const janashaKozqaras: InitiativeSeed = {
  slug: "janasha-kozqaras",
  translations: {
    en: {
      name: "Jańasha Kózqaras",
      summary:
        "A youth ambassador project that brings young people in Uzbekistan closer to the Savitsky Museum in Nukus through excursions, masterclasses, events and games promoting Karakalpakstan's artistic heritage.",
      description: [
        "**Jańasha Kózqaras** (Karakalpak for “New Look”) aims to revive interest in the National Museum named after Igor Savitsky in Nukus among local youth. Often called the “Louvre in the Desert”, the museum holds more than 10,000 pieces of Karakalpak, Uzbek, Kazakh and Turkmen folk art, a large archaeological collection going back to the Bronze Age and rare early-20th-century avant-garde art, yet it had struggled to engage young people at home.",
        "The project was launched in 2023 by Mukhammed Kaipbergenov, grandson of the Uzbek and Karakalpak writer Tulepbergen Kaipbergenov, with a grant from Eurasia Foundation's Social Innovation in Central Asia (SICA) program. He had earlier taken part in SICA's Central Asia Youth Leadership Academy (CAYLA), where he learned project management, fundraising and communications.",
        "Jańasha Kózqaras built a community of young ambassadors from different regions of Uzbekistan, many of them young creatives and aspiring artists. In the “Past-Present-Future” activity they studied the museum's history, its current role and challenges, and new ways to promote it, alongside excursions, lectures and masterclasses. The ambassadors then ran their own awareness projects, guided tours and even helped restore exhibits.",
        "They organised five educational events in Tashkent, Nukus and Namangan in Uzbekistan and in Ufa, Russia, where they also met the Karakalpak diaspora. The Tashkent Art Day featured collage workshops, a screening of *The Passion of Igor Savitsky* and a talk with filmmaker Ali Khamraev, while art historian Tigran Mkrtychev joined the Nukus and Ufa events online. In Namangan the group set up a Friends of the Savitsky Museum Club and created art board and floor games about the museum, the first of their kind in Uzbekistan. A dedicated social media page documents the work.",
      ].join("\n\n"),
      city: "Nukus",
      region: "Republic of Karakalpakstan",
      status: "REVIEWED",
    },
    ru: {
      name: "Jańasha Kózqaras",
      summary:
        "Проект молодых послов Музея имени Савицкого в Нукусе: экскурсии, мастер-классы, мероприятия и настольные игры, которые знакомят молодёжь Узбекистана с художественным наследием Каракалпакстана.",
      description: [
        "**Jańasha Kózqaras** («Новый взгляд» по-каракалпакски) — проект, который стремится вернуть местной молодёжи интерес к Национальному музею имени Игоря Савицкого в Нукусе. Музей, который часто называют «Лувром в пустыне», хранит более 10 000 предметов каракалпакского, узбекского, казахского и туркменского народного искусства, обширную археологическую коллекцию начиная с бронзового века и редкое собрание авангарда начала XX века. Однако привлечь местную молодёжь ему долго не удавалось.",
        "Проект запустил в 2023 году Мухаммед Каипбергенов, внук узбекского и каракалпакского писателя Тулепбергена Каипбергенова, на грант программы «Социальные инновации в Центральной Азии» (SICA) Фонда Евразия. Перед этим он прошёл Центральноазиатскую академию молодёжного лидерства (CAYLA) программы SICA, где освоил управление проектами, фандрайзинг и коммуникации.",
        "Вокруг проекта сложилось сообщество молодых послов музея из разных регионов Узбекистана, среди которых много молодых творческих людей и начинающих художников. В упражнении «Прошлое — настоящее — будущее» они изучали историю музея, его нынешнюю роль и трудности и придумывали, как его продвигать; кроме того, участвовали в экскурсиях, лекциях и мастер-классах. Затем послы запустили собственные просветительские проекты, проводили экскурсии и даже помогали реставрировать экспонаты.",
        "Они провели пять просветительских мероприятий — в Ташкенте, Нукусе и Намангане, а также в Уфе, где встретились с каракалпакской диаспорой. В Ташкенте прошёл День искусства с мастер-классами по коллажу, показом фильма The Passion of Igor Savitsky и встречей с режиссёром Али Хамраевым; к мероприятиям в Нукусе и Уфе онлайн присоединился искусствовед Тигран Мкртычев. В Намангане появился Клуб друзей музея Савицкого, а участники придумали настольные и напольные игры о музее — первые такие игры в Узбекистане. Работу проекта освещает отдельная страница в соцсетях.",
      ].join("\n\n"),
      city: "Нукус",
      region: "Республика Каракалпакстан",
      status: "REVIEWED",
    },
  },
  aliases: ["Janasha Kozqaras", "Жаңаша көзқарас", "New Look", "Новый взгляд"],
  countries: ["UZ"],
  causes: ["culture-heritage", "youth", "education"],
  primaryCause: "culture-heritage",
  type: "programme",
  foundedYear: 2023,
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
      startYear: 2023,
    },
  ],
  impacts: [
    {
      label: {
        en: "Educational events organised by the ambassadors",
        ru: "Просветительских мероприятий, проведённых послами",
      },
      value: 5,
      source: 0,
    },
  ],
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
