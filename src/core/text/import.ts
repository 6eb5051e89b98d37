// This file holds every Russian text the result import shows: report names, errors and warnings.
// Messages name the row (as the file writes it) and the cell (A1) wherever they are known.
import type { ReportType } from '../import/types';

export const REPORT_LABELS: Record<ReportType, string> = {
  'vpr-marks': 'ФИС ОКО «Статистика по отметкам»',
  'vpr-comparison': 'ФИС ОКО «Сравнение отметок с отметками по журналу»',
  'vpr-individual': 'ФИС ОКО «Индивидуальные результаты»',
  'ege-schools': 'ЕГЭ: результаты по школам',
  'oge-schools': 'ОГЭ: результаты по школам',
  'long-table': 'таблица «Год — школа — поле — значение»',
};

/** Quotes a cell's text for a message, cut so that a long cell does not flood the message. */
function q(text: string): string {
  const t = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return `«${t}»`;
}

export const importText = {
  badGrid: (detail: string) => `Содержимое листа не прочитано: ${detail}.`,
  badOptions: (detail: string) => `Неверные параметры импорта: ${detail}.`,
  unknownReport:
    'Отчёт не распознан: в первых 30 строках нет шапки «Группы участников» (ВПР), шапки с «Код участника» ' +
    '(индивидуальные результаты), таблицы ЕГЭ/ОГЭ по школам или таблицы «Год | Код школы | Код поля | Значение».',
  unsupportedReport: (title: string) =>
    `Отчёт ${q(title)} не импортируется: загрузите «Статистика по отметкам», «Сравнение отметок с отметками ` +
    'по журналу» или «Индивидуальные результаты».',
  titleHeaderMismatch: (title: string, header: string) =>
    `Заголовок отчёта ${q(title)} не совпадает с его шапкой (похоже на ${q(header)}): файл изменён или склеен из разных отчётов.`,
  noHeader: (title: string) => `Отчёт ${q(title)}: в первых 30 строках не найдена шапка таблицы «Группы участников».`,
  examProcedureUnclear:
    'Таблица результатов по школам найдена, но не понятно, ЕГЭ это или ОГЭ: в заголовке должно быть «ЕГЭ» или «ОГЭ».',
  headerMissing: (report: string, columns: string[]) => `${report}: в шапке нет столбцов ${columns.map(q).join(', ')}.`,
  empty: (report: string) => `${report}: после шапки нет ни одной строки — файл пуст или обрезан.`,
  rowCut: (cell: string, row: string) =>
    `Строка ${q(row)} обрывается на ячейке ${cell}: дальше пусто — файл обрезан. Выгрузите отчёт заново.`,
  ooCountShort: (row: string, stated: number, listed: number) =>
    `В строке ${q(row)} указано ОО: ${stated}, а в файле после неё строк ОО: ${listed} — файл обрезан.`,
  pupilsShort: (row: string, stated: number, listed: number) =>
    `Школа ${q(row)}: указано участников ${stated}, а строк участников в файле ${listed} — файл обрезан.`,
  pupilsMore: (row: string, stated: number, listed: number) =>
    `Школа ${q(row)}: указано участников ${stated}, а строк участников в файле ${listed}.`,
  noName: (cell: string) => `Ячейка ${cell}: в строке есть числа, но нет названия группы или школы.`,
  noSchool: (cell: string) => `Строка участника (ячейка ${cell}): не понятно, к какой школе она относится.`,
  notNumber: (cell: string, row: string, column: string, value: string) =>
    `Ячейка ${cell} (строка ${q(row)}, столбец ${q(column)}): ${q(value)} — здесь должно быть число.`,
  dateInNumber: (cell: string, row: string, column: string, value: string) =>
    `Ячейка ${cell} (строка ${q(row)}, столбец ${q(column)}): ${q(value)} прочитано как дата — таблица вставлена ` +
    'с неверным форматом чисел. Загрузите файл отчёта или вставьте значения как текст.',
  notCount: (cell: string, row: string, column: string, value: string) =>
    `Ячейка ${cell} (строка ${q(row)}, столбец ${q(column)}): ${q(value)} — здесь должно быть целое неотрицательное число.`,
  percentRange: (cell: string, row: string, column: string, value: string) =>
    `Ячейка ${cell} (строка ${q(row)}, столбец ${q(column)}): ${q(value)} — процент должен быть от 0 до 100.`,
  notMark: (cell: string, value: string) => `Ячейка ${cell}: отметка ${q(value)} — ожидалась отметка от 2 до 5.`,
  percentSum: (row: string, sum: string) =>
    `Строка ${q(row)}: сумма процентов «2»–«5» равна ${sum} — это больше, чем ошибка округления; строка повреждена.`,
  percentsZero: (row: string, n: number) => `Строка ${q(row)}: участников ${n}, а все проценты «2»–«5» равны 0.`,
  noParticipants: (row: string) => `Строка ${q(row)}: нет числа участников — отметки записаны как «нет данных».`,
  countsRepaired: (row: string, rounded: number, n: number) =>
    `Строка ${q(row)}: округлённые числа «2»–«5» дают в сумме ${rounded}, а участников ${n}; ` +
    'числа исправлены методом наибольших остатков.',
  comparisonPercent: (row: string, group: string, given: string, count: number, compared: number) =>
    `Строка ${q(row)}: «${group}» ${given} % не совпадает с ${count} из ${compared} сравнённых участников.`,
  comparisonOverTotal: (row: string, compared: number, total: number) =>
    `Строка ${q(row)}: сравнено участников ${compared} — больше, чем всего участников ${total}.`,
  comparisonTotal: (row: string, given: number, sum: number) =>
    `Группа ${q(row)}: «Всего» ${given}, а сумма понизивших, подтвердивших и повысивших ${sum}.`,
  marksSum: (row: string, sum: number, n: number) =>
    `Строка ${q(row)}: сумма отметок «2»–«5» ${sum} не равна числу участников ${n}.`,
  pupilsWithoutMark: (school: string, count: number) =>
    `Школа ${q(school)}: у ${count} участников нет отметки за работу — они не учтены.`,
  noYear: 'Год не найден в заголовке отчёта: укажите год импорта.',
  yearFromOptions: (year: number) => `Год не найден в заголовке отчёта: принят выбранный год ${year}.`,
  yearConflict: (title: number, sheet: number) =>
    `В заголовке таблицы ${title} год, а лист назван «${sheet}»; проверьте, за какой год результаты.`,
  noSubject: 'Предмет и класс не найдены: ожидался заголовок вида «ВПР 2026 Русский язык 4 класс».',
  unknownSubject: (name: string) => `Предмет ${q(name)} не распознан.`,
  subjectMismatch: (title: string, field: string) =>
    `Предмет в заголовке ${q(title)} не совпадает со строкой «Предмет:» ${q(field)}; принят предмет из заголовка.`,
  examSubjectSkipped: (name: string) => `Столбцы предмета ${q(name)} пропущены: предмет не распознан.`,
  examNoSubject: 'В таблице ЕГЭ/ОГЭ не найден ни один предмет (ни в шапке, ни в заголовке).',
  examBlankBelow: (subject: string, count: number) =>
    `${subject}: у ${count} школ с участниками пуста ячейка «не преодолели минимальный порог» — записано ` +
    '«нет данных». Если в таблице пусто значит 0, впишите 0 в файл и импортируйте заново.',
  longYear: (cell: string, value: string) => `Ячейка ${cell}: год ${q(value)} — ожидался год, например 2025.`,
  longSchool: (cell: string) => `Ячейка ${cell}: не указан код школы.`,
  longField: (cell: string, value: string) =>
    `Ячейка ${cell}: код поля ${q(value)} — ожидается код вида «vpr.math.5.m2» (латиница, части через точку).`,
  longDuplicate: (cell: string, other: string, school: string, field: string) =>
    `Ячейка ${cell}: значение «${field}» для школы ${q(school)} уже задано в ячейке ${other} и отличается.`,
  wrongYear: (found: number, expected: number) =>
    `Отчёт за ${found} год, а импорт выбран за ${expected} год: ничего не записано.`,
  wrongMunicipality: (found: string[], expected: string) =>
    `Отчёт по муниципалитету ${found.map(q).join(', ')}, а мониторинг ведётся по ${q(expected)}: ничего не записано.`,
  mappingUnknownSchool: (key: string, code: string) =>
    `Запомненное сопоставление ${q(key)} ведёт к школе «${code}», которой нет в списке «Школы»; сопоставьте заново.`,
  sameSchoolTwice: (school: string, rows: string[]) =>
    `Школе «${school}» сопоставлены несколько строк отчёта: ${rows.map(q).join(', ')}.`,
  crossCheckPartial: (municipality: string, listed: number, reported: number) =>
    `${q(municipality)}: в файле перечислены не все школы (участников по строкам школ ${listed} из ${reported}); ` +
    'сверка с итогом муниципалитета не проводилась.',
  crossCheckMismatch: (municipality: string, details: string[], unmatched: number) =>
    `${q(municipality)}: сумма по сопоставленным школам не совпадает со строкой муниципалитета (${details.join('; ')})` +
    (unmatched > 0 ? `; не сопоставлено строк школ: ${unmatched}.` : '.'),
  crossCheckDetail: (field: string, pooled: number, reported: number) => `${field}: ${pooled} вместо ${reported}`,
  conflictingRows: (school: string, field: string) =>
    `Школе «${school}» сопоставлены строки с разными значениями поля «${field}»: исправьте сопоставление.`,
  source: (report: string, fileName: string, importedAt: string, key: string) =>
    `${report}; файл «${fileName}»; импорт ${importedAt}; #${key}`,
};
