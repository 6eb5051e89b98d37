// This file is the Russian vocabulary the deadline parser reads (input, not display): month names in
// the cases the seeds and methodologists use, quarters, half-years, seasons, counts, and the
// qualifiers that say "when" without a date («по мере необходимости», «по плану работы …»).
// The text it matches is already lower-cased, with «ё» → «е», dashes → «-» and spaces collapsed.

const MONTH_FORMS: readonly (readonly string[])[] = [
  ['январь', 'января', 'январе'],
  ['февраль', 'февраля', 'феврале'],
  ['март', 'марта', 'марте'],
  ['апрель', 'апреля', 'апреле'],
  ['май', 'мая', 'мае'],
  ['июнь', 'июня', 'июне'],
  ['июль', 'июля', 'июле'],
  ['август', 'августа', 'августе'],
  ['сентябрь', 'сентября', 'сентябре'],
  ['октябрь', 'октября', 'октябре'],
  ['ноябрь', 'ноября', 'ноябре'],
  ['декабрь', 'декабря', 'декабре'],
];

const MONTH_BY_WORD = new Map<string, number>(
  MONTH_FORMS.flatMap((forms, i) => forms.map((form): [string, number] => [form, i + 1])),
);

/** Any month form, longest first so «марта» wins over «март». Not anchored; used inside other patterns. */
export const MONTH = `(?:${[...MONTH_BY_WORD.keys()].sort((a, b) => b.length - a.length).join('|')})(?![а-я])`;

export function monthNumber(word: string): number | undefined {
  return MONTH_BY_WORD.get(word);
}

/** A word boundary for Cyrillic (JavaScript's \b only knows Latin letters). */
export const END = '(?![а-яa-z0-9])';

/** What may follow a 4-digit year: «г.», «г.г.», «гг.», «год», «годы», «года», «году», «годах». */
export const YEAR_SUFFIX = `(?: ?(?:г\\. ?г\\.?|гг\\.?|годы|годах|годов|году|года|год|г\\.?)(?![а-я]))?`;

/** Roman or Arabic ordinal (I–IV, 1–4) or its word, as a number. */
const ORDINAL_WORDS: readonly [string, number][] = [
  ['перв', 1],
  ['втор', 2],
  ['трет', 3],
  ['четверт', 4],
];
const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

export function ordinalNumber(token: string): number | undefined {
  const roman = ROMAN[token];
  if (roman !== undefined) return roman;
  if (/^[1-4]$/.test(token)) return Number(token);
  return ORDINAL_WORDS.find(([stem]) => token.startsWith(stem))?.[1];
}

const ORDINAL =
  '(iv|iii|ii|i|[1-4])(?:-?(?:й|ый|ой|ий|е|ое|ом))?|(перв|втор|трет|четверт)(?:ый|ой|ий|ое|ом|ем|ьем|ого|ьего)';
export const QUARTER = `(?:${ORDINAL}) квартал(?:а|е)?${END}`;
export const HALF = `(?:${ORDINAL}) полугоди[еяи]${END}`;

export const SEASONS: readonly [RegExp, 'spring' | 'summer' | 'autumn' | 'winter'][] = [
  [/^весн/, 'spring'],
  [/^лет/, 'summer'],
  [/^осен/, 'autumn'],
  [/^зим/, 'winter'],
];
export const SEASON = `(?:весна|весной|весне|лето|летом|осень|осенью|осени|зима|зимой|зиме)${END}`;

const COUNT_WORDS: Readonly<Record<string, number>> = {
  один: 1,
  два: 2,
  двух: 2,
  три: 3,
  трех: 3,
  четыре: 4,
  четырех: 4,
};

export function countNumber(token: string): number | undefined {
  return COUNT_WORDS[token] ?? (/^\d{1,2}$/.test(token) ? Number(token) : undefined);
}

export const COUNT = `(\\d{1,2}|один|два|двух|три|трех|четыре|четырех)(?:-х)?`;

/** Qualifiers that say how the work is timed without giving a date. */
export const CONDITION_PREFIXES: readonly string[] = [
  'по мере',
  'по плану',
  'по отдельному плану',
  'по графику',
  'по запросу',
  'по необходимости',
  'при необходимости',
  'по согласованию',
  'в соответствии с',
  'согласно',
];
