import type { InitiativeSeed } from "../types";

export const zhenskiiLuch: InitiativeSeed = {
  slug: "zhenskii-luch",
  translations: {
    en: {
      name: "Zhenskii Luch",
      summary:
        "A Kazakhstani NGO preventing domestic violence by working with both survivors and aggressors; it trains crisis centre staff, offers counselling to aggressors and helped shape the 2024 domestic violence law.",
      description: [
        "**Zhenskii Luch** (Russian for “Women's Ray”) is an NGO that has worked to prevent domestic violence in Kazakhstan since 2018. Its approach is to work with both survivors and aggressors. Supported by Eurasia Foundation's Social Innovation in Central Asia (SICA) program, it played a key part in developing the domestic violence law that came into effect in June 2024.",
        "In 2022, with SICA support, the organisation trained crisis centre specialists in the Aqmola region to work individually with survivors and with aggressors, an approach rarely used in the region before. It then began offering psychological sessions to aggressors held in the region's temporary detention centres, where psychologists had previously not been allowed; according to the team, this was the first such practice in Kazakhstan. Psychologists told detainees about free counselling available after release, and many chose to continue therapy voluntarily.",
        "After this success, Zhenskii Luch received 29 million KZT from the Civil Initiatives Support Center, a government agency under the Ministry of Culture and Information, and extended its model to East Kazakhstan, Karaganda, Almaty and the city of Astana. Crisis centres in the four regions were brought together, making the response to domestic violence more coordinated.",
        "The June 2024 law took up several of the organisation's recommendations, including mandatory psychological intervention for aggressors; it also strengthened support for families and raised penalties for domestic violence. Zhenskii Luch plans to keep training crisis centre staff, expand services for aggressors and advocate for further reform. One open challenge is the shortage of male psychologists, since male aggressors often find it easier to open up to a man.",
      ].join("\n\n"),
      status: "REVIEWED",
    },
    ru: {
      name: "Женский луч",
      summary:
        "Казахстанская НКО, которая предотвращает домашнее насилие, работая и с пострадавшими, и с агрессорами: обучает специалистов кризисных центров, консультирует агрессоров и участвовала в подготовке закона 2024 года.",
      description: [
        "**«Женский луч»** — неправительственная организация, которая с 2018 года занимается профилактикой домашнего насилия в Казахстане. Её подход — работать одновременно с пострадавшими и с агрессорами. При поддержке программы «Социальные инновации в Центральной Азии» (SICA) Фонда Евразия организация сыграла важную роль в разработке закона о домашнем насилии, вступившего в силу в июне 2024 года.",
        "В 2022 году при поддержке SICA «Женский луч» обучил специалистов кризисных центров Акмолинской области индивидуальной работе и с пострадавшими, и с агрессорами — прежде в регионе так почти не работали. Затем организация начала проводить психологические сессии для агрессоров в изоляторах временного содержания области, куда раньше психологов не допускали; по словам команды, в Казахстане такая практика появилась впервые. Психологи рассказывали задержанным о бесплатной помощи после освобождения, и многие из них потом добровольно продолжили терапию.",
        "После этого «Женский луч» получил 29 млн тенге от Центра поддержки гражданских инициатив — государственной организации при Министерстве культуры и информации — и распространил свою модель на Восточно-Казахстанскую, Карагандинскую и Алматинскую области и Астану. Кризисные центры четырёх регионов объединились, и реагирование на домашнее насилие стало более слаженным.",
        "Закон, вступивший в силу в июне 2024 года, учёл ряд рекомендаций организации, в том числе обязательную психологическую работу с агрессорами; кроме того, он усилил поддержку семей и ужесточил наказание за домашнее насилие. «Женский луч» планирует и дальше обучать сотрудников кризисных центров, расширять помощь агрессорам и добиваться новых изменений в законодательстве. Нерешённой остаётся проблема нехватки психологов-мужчин: агрессорам-мужчинам часто легче найти контакт с мужчиной.",
      ].join("\n\n"),
      status: "REVIEWED",
    },
  },
  aliases: ["Женский луч", "Zhenskiy Luch", "Women's Ray"],
  countries: ["KZ"],
  causes: ["violence-prevention", "gender-equality", "health"],
  primaryCause: "violence-prevention",
  type: "ngo",
  activityStatus: "ACTIVE",
  sensitive: true,
  links: [],
  people: [
    {
      name: "Oksana Volkova-Mikhalskaya",
      role: { en: "Head", ru: "Руководитель" },
      isPublic: false,
    },
    {
      name: "Natalya Shavrova",
      role: { en: "Project coordinator, psychologist", ru: "Координатор проекта, психолог" },
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
        en: "Social Innovation in Central Asia (SICA)",
        ru: "«Социальные инновации в Центральной Азии» (SICA)",
      },
      startYear: 2022,
    },
    {
      funder: {
        slug: "civil-initiatives-support-center",
        name: {
          en: "Civil Initiatives Support Center",
          ru: "Центр поддержки гражданских инициатив",
        },
      },
    },
  ],
  impacts: [
    {
      label: {
        en: "Additional funding from the Civil Initiatives Support Center",
        ru: "Дополнительное финансирование от Центра поддержки гражданских инициатив",
      },
      value: 29000000,
      unit: { en: "KZT", ru: "тенге" },
      source: 0,
    },
    {
      label: {
        en: "Regions where crisis centres were brought together",
        ru: "Регионов, где кризисные центры объединили работу",
      },
      value: 4,
      source: 0,
    },
  ],
  sources: [
    {
      title: "Paving the Way for Legislative Reforms to Combat Domestic Violence in Kazakhstan",
      publisher: "Eurasia Foundation",
      url: "https://www.eurasia.org/success-stories/paving-the-way-for-legislative-reforms-to-combat-domestic-violence-in-kazakhstan/",
      publishedAt: "2024-09-18",
      locale: "en",
    },
  ],
};
