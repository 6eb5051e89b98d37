// This file holds every Russian string of the add-on menu and the sidebar, and the one-line summaries of
// action results that both the sidebar and the menu toasts show. Result shapes are written structurally
// here (core may not import from server); the server's result types must stay assignable to them.
import { formatDecimal, formatInt, NO_DATA } from '../format';
import { frac, fromDecimal } from '../fraction';

export const APP_TITLE = 'ШНОР-Монитор';

export const MENU = {
  open: 'Открыть панель',
  setup: 'Новый мониторинг',
  submissions: 'Проверить сдачу',
  report: 'Собрать отчёт',
  roadmaps: 'Дорожные карты',
  import: 'Импорт результатов',
} as const;

/** Panel titles, introductions and buttons, keyed like ServerApi actions. */
export const PANELS = {
  setupMonitoring: {
    title: 'Новый мониторинг',
    intro:
      'Выберите программу мониторинга и перечислите школы. Будут созданы листы настроек и формы школ; ' +
      'уже введённые данные не удаляются.',
    button: 'Создать листы',
  },
  checkSubmissions: {
    title: 'Сдача данных',
    intro: 'Кто из школ сдал форму, насколько она заполнена и какие ячейки нужно исправить.',
    button: 'Проверить сдачу',
  },
  buildReport: {
    title: 'Собрать отчёт',
    intro: 'Собирает данные школ, считает показатели и правила и обновляет листы «Свод», «Динамика» и «Справка».',
    button: 'Собрать отчёт',
  },
  generateRoadmaps: {
    title: 'Дорожные карты',
    intro: 'Создаёт или дополняет дорожные карты школ и муниципалитета по выявленным рискам; правки сохраняются.',
    button: 'Сформировать',
  },
  importResults: {
    title: 'Импорт результатов',
    intro:
      'Вставьте таблицу ФИС ОКО (ВПР) или региональную таблицу ОГЭ/ЕГЭ на отдельный лист этой таблицы ' +
      'и выберите его здесь.',
    button: 'Импортировать',
  },
} as const;

/** The line above the panels. */
export const LEAD =
  'Мониторинг школ с низкими образовательными результатами (ШНОР) и школ в неблагоприятных социальных условиях (ШНСУ).';

export const FORM = {
  preset: 'Программа мониторинга',
  presetsLoading: 'Загрузка списка программ…',
  municipality: 'Муниципалитет',
  year: 'Год',
  yearOptional: 'Год (если не указан в таблице)',
  mode: 'Как школы сдают данные',
  modeTabs: 'листы в этой таблице',
  modeFiles: 'отдельные файлы школ',
  schools: 'Школы',
  schoolsHint: 'По одной в строке: код; название; категория (ШНОР, ШНСУ, ШНОР+ШНСУ, наставник, другая).',
  sheet: 'Лист с таблицей результатов',
} as const;

/** How argument paths are named in «проверьте введённые данные» messages. */
export const ARGUMENT_LABELS: Readonly<Record<string, string>> = {
  presetId: 'программа',
  municipality: 'муниципалитет',
  year: 'год',
  mode: 'способ сдачи',
  schools: 'школы',
  code: 'код',
  name: 'название',
  category: 'категория',
  email: 'эл. почта',
  cluster: 'кластер',
  sheetName: 'лист',
};

export const STATUS = {
  loading: 'Загрузка…',
  running: 'Выполняется…',
  done: 'Готово.',
  notReady: 'Ещё в разработке: кнопка заработает, когда функция будет готова.',
  noSchools: 'Перечислите хотя бы одну школу.',
  badYear: 'Год — четыре цифры, например 2025.',
  noPresets: 'Нет программ для выбора.',
  version: (version: string) => `${APP_TITLE} ${version}`,
  schoolLine: (line: number, text: string) => `Строка ${line}: «${text}» — нужны код и название через «;».`,
} as const;

const list = (items: readonly string[]) => (items.length === 0 ? 'нет' : items.join(', '));

/** A percent value rounded for display (one decimal, exact): 87.25 → «87,3 %»; null → «нет данных». */
function percent(value: number | null): string {
  const exact = value === null ? null : fromDecimal(value);
  return exact === null ? NO_DATA : `${formatDecimal(exact, 1)} %`;
}
/** Lines that describe an action's result, for the sidebar and the menu toast. */
export const SUMMARY = {
  setup: (r: { created: readonly string[]; updated: readonly string[]; warnings: readonly string[] }) => [
    `Создано: ${list(r.created)}.`,
    `Обновлено: ${list(r.updated)}.`,
    ...r.warnings,
  ],
  board: (b: {
    summary: string;
    rows: readonly { school: string; name: string; status: string; filledPercent: number; problems: readonly { message: string }[] }[];
  }) => [
    b.summary,
    ...b.rows.flatMap((s) => [
      `${s.school} ${s.name}: ${s.status}, заполнено: ${percent(s.filledPercent)}.`,
      ...s.problems.map((p) => `— ${p.message}`),
    ]),
  ],
  report: (r: { text: string; calls: number; ms: number; configErrors: readonly string[] }) => [
    r.text,
    `Обращений к таблице: ${formatInt(r.calls)}, время: ${formatDecimal(frac(Math.round(r.ms), 1000), 1)} с.`,
    ...r.configErrors,
  ],
  roadmaps: (r: { created: readonly string[]; merged: readonly string[] }) => [
    `Создано: ${list(r.created)}.`,
    `Дополнено: ${list(r.merged)}.`,
  ],
  import: (r: {
    rowsImported: number;
    matched: readonly string[];
    unmatched: readonly string[];
    warnings: readonly string[];
  }) => [
    `Импортировано строк: ${formatInt(r.rowsImported)}.`,
    `Школы найдены: ${r.matched.length}; не найдены: ${list(r.unmatched)}.`,
    ...r.warnings,
  ],
} as const;
