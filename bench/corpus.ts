/**
 * Material the generator recombines with the seed articles' texts: syllables for coined names
 * (Latin and Cyrillic, as Central Asian names are written in both), generic parts of the seed
 * names in three languages, and cities by country, weighted roughly by population.
 */
import type { CountryCode } from "../prisma/seed/taxonomy";

export type Trio = { en: string; ru: string; kk: string };

/** Latin and Cyrillic forms; two or three make a name such as Akjol / Акжол. */
export const SYLLABLES: readonly (readonly [string, string])[] = (
  "ak ак, al ал, ar ар, ai ай, ba ба, bek бек, bir бир, bul бул, by бы, da да, dar дар, " +
  "dos дос, er ер, gul гул, gy гы, jan жан, jol жол, ka ка, kaz каз, kol кол, kun кун, " +
  "kyz кыз, la ла, ly лы, mal мал, man ман, mek мек, mir мир, nur нур, nim ним, o о, ra ра, " +
  "ru ру, sa са, se се, sha ша, shy шы, ta та, tal тал, tan тан, tu ту, ul ул, yr ыр, " +
  "zhar жар, az аз, ab аб, bo бо, chy чы, dil дил, el ел, en ен, gu гу, is ис, jar жар, " +
  "ke ке, ko ко, lan лан, me ме, mu му, na на, ni ни, pa па, ri ри, sy сы, tem тем, ti ти, " +
  "tol тол, us ус, ya я, zi зи, bes бес, shol шол, kum кум, ot от"
)
  .split(", ")
  .map((pair) => {
    const [latin = "", cyrillic = ""] = pair.split(" ");
    return [latin, cyrillic] as const;
  });

/**
 * Generic parts of the seed initiatives' names. A name is "<Coined> <en>", "<ru> «<Coined>»" and
 * "«<Coined>» <kk>", or the coined word alone.
 */
export const DESCRIPTORS: readonly Trio[] = [
  { en: "Public Defenders", ru: "Общественные защитники", kk: "қоғамдық қорғаушылары" },
  {
    en: "Women's Mutual Aid Groups",
    ru: "Женские группы взаимопомощи",
    kk: "әйелдердің өзара көмек топтары",
  },
  {
    en: "Youth Civic Leadership",
    ru: "Молодёжное гражданское лидерство",
    kk: "жастардың азаматтық көшбасшылығы",
  },
  { en: "Coalition", ru: "Коалиция", kk: "коалициясы" },
  { en: "Public Foundation", ru: "Общественный фонд", kk: "қоғамдық қоры" },
  { en: "Anti-Torture Platform", ru: "Платформа против пыток", kk: "азаптауға қарсы платформасы" },
  { en: "Eco Cashback", ru: "Эко Кэшбэк", kk: "эко кэшбэгі" },
  { en: "Project", ru: "Проект", kk: "жобасы" },
  { en: "Social Enterprise", ru: "Социальное предприятие", kk: "әлеуметтік кәсіпорны" },
  { en: "Media Project", ru: "Медиапроект", kk: "медиажобасы" },
  { en: "Neighbourhood Theatre", ru: "Театр двора", kk: "аула театры" },
  {
    en: "Foundation for Literature and Art",
    ru: "Фонд литературы и искусства",
    kk: "әдебиет және өнер қоры",
  },
  { en: "Youth Network", ru: "Молодёжная сеть", kk: "жастар желісі" },
  { en: "Legal Clinic", ru: "Юридическая клиника", kk: "заң клиникасы" },
];

export interface City {
  name: Trio;
  region?: Trio;
  weight: number;
}

const TURKISTAN: Trio = {
  en: "Turkistan region",
  ru: "Туркестанская область",
  kk: "Түркістан облысы",
};
const SUGHD: Trio = { en: "Sughd region", ru: "Согдийская область", kk: "Соғды облысы" };
const KARAKALPAKSTAN: Trio = {
  en: "Republic of Karakalpakstan",
  ru: "Республика Каракалпакстан",
  kk: "Қарақалпақстан Республикасы",
};
const KARAGANDA: Trio = {
  en: "Karaganda region",
  ru: "Карагандинская область",
  kk: "Қарағанды облысы",
};

const city = (en: string, ru: string, kk: string, weight: number, region?: Trio): City => ({
  name: { en, ru, kk },
  region,
  weight,
});

export const CITIES: Record<CountryCode, readonly City[]> = {
  KZ: [
    city("Almaty", "Алматы", "Алматы", 20),
    city("Astana", "Астана", "Астана", 12),
    city("Shymkent", "Шымкент", "Шымкент", 10),
    city("Karaganda", "Караганда", "Қарағанды", 5, KARAGANDA),
    city("Aktobe", "Актобе", "Ақтөбе", 5),
    city("Taraz", "Тараз", "Тараз", 4),
    city("Pavlodar", "Павлодар", "Павлодар", 4),
    city("Oskemen", "Усть-Каменогорск", "Өскемен", 4),
    city("Semey", "Семей", "Семей", 3),
    city("Kyzylorda", "Кызылорда", "Қызылорда", 3),
    city("Turkistan", "Туркестан", "Түркістан", 3, TURKISTAN),
    city("Aksukent", "Аксукент", "Ақсукент", 1, TURKISTAN),
    city("Karnak", "Карнак", "Қарнақ", 1, TURKISTAN),
  ],
  KG: [
    city("Bishkek", "Бишкек", "Бішкек", 10),
    city("Osh", "Ош", "Ош", 6),
    city("Jalal-Abad", "Джалал-Абад", "Жалалабат", 3),
    city("Karakol", "Каракол", "Қарақол", 2),
    city("Naryn", "Нарын", "Нарын", 1),
  ],
  TJ: [
    city("Dushanbe", "Душанбе", "Душанбе", 10),
    city("Khujand", "Худжанд", "Хұжанд", 5, SUGHD),
    city("Guliston", "Гулистон", "Гүлистан", 1, SUGHD),
    city("Bokhtar", "Бохтар", "Бохтар", 3),
    city("Khorog", "Хорог", "Хорог", 1),
  ],
  TM: [
    city("Ashgabat", "Ашхабад", "Ашхабад", 10),
    city("Turkmenabat", "Туркменабад", "Түрікменабат", 3),
    city("Mary", "Мары", "Мары", 2),
    city("Dashoguz", "Дашогуз", "Дашогыз", 2),
  ],
  UZ: [
    city("Tashkent", "Ташкент", "Ташкент", 15),
    city("Samarkand", "Самарканд", "Самарқанд", 6),
    city("Bukhara", "Бухара", "Бұхара", 4),
    city("Nukus", "Нукус", "Нөкіс", 3, KARAKALPAKSTAN),
    city("Fergana", "Фергана", "Ферғана", 4),
    city("Namangan", "Наманган", "Наманган", 4),
    city("Andijan", "Андижан", "Әндіжан", 4),
  ],
};

/**
 * Primary country: the seed's shares (mostly Kazakhstan, then Uzbekistan and Tajikistan), with
 * Kyrgyzstan and Turkmenistan given a share so that every country facet has values.
 */
export const COUNTRY_WEIGHTS: readonly (readonly [CountryCode, number])[] = [
  ["KZ", 55],
  ["UZ", 18],
  ["TJ", 12],
  ["KG", 12],
  ["TM", 3],
];
