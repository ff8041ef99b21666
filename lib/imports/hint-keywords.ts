/**
 * Words that point to a country or a cause beyond the taxonomy's own names (which are read from
 * the database in every language). Matched on folded text (lib/text/fold.ts), so one spelling
 * per word is enough; terms of five letters or more also match longer words they begin
 * ("uzbek" → Uzbekistan, Uzbekistani). Only codes and slugs present in the taxonomy are used.
 */

// prettier-ignore
export const COUNTRY_TERMS: Record<string, readonly string[]> = {
  KZ: [
    "Kazakh", "Kazakhstani", "Казах", "Қазақ", "Almaty", "Алматы", "Astana", "Астана",
    "Nur-Sultan", "Shymkent", "Шымкент", "Karaganda", "Qaraghandy", "Караганда", "Aktobe",
    "Taraz", "Pavlodar", "Oskemen", "Ust-Kamenogorsk", "Semey", "Atyrau", "Aktau", "Kostanay",
    "Kyzylorda", "Turkistan", "Turkestan", "Туркестан", "Petropavl", "Uralsk",
  ],
  KG: [
    "Kyrgyz", "Kirghiz", "Кыргыз", "Киргиз", "Қырғыз", "Bishkek", "Бишкек", "Osh", "Ош",
    "Jalal-Abad", "Karakol", "Naryn", "Talas", "Batken", "Issyk-Kul", "Ысык-Көл",
  ],
  TJ: [
    "Tajik", "Таджик", "Тәжік", "Dushanbe", "Душанбе", "Khujand", "Худжанд", "Kulob", "Kulyab",
    "Bokhtar", "Khorog", "Pamir", "Памир", "Gorno-Badakhshan",
  ],
  TM: [
    "Turkmen", "Туркмен", "Түрікмен", "Ashgabat", "Ашхабад", "Turkmenabat", "Dashoguz",
    "Balkanabat",
  ],
  UZ: [
    "Uzbek", "Узбек", "Өзбек", "Tashkent", "Ташкент", "Samarkand", "Самарканд", "Bukhara",
    "Бухара", "Namangan", "Andijan", "Fergana", "Ferghana", "Nukus", "Нукус", "Karakalpak",
    "Каракалпак", "Қарақалпақ", "Khiva", "Termez", "Mahalla", "Махалля",
  ],
};

// prettier-ignore
export const CAUSE_TERMS: Record<string, readonly string[]> = {
  "gender-equality": [
    "women", "woman", "girls", "gender", "female", "feminist", "mothers", "женщин", "девочек",
    "гендер", "әйелдер",
  ],
  "violence-prevention": [
    "violence", "violent", "abuse", "abused", "survivor", "harassment", "assault", "насили",
    "зорлық",
  ],
  "human-rights": [
    "human rights", "rights defender", "torture", "justice", "court", "lawyer", "legal aid",
    "public defender", "права человека", "пытк", "адам құқық",
  ],
  "good-governance": [
    "corruption", "transparency", "procurement", "accountability", "governance",
    "public spending", "budget", "коррупц", "прозрачност", "госзакуп",
  ],
  "civic-participation": [
    "civic", "citizens", "participation", "volunteer", "activism", "activist", "self-governance",
    "гражданск", "волонтёр", "волонтер", "азаматтық",
  ],
  youth: ["youth", "young people", "students", "teenagers", "молодёж", "молодеж", "жастар"],
  education: [
    "education", "school", "teacher", "training", "stem", "literacy", "learning", "образован",
    "школ", "білім",
  ],
  environment: [
    "environment", "environmental", "recycling", "recyclable", "waste", "ecology", "climate",
    "pollution", "эколог", "отход", "переработк",
  ],
  "urban-development": [
    "urban", "city", "cities", "neighborhood", "neighbourhood", "public space", "yard", "городск",
    "двор", "благоустро",
  ],
  migration: ["migrant", "migration", "labor migrant", "returnee", "мигрант", "миграц", "көші-қон"],
  "culture-heritage": [
    "culture", "cultural", "heritage", "museum", "artist", "artistic", "literature", "культур",
    "наследи", "музей", "мәдениет",
  ],
  "social-entrepreneurship": [
    "social entrepreneur", "social entrepreneurship", "social enterprise", "social business",
    "социальное предпринимательство", "социальный бизнес",
  ],
  "economic-empowerment": [
    "income", "livelihood", "employment", "jobs", "economic", "savings", "microloan", "financial",
    "доход", "занятост",
  ],
  "peace-disarmament": ["peace", "nuclear", "disarmament", "semipalatinsk", "ядерн", "полигон"],
  health: [
    "health", "psychological", "mental", "medical", "hospital", "disease", "psychologist",
    "здоровь", "психолог", "денсаулық",
  ],
  "inclusion-disability": [
    "disability", "disabilities", "disabled", "inclusive", "inclusion", "wheelchair", "deaf",
    "blind", "инвалид", "инклюзи", "мүгедек",
  ],
};
