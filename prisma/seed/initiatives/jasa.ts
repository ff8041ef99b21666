import type { InitiativeSeed } from "../types";

export const jasa: InitiativeSeed = {
  slug: "jasa",
  translations: {
    en: {
      name: "JASA",
      summary:
        "An organisation working on artificial intelligence governance and policy, founded by young activist Rakhmatulla Yerdaulet; it represents youth at international forums and wants young people to help shape how AI is developed and regulated.",
      description: [
        "**JASA** is an organisation focused on the governance of artificial intelligence and related policy issues. It was founded by Rakhmatulla Yerdaulet Bakytzhanuly, who is also its executive director and a co-founder of the ASKAK anti-nuclear coalition; he describes JASA as the second organisation he is developing.",
        "Its starting point is that, as AI becomes more prominent in Kazakhstan, Central Asia and the rest of the world, young people should help shape how it is developed and regulated rather than only use it.",
        "In the year before the interview was published, JASA took part in international conferences in the Middle East, in Abu Dhabi, the capital of the United Arab Emirates, and in Amman, the capital of Jordan, where it represented young people in panel discussions and other forums. The organisation is preparing to expand its team.",
        "Its founder comes from the former South Kazakhstan region and is known for activism on social justice, nuclear security and AI. He holds a Hungaricum scholarship at Ludovica University of Public Service in Budapest. Volunteering in climate justice, civil rights and human rights led him to nuclear issues and AI policy, and he encourages young people to research the needs of the people they want to help before launching an initiative.",
      ].join("\n\n"),
      status: "REVIEWED",
    },
    ru: {
      name: "JASA",
      summary:
        "Организация, которая занимается управлением искусственным интеллектом и связанной с ним политикой. Её основал молодой активист Рахматулла Ердаулет; JASA представляет молодёжь на международных площадках и выступает за её участие в развитии и регулировании ИИ.",
      description: [
        "**JASA** — организация, которая занимается вопросами управления искусственным интеллектом и связанной с ним политики. Её основал Рахматулла Ердаулет Бакытжанулы, он же её исполнительный директор и сооснователь антиядерной коалиции ASKAK; JASA он называет второй организацией, которую развивает.",
        "Исходная идея JASA такова: ИИ занимает всё более заметное место в Казахстане, Центральной Азии и во всём мире, поэтому молодёжь должна не только пользоваться им, но и участвовать в том, как он развивается и регулируется.",
        "В предыдущем году JASA участвовала в международных конференциях на Ближнем Востоке — в Абу-Даби, столице ОАЭ, и в Аммане, столице Иордании, — где представляла молодёжь на панельных дискуссиях и других площадках. Сейчас организация готовится расширять команду.",
        "Основатель JASA родом из бывшей Южно-Казахстанской области и известен активизмом в сферах социальной справедливости, ядерной безопасности и ИИ. Он стипендиат программы Hungaricum в Университете государственной службы Ludovica в Будапеште. Волонтёрство в движениях за климатическую справедливость, гражданские права и права человека привело его к ядерной проблематике и политике в области ИИ. Молодым людям он советует перед запуском любой инициативы изучить потребности тех, кому она адресована.",
      ].join("\n\n"),
      status: "REVIEWED",
    },
    kk: {
      name: "JASA",
      summary:
        "Жасанды интеллектіні басқару және реттеу мәселелерімен айналысатын ұйым. Оны жас белсенді Rakhmatulla Yerdaulet құрды; ұйым халықаралық алаңдарда жастардың атынан сөйлейді.",
      description: [
        "**JASA** – жасанды интеллектіні басқару және соған байланысты саясат мәселелерімен айналысатын ұйым. Оның негізін қалаушы әрі атқарушы директоры – ASKAK антиядролық коалициясының негізін қалаушылардың бірі Rakhmatulla Yerdaulet Bakytzhanuly. Ол JASA-ны өзі дамытып жатқан екінші ұйым деп атайды.",
        "Ұйымның басты ұстанымы: жасанды интеллект Қазақстанда, Орталық Азияда және бүкіл әлемде барған сайын маңызды бола түскендіктен, жастар оны тек пайдаланушы ғана емес, оның дамуы мен реттелуіне белсенді қатысушы болуы керек.",
        "Өткен жылы JASA Таяу Шығыстағы халықаралық конференцияларға – Біріккен Араб Әмірліктерінің астанасы Әбу-Дабиде және Иорданияның астанасы Амманда өткен іс-шараларға қатысып, панельдік талқылаулар мен басқа да алаңдарда жастардың атынан сөз сөйледі. Қазір ұйым командасын кеңейтуге дайындалып жатыр.",
        "Ұйымның негізін қалаушы бұрынғы Оңтүстік Қазақстан облысынан шыққан. Ол әлеуметтік әділеттілік, ядролық қауіпсіздік және жасанды интеллект салаларындағы белсенділігімен танымал, Будапешттегі Ludovica мемлекеттік қызмет университетінің Hungaricum стипендиясының иегері.",
      ].join("\n\n"),
      status: "DRAFT",
    },
  },
  aliases: ["ЖАСА"],
  countries: ["KZ"],
  causes: ["good-governance", "youth"],
  primaryCause: "good-governance",
  type: "ngo",
  activityStatus: "ACTIVE",
  sensitive: false,
  links: [],
  people: [
    {
      name: "Rakhmatulla Yerdaulet Bakytzhanuly",
      role: {
        en: "Founder and executive director",
        ru: "Основатель и исполнительный директор",
        kk: "Негізін қалаушы және атқарушы директор",
      },
      isPublic: true,
    },
  ],
  fundings: [],
  impacts: [],
  sources: [
    {
      title:
        "“Youth Striving to Change the World Are Never Alone”: An Interview with Rakhmatulla Yerdaulet",
      publisher: "Birgemiz",
      url: "https://qazvolunteer.kz/en/articles/molodezh-stremyashchayasya-izmenit-mir-nikogda-ne-byvaet-odna-intervyu-s-rakhmatulla-erdauletom",
      publishedAt: "2025-04-23",
      locale: "en",
    },
  ],
};
