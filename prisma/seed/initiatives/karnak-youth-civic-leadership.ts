import type { InitiativeSeed } from "../types";

export const karnakYouthCivicLeadership: InitiativeSeed = {
  slug: "karnak-youth-civic-leadership",
  translations: {
    en: {
      name: "Enhancing the Potential of the Youth of Karnak Village for the Development of Civic Leadership",
      summary:
        "A civic leadership project for young people in Karnak village, Turkistan region, that ran training sessions for local youth and led to two new playgrounds.",
      description: [
        "This project was started by **Nasiba Nuritdinova** for young people in her home village of Karnak in Kazakhstan's Turkistan region. The village has about 16,000 residents, including some 3,500 school-age children and 3,200 young adults, and she saw that their educational opportunities were limited.",
        "After an internship and a job in the civil sector and a master's degree in social sciences in 2022, Nasiba returned to Karnak. In 2023 she joined the Central Asia Youth Leadership Academy (CAYLA) of Eurasia Foundation's Social Innovation in Central Asia (SICA) project, funded by USAID. There she researched the needs of the village's children and young people and wrote up her findings in an analytical report, which shaped the design of the project.",
        "With a Young Civic Leader Scholarship from SICA, she organised training sessions on sustainable community development, youth civic engagement, volunteering and related topics. Participants practised project management, communication and teamwork and gained confidence as changemakers. Trainers came from Almaty and Shymkent; a local teacher described it as the first time the village had hosted such trainings.",
        "Wanting to reach more young people, Nasiba used her grant-writing skills to push for more recreational space. Her initiative attracted grant funding and the interest of the authorities and local residents, and two new playgrounds were built: one for young children and one for sports.",
      ].join("\n\n"),
      city: "Karnak",
      region: "Turkistan region",
      status: "REVIEWED",
    },
    ru: {
      name: "Развитие потенциала молодёжи села Карнак для гражданского лидерства",
      summary:
        "Проект гражданского лидерства для молодёжи села Карнак в Туркестанской области: тренинги для местных ребят и две новые площадки, построенные по инициативе автора проекта.",
      description: [
        "Проект запустила **Насиба Нуритдинова** для молодёжи своего родного села Карнак в Туркестанской области. В селе живут около 16 тысяч человек, в том числе примерно 3500 детей школьного возраста и 3200 молодых людей, и, по её наблюдениям, возможностей для учёбы и развития у них мало.",
        "После стажировки и работы в гражданском секторе и магистратуры по социальным наукам, которую она окончила в 2022 году, Насиба вернулась в Карнак. В 2023 году она поступила в Центральноазиатскую академию молодёжного лидерства (CAYLA) проекта «Социальные инновации в Центральной Азии» (SICA) Фонда Евразия, финансируемого USAID. Там она изучила потребности детей и молодёжи села и подготовила аналитический отчёт, на котором и построен проект.",
        "На стипендию Young Civic Leader Scholarship от SICA она организовала тренинги по устойчивому развитию сообществ, гражданской активности молодёжи, волонтёрству и другим темам. Участники учились управлять проектами, эффективно общаться и работать в команде и стали увереннее в себе как лидеры перемен. Тренеры приезжали из Алматы и Шымкента; по словам местного учителя, такие тренинги прошли в селе впервые.",
        "Чтобы охватить больше молодёжи, Насиба применила навыки написания грантов и взялась за создание мест для отдыха. Её инициатива привлекла грантовое финансирование и интерес властей и жителей, и в селе построили две новые площадки — детскую и спортивную.",
      ].join("\n\n"),
      city: "Карнак",
      region: "Туркестанская область",
      status: "REVIEWED",
    },
    kk: {
      name: "Қарнақ ауылы жастарының азаматтық көшбасшылық әлеуетін дамыту",
      summary:
        "Түркістан облысындағы Қарнақ ауылының жастарына арналған азаматтық көшбасшылық жобасы: жергілікті жастарға тренингтер өткізіліп, ауылда екі жаңа алаң салынды.",
      description: [
        "Бұл жобаны Қарнақ ауылының тумасы **Насиба Нуритдинова** бастады. Түркістан облысындағы бұл ауылда шамамен 16 мың адам тұрады, оның ішінде мектеп жасындағы 3 500-ге жуық бала мен 3 200 жас бар. Насибаның байқауынша, олардың білім алу мүмкіндіктері шектеулі.",
        "Азаматтық секторда тағылымдамадан өтіп, жұмыс істеген Насиба 2022 жылы әлеуметтік ғылымдар бойынша магистр дәрежесін алып, туған ауылына оралды. 2023 жылы ол USAID қаржыландыратын Еуразия қорының «Орталық Азиядағы әлеуметтік инновациялар» (SICA) жобасы аясындағы Орталық Азия жастар көшбасшылығы академиясына (CAYLA) қатысты. Онда ол ауылдағы балалар мен жастардың қажеттіліктерін зерттеп, талдамалық есеп дайындады.",
        "SICA-ның Young Civic Leader Scholarship стипендиясы арқылы ол тұрақты даму, жастардың азаматтық белсенділігі және волонтерлік бойынша тренингтер ұйымдастырды. Қатысушылар жобаны басқаруды, тиімді қарым-қатынас жасауды және командада жұмыс істеуді үйренді. Тренерлер Алматы мен Шымкенттен келді.",
        "Кейін Насиба грант жазу дағдысын пайдаланып, ауылда демалыс орындарын көбейтуге кірісті. Оның бастамасы гранттық қаржыландыруға ие болып, билік пен тұрғындардың қызығушылығын оятты. Нәтижесінде ауылда екі жаңа алаң салынды: бірі кішкентай балаларға, екіншісі спортқа арналған.",
      ].join("\n\n"),
      city: "Қарнақ",
      region: "Түркістан облысы",
      status: "DRAFT",
    },
  },
  aliases: ["Karnak youth civic leadership project", "Карнак", "Қарнақ"],
  countries: ["KZ"],
  causes: ["youth", "education", "civic-participation"],
  primaryCause: "youth",
  type: "programme",
  activityStatus: "ACTIVE",
  sensitive: false,
  links: [],
  people: [
    {
      name: "Nasiba Nuritdinova",
      role: {
        en: "Founder and project lead",
        ru: "Автор и руководитель проекта",
        kk: "Жоба авторы және жетекшісі",
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
        en: "Social Innovation in Central Asia (SICA): Young Civic Leader Scholarship",
        ru: "«Социальные инновации в Центральной Азии» (SICA): стипендия Young Civic Leader Scholarship",
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
      label: { en: "New playgrounds built", ru: "Построено новых площадок" },
      value: 2,
      source: 0,
    },
  ],
  sources: [
    {
      title: "Young Leader Launches Civic Education Program for Youth in Rural Kazakhstan",
      publisher: "Eurasia Foundation",
      url: "https://www.eurasia.org/success-stories/young-leader-launches-civic-education-program-for-youth-in-rural-kazakhstan/",
      publishedAt: "2024-06-27",
      locale: "en",
    },
  ],
};
