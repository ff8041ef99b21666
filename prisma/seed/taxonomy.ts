import type { LocalizedText } from "../../lib/i18n/locales";

interface TaxonEntry {
  name: LocalizedText & { en: string; ru: string; kk: string };
  description: LocalizedText & { en: string; ru: string; kk: string };
}

export const COUNTRIES = {
  KZ: {
    name: { en: "Kazakhstan", ru: "Казахстан", kk: "Қазақстан" },
    description: {
      en: "The largest country of Central Asia, with an active youth and civic scene in Almaty, Astana and Shymkent.",
      ru: "Крупнейшая страна Центральной Азии с активной молодёжной и гражданской средой в Алматы, Астане и Шымкенте.",
      kk: "Орталық Азиядағы ең үлкен ел; Алматы, Астана мен Шымкентте жастар мен азаматтық белсенділік жоғары.",
    },
  },
  KG: {
    name: { en: "Kyrgyzstan", ru: "Кыргызстан", kk: "Қырғызстан" },
    description: {
      en: "A mountainous republic known for a lively non-governmental sector.",
      ru: "Горная республика с активным некоммерческим сектором.",
      kk: "Үкіметтік емес секторы белсенді таулы республика.",
    },
  },
  TJ: {
    name: { en: "Tajikistan", ru: "Таджикистан", kk: "Тәжікстан" },
    description: {
      en: "A country where many families depend on labour migration, and community groups fill the gaps.",
      ru: "Страна, где многие семьи живут за счёт трудовой миграции, а общественные группы восполняют пробелы.",
      kk: "Көп отбасы еңбек көші-қонына сүйенетін, қоғамдық топтар олқылықтың орнын толтыратын ел.",
    },
  },
  TM: {
    name: { en: "Turkmenistan", ru: "Туркменистан", kk: "Түрікменстан" },
    description: {
      en: "The most closed country of the region, where civic initiatives work in difficult conditions.",
      ru: "Самая закрытая страна региона, где гражданские инициативы работают в сложных условиях.",
      kk: "Аймақтағы ең жабық ел; азаматтық бастамалар қиын жағдайда жұмыс істейді.",
    },
  },
  UZ: {
    name: { en: "Uzbekistan", ru: "Узбекистан", kk: "Өзбекстан" },
    description: {
      en: "The most populous country of Central Asia, including the autonomous Republic of Karakalpakstan.",
      ru: "Самая населённая страна Центральной Азии, включающая автономную Республику Каракалпакстан.",
      kk: "Орталық Азиядағы халқы ең көп ел; құрамында Қарақалпақстан Республикасы бар.",
    },
  },
} as const satisfies Record<string, TaxonEntry>;

export type CountryCode = keyof typeof COUNTRIES;

/** Causes with the UN Sustainable Development Goals they serve. */
export const CAUSES = {
  "gender-equality": {
    sdgs: [5],
    name: { en: "Gender equality", ru: "Гендерное равенство", kk: "Гендерлік теңдік" },
    description: {
      en: "Equal rights, opportunities and safety for women and girls.",
      ru: "Равные права, возможности и безопасность для женщин и девочек.",
      kk: "Әйелдер мен қыздарға тең құқық, мүмкіндік және қауіпсіздік.",
    },
  },
  "violence-prevention": {
    sdgs: [5, 16],
    name: {
      en: "Ending violence",
      ru: "Противодействие насилию",
      kk: "Зорлық-зомбылыққа қарсы",
    },
    description: {
      en: "Preventing domestic and sexual violence and supporting survivors.",
      ru: "Профилактика домашнего и сексуального насилия и поддержка пострадавших.",
      kk: "Тұрмыстық және жыныстық зорлықтың алдын алу, зардап шеккендерге қолдау.",
    },
  },
  "human-rights": {
    sdgs: [16],
    name: { en: "Human rights", ru: "Права человека", kk: "Адам құқықтары" },
    description: {
      en: "Defending people's rights, access to justice and freedom from torture.",
      ru: "Защита прав людей, доступ к правосудию и свобода от пыток.",
      kk: "Адам құқықтарын қорғау, сот әділдігіне қолжетімділік, азаптаудан азаттық.",
    },
  },
  "good-governance": {
    sdgs: [16],
    name: {
      en: "Transparency and good governance",
      ru: "Прозрачность и подотчётность",
      kk: "Ашықтық және есептілік",
    },
    description: {
      en: "Open public spending, anti-corruption work and better laws.",
      ru: "Открытые государственные расходы, борьба с коррупцией и качественные законы.",
      kk: "Мемлекеттік шығындардың ашықтығы, сыбайлас жемқорлыққа қарсы күрес, сапалы заңдар.",
    },
  },
  "civic-participation": {
    sdgs: [16, 11],
    name: {
      en: "Civic participation",
      ru: "Гражданское участие",
      kk: "Азаматтық қатысу",
    },
    description: {
      en: "Helping people take part in decisions about their community and country.",
      ru: "Вовлечение людей в решения о своём сообществе и стране.",
      kk: "Адамдардың өз қауымдастығы мен елі туралы шешімдерге қатысуы.",
    },
  },
  youth: {
    sdgs: [4, 8],
    name: { en: "Youth", ru: "Молодёжь", kk: "Жастар" },
    description: {
      en: "Opportunities, skills and a voice for young people.",
      ru: "Возможности, навыки и голос для молодых людей.",
      kk: "Жастарға мүмкіндік, дағды және өз үнін білдіру.",
    },
  },
  education: {
    sdgs: [4],
    name: { en: "Education", ru: "Образование", kk: "Білім беру" },
    description: {
      en: "Learning in and out of school, from civic education to STEM.",
      ru: "Обучение в школе и вне её: от гражданского образования до STEM.",
      kk: "Мектепте және мектептен тыс оқу: азаматтық біліммен қатар STEM.",
    },
  },
  environment: {
    sdgs: [12, 13],
    name: { en: "Environment", ru: "Экология", kk: "Экология" },
    description: {
      en: "Recycling, clean cities and care for nature.",
      ru: "Переработка отходов, чистые города и забота о природе.",
      kk: "Қалдықтарды қайта өңдеу, таза қала және табиғатқа қамқорлық.",
    },
  },
  "urban-development": {
    sdgs: [11],
    name: {
      en: "Cities and communities",
      ru: "Города и сообщества",
      kk: "Қалалар мен қауымдастықтар",
    },
    description: {
      en: "Livable cities shaped together with the people who live in them.",
      ru: "Комфортные города, которые создаются вместе с жителями.",
      kk: "Тұрғындармен бірге жасалатын жайлы қалалар.",
    },
  },
  migration: {
    sdgs: [10],
    name: { en: "Migration", ru: "Миграция", kk: "Көші-қон" },
    description: {
      en: "Support for migrants, returnees and their families.",
      ru: "Поддержка мигрантов, репатриантов и их семей.",
      kk: "Мигранттарға, қандастарға және олардың отбасыларына қолдау.",
    },
  },
  "culture-heritage": {
    sdgs: [11],
    name: {
      en: "Culture and heritage",
      ru: "Культура и наследие",
      kk: "Мәдениет және мұра",
    },
    description: {
      en: "Keeping languages, arts and traditions alive.",
      ru: "Сохранение языков, искусства и традиций.",
      kk: "Тілді, өнерді және дәстүрді сақтау.",
    },
  },
  "social-entrepreneurship": {
    sdgs: [8],
    name: {
      en: "Social entrepreneurship",
      ru: "Социальное предпринимательство",
      kk: "Әлеуметтік кәсіпкерлік",
    },
    description: {
      en: "Businesses that solve social problems and create fair jobs.",
      ru: "Бизнес, который решает социальные задачи и создаёт достойные рабочие места.",
      kk: "Әлеуметтік мәселелерді шешетін, лайықты жұмыс орнын ашатын бизнес.",
    },
  },
  "economic-empowerment": {
    sdgs: [1, 8],
    name: {
      en: "Economic empowerment",
      ru: "Экономические возможности",
      kk: "Экономикалық мүмкіндіктер",
    },
    description: {
      en: "Income, savings and skills for people who are left behind.",
      ru: "Доход, сбережения и навыки для тех, кто остаётся позади.",
      kk: "Қолдауға мұқтаж адамдарға табыс, жинақ және дағды.",
    },
  },
  "peace-disarmament": {
    sdgs: [16, 3],
    name: {
      en: "Peace and nuclear safety",
      ru: "Мир и ядерная безопасность",
      kk: "Бейбітшілік және ядролық қауіпсіздік",
    },
    description: {
      en: "Disarmament and justice for communities affected by nuclear testing.",
      ru: "Разоружение и справедливость для людей, пострадавших от ядерных испытаний.",
      kk: "Қарусыздану және ядролық сынақтан зардап шеккендерге әділдік.",
    },
  },
  health: {
    sdgs: [3],
    name: { en: "Health and wellbeing", ru: "Здоровье", kk: "Денсаулық" },
    description: {
      en: "Physical and mental health, and access to care.",
      ru: "Физическое и психическое здоровье, доступ к помощи.",
      kk: "Дене және психикалық денсаулық, көмекке қолжетімділік.",
    },
  },
  "inclusion-disability": {
    sdgs: [10],
    name: { en: "Inclusion", ru: "Инклюзия", kk: "Инклюзия" },
    description: {
      en: "Equal participation for people with disabilities and other excluded groups.",
      ru: "Равное участие людей с инвалидностью и других исключённых групп.",
      kk: "Мүгедектігі бар адамдар мен басқа да шеттетілген топтардың тең қатысуы.",
    },
  },
} as const satisfies Record<string, TaxonEntry & { sdgs: readonly number[] }>;

export type CauseSlug = keyof typeof CAUSES;

export const ORG_TYPES = {
  ngo: { en: "NGO", ru: "НКО", kk: "ҮЕҰ" },
  coalition: { en: "Coalition", ru: "Коалиция", kk: "Коалиция" },
  "social-enterprise": {
    en: "Social enterprise",
    ru: "Социальное предприятие",
    kk: "Әлеуметтік кәсіпорын",
  },
  "media-project": { en: "Media project", ru: "Медиапроект", kk: "Медиажоба" },
  "digital-tool": { en: "Digital tool", ru: "Цифровой инструмент", kk: "Цифрлық құрал" },
  "informal-group": {
    en: "Informal group",
    ru: "Неформальная группа",
    kk: "Бейресми топ",
  },
  programme: { en: "Programme", ru: "Программа", kk: "Бағдарлама" },
  "advocacy-campaign": {
    en: "Advocacy campaign",
    ru: "Адвокационная кампания",
    kk: "Адвокаси науқаны",
  },
} as const satisfies Record<string, { en: string; ru: string; kk: string }>;

export type OrgTypeSlug = keyof typeof ORG_TYPES;
