// This file holds the Russian messages about a school's input: each names the school, the field and the cell.
export type ProblemCode =
  | 'layout_changed'
  | 'required_empty'
  | 'not_a_number'
  | 'number_as_text'
  | 'comma_decimal'
  | 'not_integer'
  | 'negative'
  | 'out_of_range'
  | 'not_yes_no'
  | 'not_a_url'
  | 'exceeds_participants'
  | 'numerator_exceeds'
  | 'sheet_missing'
  | 'file_unreachable';

type Raw = string | number | boolean | null;
const shown = (raw: Raw) => `«${String(raw)}»`;

const BAD: Record<string, (raw: Raw) => string> = {
  not_a_number: (raw) => `${shown(raw)} — не число`,
  number_as_text: (raw) => `${shown(raw)} введено как текст, а нужно число`,
  comma_decimal: (raw) => `${shown(raw)} — дробное число с запятой там, где нужно целое`,
  not_integer: (raw) => `${shown(raw)} — дробное число там, где нужно целое`,
  negative: (raw) => `${shown(raw)} — отрицательное число`,
  out_of_range: (raw) => `${shown(raw)} вне допустимых пределов`,
  not_yes_no: (raw) => `${shown(raw)} — нужно «Да» или «Нет»`,
  not_a_url: (raw) => `${shown(raw)} — не ссылка (нужен адрес, начинающийся с https://)`,
};

export const P = {
  layoutChanged: (school: string, cell: string, expected: string, found: string) =>
    `${school}: структура формы изменена — в ячейке ${cell} должно быть «${expected}», а стоит «${found}». ` +
    'Верните удалённые или перемещённые строки (или пересоздайте форму) — данные школы не прочитаны.',
  requiredEmpty: (school: string, field: string, cell: string) =>
    `${school}: не заполнено обязательное поле «${field}» (${cell}).`,
  bad: (code: ProblemCode, school: string, field: string, cell: string, raw: Raw) =>
    `${school}: поле «${field}» (${cell}): ${(BAD[code] ?? BAD.not_a_number!)(raw)}. Значение не учтено.`,
  marksSum: 'сумма отметок «2»–«5»',
  belowCount: 'число не преодолевших порог',
  comparisonSum: 'сумма подтвердивших, понизивших и повысивших отметку',
  exceedsParticipants: (school: string, cell: string, what: string, sum: number, n: number) =>
    `${school}: ${what} (${sum}) больше числа участников (${n}) — проверьте строку ${cell}.`,
  numeratorExceeds: (school: string, cell: string, indicator: string, a: number, b: number) =>
    `${school}: для показателя «${indicator}» числитель (${a}) больше знаменателя (${b}) — проверьте ${cell}.`,
  sheetMissing: (school: string, sheet: string) =>
    `${school}: не найден лист «${sheet}» — он удалён или переименован. Верните имя листа или запустите «Новый мониторинг» ещё раз.`,
  fileUnreachable: (school: string, url: string) =>
    `${school}: нет доступа к файлу школы ${url}. Попросите школу открыть доступ.`,
} as const;
