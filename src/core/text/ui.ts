// This file holds every Russian string of the add-on menu and the sidebar, and the one-line summaries of
// action results that both the sidebar and the menu toasts show. Result shapes are written structurally
// here (core may not import from server); the server's result types must stay assignable to them.
import { formatDecimal, formatInt, formatPlain, NO, NO_DATA, YES } from '../format';
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

/** Panel titles, introductions and main buttons, keyed like ServerApi actions. */
export const PANELS = {
  setupMonitoring: {
    title: 'Новый мониторинг',
    intro:
      'Выберите программу мониторинга и перечислите школы. Будут созданы листы настроек и формы школ; ' +
      'уже введённые данные не удаляются, повторный запуск только добавляет недостающее.',
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
      'и выберите его здесь. Сначала проверка: до импорта ничего не записывается.',
    button: 'Проверить файл',
  },
} as const;

/** The line above the panels. */
export const LEAD =
  'Мониторинг школ с низкими образовательными результатами (ШНОР) и школ в неблагоприятных социальных условиях (ШНСУ).';

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
  coordinators: 'эл. почта координаторов',
  sheetName: 'лист',
  source: 'источник',
  mapping: 'сопоставление школ',
  resolutions: 'выбор значений',
  school: 'школа',
  decision: 'решение',
  comment: 'комментарий',
};

export const STATUS = {
  loading: 'Загрузка…',
  running: 'Выполняется…',
  done: 'Готово.',
  notReady: 'Ещё в разработке: кнопка заработает, когда функция будет готова.',
  badYear: 'Год — четыре цифры, например 2025.',
  version: (version: string) => `${APP_TITLE} ${version}`,
} as const;

const q = (s: string) => `«${s}»`;
const list = (items: readonly string[]) => (items.length === 0 ? 'нет' : items.join(', '));

/** Russian plural form: plural(1, ['школа', 'школы', 'школ']) → «школа». */
export function plural(n: number, forms: readonly [string, string, string]): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return forms[0];
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return forms[1];
  return forms[2];
}

/** A duration: under a minute with one decimal (1250 ms → «1,3 с»), else whole minutes and seconds. */
export function duration(ms: number): string {
  const tenths = Math.round(ms / 100);
  if (tenths < 600) return `${formatDecimal(frac(tenths, 10), 1)} с`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} мин ${String(seconds % 60).padStart(2, '0')} с`;
}

/** A value of a field for display: numbers as written with a decimal comma, да/нет, «нет данных». */
export function displayValue(value: number | boolean | string | null): string {
  if (value === null) return NO_DATA;
  if (typeof value === 'boolean') return value ? YES : NO;
  if (typeof value === 'number') return formatPlain(value);
  return value === '' ? NO_DATA : value;
}

export const SETUP = {
  preset: 'Программа мониторинга',
  presetsLoading: 'Загрузка списка программ…',
  noPresets: 'Нет программ для выбора.',
  presetOption: (p: { municipality: string; years: { from: number; to: number } }) =>
    `${p.municipality}, ${p.years.from}–${p.years.to}`,
  presetYears: (from: number, to: number) => `Годы программы: ${from}–${to}`,
  presetCounts: (indicators: number, rules: number, measures: number) =>
    `Показателей: ${indicators} · правил: ${rules} · мероприятий дорожной карты: ${measures}`,
  presetMunicipality: (name: string) => `Муниципалитет в программе: ${name}`,
  municipality: 'Муниципалитет',
  municipalityHint: 'Подставлен из программы; исправьте, если мониторинг ведёт другой муниципалитет.',
  year: 'Отчётный год',
  badYearRequired: 'Укажите отчётный год, например 2025.',
  yearOutside: (from: number, to: number) =>
    `Год вне срока программы (${from}–${to}): целевые значения на этот год могут быть не заданы.`,
  schools: 'Школы',
  schoolsHint:
    'По одной в строке: код; название; категория; эл. почта; кластер. Можно скопировать строки прямо ' +
    'из таблицы. Категории: ШНОР, ШНСУ, ШНОР+ШНСУ, наставник, другая (пусто — «другая»). Оставьте поле ' +
    'пустым, чтобы взять школы с листа «Школы» этой таблицы.',
  schoolsCount: (n: number) => `${n} ${plural(n, ['школа', 'школы', 'школ'])}`,
  schoolsHeaderSkipped: 'строка заголовка пропущена',
  lineErrors: (n: number) => `${n} ${plural(n, ['строка', 'строки', 'строк'])} с ошибками`,
  lineNeedsCodeAndName: (line: number, text: string) =>
    `Строка ${line}: ${q(text)} — нужны код и название через «;» или табуляцию.`,
  lineBadCode: (line: number, code: string) =>
    `Строка ${line}: код ${q(code)} — только буквы, цифры, «-» и «_», до 20 знаков.`,
  lineBadCategory: (line: number, category: string, allowed: readonly string[]) =>
    `Строка ${line}: категория ${q(category)} — допустимо: ${allowed.join(', ')}.`,
  lineBadEmail: (line: number, email: string) => `Строка ${line}: ${q(email)} — не адрес эл. почты.`,
  lineDuplicate: (line: number, code: string, first: number) =>
    `Строка ${line}: код ${q(code)} уже есть в строке ${first}.`,
  mode: 'Как школы сдают данные',
  modeTabs: 'листы в этой таблице',
  modeFiles: 'отдельные файлы школ',
  modeFilesNote:
    'Сначала «Создать листы», затем «Создать файлы школ»: у каждой школы появится своя таблица в папке ' +
    'на вашем Google Диске, доступ получит эл. почта школы, ссылки запишутся в лист «Школы». ' +
    'Дополнение работает только с файлами, которые создало само.',
  createFiles: 'Создать файлы школ',
  creatingFiles: 'Создаю файлы школ… Для многих школ это займёт несколько минут.',
  filesDone: (created: number, shared: number) => `Готово: создано файлов ${created}, выдано доступов ${shared}.`,
  filesCreated: 'Созданы файлы',
  filesShared: 'Выдан доступ',
  coordinators: 'Эл. почта координаторов (необязательно)',
  coordinatorsHint: 'Через запятую или с новой строки. Им будут открыты для правки все формы школ.',
  badCoordinator: (email: string) => `Эл. почта координатора ${q(email)} — не адрес эл. почты.`,
  noPreset: 'Выберите программу мониторинга.',
  noMunicipality: 'Укажите муниципалитет.',
  created: 'Создано',
  updated: 'Обновлено',
  warnings: 'Предупреждения',
  nothingChanged: 'Всё уже было на месте: ничего не изменено.',
  done: (created: number, updated: number) => `Готово: создано ${created}, обновлено ${updated}.`,
} as const;

export const BOARD = {
  refresh: 'Обновить',
  onlyErrors: (n: number) => `только с ошибками (${n})`,
  empty: 'Школ нет: добавьте их в «Новый мониторинг».',
  noneWithErrors: 'Школ с ошибками нет.',
  filled: (percent: number) => `${formatInt(percent)} %`,
  filledTitle: 'Заполнено обязательных полей',
  errors: (n: number) => `${n} ${plural(n, ['ошибка', 'ошибки', 'ошибок'])}`,
  warnings: (n: number) => `${n} ${plural(n, ['замечание', 'замечания', 'замечаний'])}`,
  clean: 'без ошибок',
  noProblems: 'Замечаний нет.',
  comment: 'Комментарий для школы',
  accept: 'Принять',
  returnForWork: 'На доработку',
  clearDecision: 'Снять решение',
  needsComment: 'Напишите в комментарии, что нужно исправить.',
  notSubmitted: 'Решение можно принять, когда школа отметит форму как «Сдано».',
  reviewed: (decision: string | null) => (decision === null ? 'Решение снято.' : `Сохранено: ${q(decision)}.`),
  tally: (status: string, n: number) => `${status}: ${n}`,
} as const;

export const REPORT = {
  year: 'Год отчёта (необязательно)',
  yearHint: 'Пусто — отчётный год из листа «Настройки».',
  waiting: 'Отчёт собирается…',
  elapsed: (ms: number) => {
    const seconds = Math.floor(ms / 1000);
    return seconds < 60
      ? `Прошло: ${seconds} с`
      : `Прошло: ${Math.floor(seconds / 60)} мин ${String(seconds % 60).padStart(2, '0')} с`;
  },
  read: 'Прочитано форм',
  flagged: 'Отмечено школ',
  problems: 'Ошибок в формах',
  rowsAdded: 'Добавлено строк в «Данные»',
  time: 'Время',
  calls: 'Обращений к таблице',
  configErrors: 'Ошибки в листах настроек — исправьте, иначе часть показателей не посчитана:',
  problemsTitle: 'Замечания по формам (сначала ошибки)',
  showAll: (n: number) => `Показать все (${n})`,
  fullList: 'Полный список по каждой школе — в разделе «Сдача данных».',
  open: 'Открыть лист:',
  pdf: 'Экспорт в PDF',
  pdfRunning: 'Готовлю PDF из «Свод» и «Справка»…',
  pdfDone: 'PDF готов:',
  pdfOpen: 'открыть PDF',
} as const;

export const ROADMAPS = {
  year: 'Год (необязательно)',
  yearHint: 'Пусто — отчётный год из листа «Настройки».',
  created: 'Созданы',
  merged: 'Дополнены',
  warnings: 'Предупреждения',
  done: (created: number, merged: number) => `Готово: создано ${created}, дополнено ${merged}.`,
} as const;

export const IMPORT = {
  sheet: 'Лист с таблицей результатов',
  sheetsLoading: 'Загрузка списка листов…',
  noSheets: 'Нет листов с отчётом',
  noSheetsHint: 'Вставьте отчёт на новый лист этой таблицы и нажмите «Обновить список».',
  reloadSheets: 'Обновить список',
  year: 'Год (необязательно)',
  yearHint: 'Пусто — отчётный год из листа «Настройки».',
  apply: 'Импортировать',
  stale: 'Выбор изменился — нажмите «Проверить файл» ещё раз.',
  refused: 'Файл не принят: ничего не будет записано.',
  several: 'несколько отчётов',
  heading: (report: string, year: number) => `${report}, ${year} год`,
  source: (name: string) => `Источник: ${name}`,
  block: (title: string, rows: number, matched: number) => `${title}: строк школ ${rows}, сопоставлено ${matched}`,
  counts: (fresh: number, unchanged: number) => `Новых значений: ${fresh} · уже есть в «Данные»: ${unchanged}`,
  alreadyImported: 'Значения из этого файла уже есть в «Данные»: без выбора ниже ничего не добавится.',
  matched: (n: number) => `Сопоставлено строк школ: ${n}`,
  unmatched: (n: number) =>
    `Не сопоставлены (${n}) — выберите школу или оставьте пропуск; «Проверить файл» ещё раз покажет расхождения по выбранным школам:`,
  unmatchedHint:
    'Если у выбранной школы в «Данные» уже есть другое значение того же поля, оно не заменяется, пока вы не ' +
    'проверите файл ещё раз и не выберете значение в списке расхождений.',
  /** «лист «ВПР 2024», строки 11, 21 · логин edu710002 · Демонстрационный район». */
  unmatchedWhere: (
    lines: readonly { sheet: string; line: number }[],
    login: string | undefined,
    parent: string | undefined,
  ) => {
    const sheets = [...new Set(lines.map((l) => l.sheet))];
    const word = plural(lines.length, ['строка', 'строки', 'строки']);
    const where = sheets
      .map(
        (sheet) =>
          `лист ${q(sheet)}, ${word} ${lines
            .filter((l) => l.sheet === sheet)
            .map((l) => l.line)
            .join(', ')}`,
      )
      .join('; ');
    return [where, ...(login === undefined ? [] : [`логин ${login}`]), ...(parent === undefined ? [] : [parent])].join(
      ' · ',
    );
  },
  skip: '— не импортировать —',
  similar: 'Похожие',
  allSchools: 'Все школы',
  schoolOption: (code: string, name: string) => `${code} — ${name}`,
  conflicts: (n: number) => `Расхождения с «Данные» (${n}): какое значение оставить?`,
  conflictsHint: 'Без выбора остаётся значение из таблицы.',
  allImported: 'Везде из файла',
  allExisting: 'Везде из таблицы',
  conflictTitle: (school: string, name: string, label: string) => `${school} ${name} — ${label}`,
  inTable: (value: string, source: string) => `в таблице: ${value}${source === '' ? '' : ` (${source})`}`,
  inFile: (value: string) => `в файле: ${value}`,
  warnings: 'Предупреждения',
  errors: 'Ошибки',
} as const;

/** A percent value rounded for display (one decimal, exact): 87.25 → «87,3 %»; null → «нет данных». */
function percent(value: number | null): string {
  const exact = value === null ? null : fromDecimal(value);
  return exact === null ? NO_DATA : `${formatDecimal(exact, 1)} %`;
}

/** Lines that describe an action's result, for the menu toast (and the sidebar where it lists lines). */
export const SUMMARY = {
  board: (b: {
    summary: string;
    rows: readonly {
      school: string;
      name: string;
      status: string;
      filledPercent: number;
      problems: readonly { message: string }[];
    }[];
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
  roadmaps: (r: { created: readonly string[]; merged: readonly string[]; warnings?: readonly string[] }) => [
    `Создано: ${list(r.created)}.`,
    `Дополнено: ${list(r.merged)}.`,
    ...(r.warnings ?? []),
  ],
} as const;
