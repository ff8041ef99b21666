import type { InitiativeSeed } from "../types";

export const izProject: InitiativeSeed = {
  slug: "iz-project",
  translations: {
    en: {
      name: "iz project",
      summary:
        "A volunteer-run social media project about young ethnic Kazakhs who have returned to Kazakhstan, helping them integrate and building understanding among Kazakh youth of different backgrounds.",
      description: [
        "**iz project** is a social media project about ethnic return immigrants in Kazakhstan: ethnic Kazakhs who have moved to the country from places such as China, Mongolia, Uzbekistan, Russia, Iran and Afghanistan. In Kazakh, *iz* can mean a trace, a footprint, a track or an imprint, and the team uses the word for the long journeys these people have made.",
        "Its mission is to help young returnees integrate into Kazakh society and to build understanding between young Kazakhs from different geographic and cultural backgrounds. The project is led by Yingkar Bahetnur, a civil engineering graduate of Nazarbayev University who shares her audience's background: part of her family moved to Kazakhstan from China. A small volunteer team of young Kazakhs from across the country and abroad works with her.",
        "Since early October 2021 the team has published on Instagram, YouTube and Facebook, mainly in Kazakh and English and partly in Russian. Regular rubrics include video interviews with young returnees, anonymous personal stories, local and foreign practices, and opportunities for personal and professional growth. Each month the team chooses a theme and films one or two interviews.",
        "About two and a half months after the launch, the Instagram account had more than 400 followers with an engagement rate of around 20%, and the YouTube channel had over 80 subscribers and more than 600 views.",
        "Yingkar Bahetnur took part in APCEIU's 7th Youth Workshop on Global Citizenship Education and received a grant through it, and the project also won a grant in the Jas Social Impact competition of the NU Social Development Fund. Mentoring from Me.reka and from influencer Aisana Ashim in a Women Mentorship Program helped shape its scope and strategy.",
      ].join("\n\n"),
      status: "REVIEWED",
    },
    ru: {
      name: "iz project",
      summary:
        "Волонтёрский проект в соцсетях о молодых кандасах — этнических казахах, переехавших в Казахстан. Помогает им освоиться в обществе и сближает казахскую молодёжь из разных стран и культур.",
      description: [
        "**iz project** — проект в социальных сетях о кандасах, то есть этнических казахах, которые переехали в Казахстан из Китая, Монголии, Узбекистана, России, Ирана, Афганистана и других стран. Казахское слово *із* означает след, отпечаток, тропу, а также оставленное влияние; так команда называет долгий путь, который проделали эти люди.",
        "Цель проекта — помочь молодым кандасам влиться в казахстанское общество и наладить взаимопонимание между казахской молодёжью разного происхождения. Руководит проектом Yingkar Bahetnur, выпускница инженерной школы Назарбаев Университета по специальности «гражданское строительство». Она сама из семьи переселенцев: часть её родных переехала в Казахстан из Китая. Вместе с ней работает небольшая команда волонтёров из разных регионов страны и из-за рубежа.",
        "С начала октября 2021 года проект ведёт страницы в Instagram, YouTube и Facebook — в основном на казахском и английском, частично на русском. Постоянные рубрики: видеоинтервью с молодыми кандасами, анонимные истории, местный и зарубежный опыт, возможности для личного и профессионального роста. Каждый месяц команда выбирает тему и снимает одно-два интервью.",
        "Примерно через два с половиной месяца после запуска у Instagram-аккаунта было более 400 подписчиков при вовлечённости около 20%, а у YouTube-канала — более 80 подписчиков и свыше 600 просмотров.",
        "Yingkar Bahetnur стала участницей и грантополучательницей 7-го молодёжного семинара APCEIU по образованию в духе глобальной гражданственности, а проект выиграл грант в конкурсе Jas Social Impact Фонда социального развития Назарбаев Университета. Определить рамки и стратегию проекта помогли наставники из Me.reka и блогер Aisana Ashim в рамках программы наставничества для женщин.",
      ].join("\n\n"),
      status: "REVIEWED",
    },
    kk: {
      name: "iz project",
      summary:
        "Қазақстанға көшіп келген қандас жастар туралы әлеуметтік желідегі ерікті жоба. Жас қандастардың қоғамға бейімделуіне көмектесіп, әр елден шыққан қазақ жастарын жақындастырады.",
      description: [
        "**iz project** – шетелден Қазақстанға көшіп келген этникалық қазақтар, яғни қандастар туралы әлеуметтік желідегі жоба. Қазақ тіліндегі «із» сөзі табан ізін, соқпақ жолды, қалдырған белгі мен ықпалды білдіреді. Команда бұл сөз арқылы қандастардың алыс жолын атап өтеді.",
        "Жобаның мақсаты – жас қандастардың қазақ қоғамына етене араласуына қолдау көрсету және әр түрлі географиялық, мәдени ортадан шыққан қазақ жастарының бір-бірін түсінуін арттыру. Жобаны Назарбаев Университетінің түлегі Yingkar Bahetnur басқарады, оның отбасының бір бөлігі Қытайдан көшіп келген. Командада елдің түрлі өңірлерінен және шетелден келген жастар ерікті түрде жұмыс істейді.",
        "2021 жылғы қазанның басынан бері жоба Instagram, YouTube және Facebook желілерінде, негізінен қазақ және ағылшын тілдерінде, ішінара орыс тілінде жарияланады. Жас қандастармен бейнесұхбаттар, жасырын әңгімелер, отандық және шетелдік тәжірибе, жастарға арналған мүмкіндіктер туралы айдарлары бар.",
        "Іске қосылғаннан кейін шамамен екі жарым айда Instagram парақшасының оқырмандары 400-ден асты, YouTube арнасына 80-нен астам адам жазылды. Жобаға APCEIU ұйымының жастар семинары аясындағы грант пен Назарбаев Университетінің Әлеуметтік даму қорының Jas Social Impact байқауындағы грант қолдау көрсетті.",
      ].join("\n\n"),
      status: "DRAFT",
    },
  },
  aliases: ["Із", "IZ"],
  countries: ["KZ"],
  causes: ["migration", "youth", "culture-heritage"],
  primaryCause: "migration",
  type: "media-project",
  foundedYear: 2021,
  activityStatus: "ACTIVE",
  sensitive: false,
  links: [],
  people: [
    {
      name: "Yingkar Bahetnur",
      role: { en: "Project lead", ru: "Руководитель проекта", kk: "Жоба жетекшісі" },
      isPublic: true,
    },
  ],
  fundings: [
    {
      funder: {
        slug: "nu-social-development-fund",
        name: {
          en: "NU Social Development Fund",
          ru: "Фонд социального развития Назарбаев Университета",
        },
      },
      programme: { en: "Jas Social Impact", ru: "Jas Social Impact" },
    },
    {
      funder: {
        slug: "apceiu",
        name: { en: "UNESCO APCEIU", ru: "APCEIU (ЮНЕСКО)" },
      },
      programme: {
        en: "7th Youth Workshop on Global Citizenship Education (GCED)",
        ru: "7-й молодёжный семинар по образованию в духе глобальной гражданственности (GCED)",
      },
    },
  ],
  impacts: [
    {
      label: {
        en: "Instagram followers about 2.5 months after launch (more than)",
        ru: "Подписчиков в Instagram примерно через 2,5 месяца после запуска (более)",
      },
      value: 400,
      source: 1,
    },
    {
      label: { en: "Instagram engagement rate", ru: "Вовлечённость аудитории в Instagram" },
      value: 20,
      unit: { en: "%", ru: "%" },
      source: 1,
    },
    {
      label: {
        en: "YouTube subscribers about 2.5 months after launch (more than)",
        ru: "Подписчиков на YouTube примерно через 2,5 месяца после запуска (более)",
      },
      value: 80,
      source: 1,
    },
    {
      label: { en: "YouTube views (more than)", ru: "Просмотров на YouTube (более)" },
      value: 600,
      source: 1,
    },
  ],
  sources: [
    {
      title: "Jas Social Impact winners: ‘iz’ Project",
      publisher: "Nazarbayev University School of Engineering and Digital Sciences",
      url: "https://seds.nu.edu.kz/news/jas-social-impact-winners-iz-project/",
      locale: "en",
    },
    {
      title: "‘iz project’ on the Ethnic Immigrant Youth Launched in Kazakhstan",
      publisher: "APCEIU",
      url: "http://www.unescoapceiu.org/post/4369",
      locale: "en",
    },
  ],
};
