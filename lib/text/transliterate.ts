/**
 * Cyrillic to Latin transliteration covering Russian, Kazakh, Kyrgyz, Tajik and Uzbek Cyrillic,
 * plus folding of Latin diacritics. Every letter maps to something: a name is never reduced to
 * the ASCII letters it happened to contain ("Күн Жарығы" is "Kun Zharygy", not "un ary").
 */
const CYRILLIC: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "yo",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  // Kazakh
  ә: "a",
  ғ: "g",
  қ: "q",
  ң: "n",
  ө: "o",
  ұ: "u",
  ү: "u",
  һ: "h",
  і: "i",
  // Tajik and Uzbek
  ӣ: "i",
  ӯ: "u",
  ҳ: "h",
  ҷ: "j",
  ў: "o",
  // Ukrainian and Belarusian letters met in names
  є: "ye",
  ї: "yi",
  ґ: "g",
};

/** Latin letters that Unicode decomposition does not reduce to ASCII. */
const LATIN_SPECIAL: Record<string, string> = {
  ı: "i",
  ß: "ss",
  ø: "o",
  đ: "d",
  ł: "l",
  æ: "ae",
  œ: "oe",
  þ: "th",
  ð: "d",
};

/** Apostrophe-like marks used in Uzbek and Karakalpak Latin (oʻ, gʻ) and in names. */
const APOSTROPHES = /[\u02BB\u02BC\u2018\u2019'`´]/g;

function mapChar(char: string): string {
  const lower = char.toLowerCase();
  const mapped = CYRILLIC[lower] ?? LATIN_SPECIAL[lower];
  if (mapped === undefined) return char;
  if (char === lower || mapped === "") return mapped;
  // Keep capitalisation of the first letter: "Ж" -> "Zh".
  return mapped.charAt(0).toUpperCase() + mapped.slice(1);
}

/** Transliterates Cyrillic to Latin and strips diacritics; other characters pass through. */
export function transliterate(input: string): string {
  let out = "";
  for (const char of input.normalize("NFC")) out += mapChar(char);
  return out
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(APOSTROPHES, "");
}
