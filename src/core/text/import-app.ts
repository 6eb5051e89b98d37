// This file holds the Russian text of the import as an action on the workbook (issue 8): the service
// tab that remembers school mappings, messages about sheets and choices, the summary, the log entry,
// and the messages of local mode's table reader (.xlsx / .csv). Parser messages are in ./import.ts.
import type { Column } from '../config/tab';

/** Service tab of the name mappings the user made once (rows without a ФИС ОКО login). */
export const MAPPING_TAB = 'Сопоставление школ';

export const MAPPING_COLUMNS: Column[] = [
  {
    header: 'Ключ',
    note: 'Служебное: как строка отчёта опознаётся при следующем импорте (нормализованное название).',
    width: 260,
  },
  { header: 'Как в отчёте', note: 'Название школы так, как оно записано в файле результатов.', width: 260 },
  {
    header: 'Код школы',
    note: 'Код школы с листа «Школы», которой соответствует строка отчёта. Можно исправить или удалить строку.',
    width: 90,
    editable: true,
  },
  { header: 'Сопоставлено', note: 'Когда сопоставление сделано.', width: 130 },
  { header: 'Кто', note: 'Кто сопоставил.', width: 170 },
];

const q = (s: string) => `«${s}»`;

export const importAppText = {
  logAction: 'Импорт результатов',
  badOptions: (detail: string) => `параметры импорта: ${detail}`,
  noSheet: (name: string) => `Лист ${q(name)} не найден: вставьте отчёт на лист и выберите его.`,
  emptySheet: (name: string) => `Лист ${q(name)} пуст: вставьте на него отчёт целиком, вместе с заголовком.`,
  onSheet: (sheet: string, message: string) => `Лист ${q(sheet)}: ${message}`,
  sheetOtherYear: (sheet: string, found: number[], year: number) =>
    `Лист ${q(sheet)} пропущен: результаты за ${found.join(', ')} год, а импорт выбран за ${year} год.`,
  sheetNamedOtherYear: (sheet: string, year: number) =>
    `Лист ${q(sheet)} пропущен: он назван другим годом, а импорт выбран за ${year} год.`,
  sheetNotReport: (sheet: string, reason: string) => `Лист ${q(sheet)} пропущен: ${reason}`,
  blockOtherYear: (sheet: string, found: number, year: number) =>
    `Лист ${q(sheet)}: строки за ${found} год пропущены — импорт выбран за ${year} год.`,
  nothingForYear: (year: number) => `В файле нет результатов за ${year} год: ничего не записано.`,
  otherMunicipalities: (count: number) =>
    `Строк школ других муниципалитетов: ${count} — они не относятся к мониторингу и пропущены.`,
  mappingUnknownSchool: (row: string, code: string) =>
    `Строке ${q(row)} выбрана школа с кодом ${q(code)}, которой нет на листе «Школы»: ничего не записано.`,
  conflictsKept: (count: number) =>
    `Расхождений без выбора: ${count} — для них оставлены прежние значения (выберите значение и повторите импорт).`,
  /** «ВПР математика 5 кл.» from the block; null parts are left out. */
  blockTitle: (report: string, assessment: string | null, year: number) =>
    assessment === null ? `${report}, ${year} год` : `${report}: ${assessment}, ${year} год`,
  summary: (p: {
    report: string;
    year: number;
    rows: number;
    schools: number;
    matched: number;
    unmatched: number;
    kept: number;
  }) =>
    `${p.report}, ${p.year} год: записано значений ${p.rows} (школ ${p.schools}); ` +
    `сопоставлено строк школ ${p.matched}, не сопоставлено ${p.unmatched}` +
    (p.kept > 0 ? `; оставлено прежних значений ${p.kept}.` : '.'),
  refused: (count: number) => `Импорт не выполнен: ошибок ${count}, ничего не записано.`,
  severalReports: 'несколько отчётов',
};

/** Messages of local mode's reader of result files. */
export const readTableText = {
  missing: (path: string) => `Файл ${q(path)} не найден.`,
  oldXls: (path: string) =>
    `Файл ${q(path)} — старый формат Excel (.xls). Откройте его в Excel или LibreOffice и сохраните как .xlsx.`,
  unreadableXlsx: (path: string, detail: string) => `Файл ${q(path)} не читается как .xlsx: ${detail}`,
  empty: (path: string) => `Файл ${q(path)} пуст.`,
  unclosedQuote: (path: string, line: number) =>
    `Файл ${q(path)}, строка ${line}: кавычка открыта и не закрыта — файл обрезан или повреждён.`,
  notText: (path: string) =>
    `Файл ${q(path)} не похож ни на .xlsx, ни на текстовую таблицу .csv: загрузите отчёт в одном из этих форматов.`,
};
