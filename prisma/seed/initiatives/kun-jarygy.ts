import type { InitiativeSeed } from "../types";

export const kunJarygy: InitiativeSeed = {
  slug: "kun-jarygy",
  translations: {
    en: {
      name: "Kun Jarygy",
      summary:
        "A coalition of 23 NGOs and 32 experts that monitors public procurement across Kazakhstan, teaches citizens to track state spending and runs the ProZakup.kz platform.",
      description: [
        "**Kun Jarygy** (“Sunlight” in Kazakh) is a coalition that monitors state spending across Kazakhstan. A team of procurement professionals set it up in summer 2022, and it brings together 23 NGOs and 32 experts. Kazakhstan opened an electronic platform with public access to state purchasing in 2015, but few independent civic groups or individuals had the knowledge and skills to track contracts effectively.",
        "Co-founder Nurgali Rakhmanov, who had gained procurement experience in international companies, turned to watchdog work after SICA's Policy Research School, which teaches practical tools for tracking public spending. The idea of an umbrella body for NGOs working on procurement came up in a WhatsApp chat among classmates. In May 2022, when Eurasia Foundation's Social Innovation in Central Asia (SICA) program opened a grant competition, he, Aida Bapakhova, Ruslan Asaubayev and Abai Myrkhin proposed the coalition, which was launched with support from SICA and the Open Contracting Partnership.",
        "The coalition runs free webinars on public monitoring of procurement that also draw government procurement staff; one participant went on to teach an in-person course for 16 civic activists in Uralsk in August 2023. In January 2024, under co-founder Aida Bapakhova, a former project director of egov.kz, it launched ProZakup.kz, an online guide to the regulatory environment for activists and NGOs. Members share methods with each other, for example from a study of school construction spending.",
        "In one year, coalition members monitored 1,222 tenders worth 346 billion KZT, found 270 purchases with violations and sent 89 complaints to government agencies. This led to 5 criminal cases and 11.4 million KZT being returned to the state budget. Kun Jarygy now aims to build partnerships with government agencies to strengthen public oversight, transparency and procurement officers' skills.",
      ].join("\n\n"),
      status: "REVIEWED",
    },
    ru: {
      name: "Күн Жарығы",
      summary:
        "Коалиция из 23 НКО и 32 экспертов, которая следит за государственными закупками по всему Казахстану, учит граждан контролировать бюджетные расходы и ведёт платформу ProZakup.kz.",
      description: [
        "**«Күн Жарығы»** («Солнечный свет» по-казахски) — коалиция, которая ведёт общественный мониторинг государственных расходов по всему Казахстану. Её создала летом 2022 года команда специалистов по закупкам; в коалицию входят 23 НКО и 32 эксперта. В 2015 году в Казахстане заработала электронная платформа с открытым доступом к госзакупкам, однако независимых общественных организаций и граждан, умеющих профессионально отслеживать контракты, по-прежнему мало.",
        "Сооснователь коалиции Нургали Рахманов, знакомый с закупками по работе в международных компаниях, переключился на общественный контроль после Школы исследования политики программы SICA, где учат практическим инструментам контроля за госрасходами. Идея объединить НКО, работающие с закупками, родилась в чате однокурсников в WhatsApp. В мае 2022 года, когда программа «Социальные инновации в Центральной Азии» (SICA) Фонда Евразия объявила грантовый конкурс, он вместе с Аидой Бапаховой, Русланом Асаубаевым и Абаем Мырхиным предложил создать коалицию. Она была запущена при поддержке SICA и Open Contracting Partnership.",
        "Коалиция проводит бесплатные вебинары по общественному мониторингу закупок, на которые приходят и сотрудники госорганов; один из слушателей затем провёл очный курс для 16 гражданских активистов в Уральске в августе 2023 года. В январе 2024 года под руководством сооснователя Аиды Бапаховой, бывшего директора проекта egov.kz, коалиция запустила ProZakup.kz — онлайн-путеводитель по регулированию закупок для активистов и НКО. Участники делятся друг с другом методиками — например, наработками исследования расходов на строительство школ.",
        "За один год участники коалиции проверили 1222 тендера на 346 млрд тенге, выявили 270 закупок с нарушениями и направили в госорганы 89 жалоб. В результате было возбуждено 5 уголовных дел, а в бюджет вернулось 11,4 млн тенге. Теперь «Күн Жарығы» стремится выстроить партнёрство с госорганами, чтобы укрепить общественный контроль, повысить прозрачность и квалификацию специалистов по закупкам.",
      ].join("\n\n"),
      status: "REVIEWED",
    },
    kk: {
      name: "Күн Жарығы",
      summary:
        "Қазақстан бойынша мемлекеттік сатып алуды бақылайтын 23 ҮЕҰ мен 32 сарапшының коалициясы. Азаматтарды мемлекет шығынын қадағалауға үйретеді және ProZakup.kz платформасын жүргізеді.",
      description: [
        "**«Күн Жарығы»** – Қазақстан бойынша мемлекеттік шығындарды қоғамдық бақылаумен айналысатын коалиция. Оны 2022 жылдың жазында сатып алу саласының мамандары құрды, құрамында 23 үкіметтік емес ұйым мен 32 сарапшы бар. Елде 2015 жылдан бері мемлекеттік сатып алуға ашық қолжетімділігі бар электрондық платформа жұмыс істейді, бірақ келісімшарттарды тиімді қадағалай алатын азаматтық ұйымдар мен белсенділер әлі де аз.",
        "Коалиция Еуразия қорының «Орталық Азиядағы әлеуметтік инновациялар» (SICA) бағдарламасы мен Open Contracting Partnership ұйымының қолдауымен іске қосылды. Ол сатып алуды қоғамдық бақылау бойынша тегін вебинарлар өткізеді, ал 2024 жылғы қаңтарда белсенділер мен ҮЕҰ-ларға арналған ProZakup.kz анықтамалық сайтын ашты.",
        "Бір жыл ішінде коалиция мүшелері жалпы сомасы 346 млрд теңге болатын 1 222 тендерді тексеріп, 270 сатып алудан заң бұзушылық анықтады және мемлекеттік органдарға 89 шағым жолдады. Соның нәтижесінде 5 қылмыстық іс қозғалып, мемлекеттік бюджетке 11,4 млн теңге қайтарылды. Енді коалиция қоғамдық бақылауды күшейту үшін мемлекеттік органдармен серіктестікті нығайтуды көздейді.",
      ].join("\n\n"),
      status: "DRAFT",
    },
  },
  aliases: ["Kun Zharygy", "Kyn Zharygy", "Кун Жарыгы", "Күн Жарығы", "Sunlight", "ProZakup.kz"],
  countries: ["KZ"],
  causes: ["good-governance", "civic-participation"],
  primaryCause: "good-governance",
  type: "coalition",
  foundedYear: 2022,
  activityStatus: "ACTIVE",
  sensitive: false,
  links: [{ type: "WEBSITE", value: "ProZakup.kz", label: "ProZakup" }],
  people: [
    {
      name: "Nurgali Rakhmanov",
      role: { en: "Co-founder", ru: "Сооснователь", kk: "Негізін қалаушылардың бірі" },
      isPublic: true,
    },
    {
      name: "Aida Bapakhova",
      role: { en: "Co-founder", ru: "Сооснователь", kk: "Негізін қалаушылардың бірі" },
      isPublic: true,
    },
    {
      name: "Ruslan Asaubayev",
      role: {
        en: "Co-initiator of the coalition",
        ru: "Один из инициаторов создания коалиции",
        kk: "Коалицияны құруға бастамашы болғандардың бірі",
      },
      isPublic: true,
    },
    {
      name: "Abai Myrkhin",
      role: {
        en: "Co-initiator of the coalition",
        ru: "Один из инициаторов создания коалиции",
        kk: "Коалицияны құруға бастамашы болғандардың бірі",
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
        en: "Social Innovation in Central Asia (SICA)",
        ru: "«Социальные инновации в Центральной Азии» (SICA)",
      },
      startYear: 2022,
    },
    {
      funder: {
        slug: "open-contracting-partnership",
        name: { en: "Open Contracting Partnership", ru: "Open Contracting Partnership" },
      },
      startYear: 2022,
    },
  ],
  impacts: [
    {
      label: { en: "Member NGOs", ru: "НКО в составе коалиции" },
      value: 23,
      source: 0,
    },
    {
      label: { en: "Member experts", ru: "Экспертов в составе коалиции" },
      value: 32,
      source: 0,
    },
    {
      label: { en: "Tenders monitored in one year", ru: "Тендеров проверено за год" },
      value: 1222,
      source: 0,
    },
    {
      label: { en: "Value of tenders monitored", ru: "Сумма проверенных тендеров" },
      value: 346000000000,
      unit: { en: "KZT", ru: "тенге" },
      source: 0,
    },
    {
      label: { en: "Purchases with violations found", ru: "Выявлено закупок с нарушениями" },
      value: 270,
      source: 0,
    },
    {
      label: {
        en: "Complaints sent to government agencies",
        ru: "Жалоб направлено в госорганы",
      },
      value: 89,
      source: 0,
    },
    {
      label: { en: "Criminal cases opened", ru: "Возбуждено уголовных дел" },
      value: 5,
      source: 0,
    },
    {
      label: { en: "Returned to the state budget", ru: "Возвращено в госбюджет" },
      value: 11400000,
      unit: { en: "KZT", ru: "тенге" },
      source: 0,
    },
    {
      label: {
        en: "Civic activists trained in an in-person course in Uralsk",
        ru: "Гражданских активистов прошли очный курс в Уральске",
      },
      value: 16,
      year: 2023,
      source: 0,
    },
  ],
  sources: [
    {
      title: "Anti-Corruption Coalition Shines a Light on State Procurement in Kazakhstan",
      publisher: "Eurasia Foundation",
      url: "https://www.eurasia.org/success-stories/supporting-the-anti-corruption-coalition-tracking-state-procurement-transparency-in-kazakhstan/",
      publishedAt: "2024-04-05",
      locale: "en",
    },
  ],
};
