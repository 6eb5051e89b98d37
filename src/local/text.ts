// This file holds every Russian message of local mode: the CLI's help, progress and errors, the demo's
// progress and the preview server's answers. Local mode is Node-only, so its text lives beside it
// rather than in src/core/text (which ships in Code.js).
const list = (items: readonly string[]) => items.map((s) => `«${s}»`).join(', ');

export const CLI = {
  help: [
    'ШНОР-Монитор — локальный режим: мониторинг ШНОР и ШНСУ в файлах .xlsx.',
    '',
    'Команды:',
    '  demo [--out папка]                      демонстрационный муниципалитет: все листы продукта в одном .xlsx',
    '  init --preset ID --schools школы.csv --year ГГГГ --out файл.xlsx [--municipality название]',
    '                                          книга мониторинга с листами настроек и формами школ',
    '  check файл.xlsx [--json]                кто из школ сдал форму и какие ячейки исправить',
    '  report файл.xlsx [--json] [--year ГГГГ] собрать формы школ, записать «Свод», «Динамику», «Справку»;',
    '                                          --json печатает результаты расчёта для других программ',
    '  roadmaps файл.xlsx                      дорожные карты школ и муниципалитета',
    '  import файл --into книга.xlsx [--year ГГГГ] [--map "ключ=КОД; …"] [--prefer imported|existing] [--dry-run]',
    '                                          импорт результатов ФИС ОКО и региональных таблиц ОГЭ/ЕГЭ',
    '                                          (.xlsx или .csv); сначала показывает, что будет записано',
    '  pdf файл.xlsx [--out папка]             «Свод» и «Справка» одним PDF (нужен LibreOffice)',
    '  preview [файл.xlsx] [--port N]          локальный предпросмотр в браузере (без файла — демо)',
    '  help                                    эта справка',
    '',
    'Файл школ (CSV, разделитель «;» или «,»): код; название; категория; email; кластер.',
    'Первая строка — заголовок. Категории: ШНОР, ШНСУ, ШНОР+ШНСУ, наставник, другая.',
  ].join('\n'),
  unknownCommand: (name: string) => `Неизвестная команда «${name}». Список команд: shnor-monitor help`,
  badArgs: (command: string, details: string) => `Команда ${command}: ${details}. Справка: shnor-monitor help`,
  unknownOption: (option: string) => `неизвестный параметр ${option}`,
  missingValue: (option: string) => `после ${option} нужно значение`,
  extraArgument: (value: string) => `лишний аргумент «${value}»`,
  unknownPreset: (id: string, known: readonly string[]) => `Программа «${id}» не найдена. Есть: ${list(known)}.`,
  pdfDone: (url: string) => `PDF готов: ${url}`,
  badMapping: (part: string) => `--map: «${part}» — нужно «ключ=КОД_ШКОЛЫ», пары через «;»`,
  importFound: (titles: readonly string[], year: number, matched: number, fresh: number, same: number) =>
    `Найдено: ${titles.join('; ')} (${year} г.). Школ сопоставлено: ${matched}. Новых значений: ${fresh}, уже есть: ${same}.`,
  importAlready: 'Этот файл уже импортирован — повторный импорт ничего не добавит.',
  importUnmatched: (name: string, key: string, candidates: readonly string[]) =>
    `Не сопоставлено: «${name}» — укажите --map "${key}=КОД"${candidates.length > 0 ? ` (похожие: ${candidates.join(', ')})` : ''}.`,
  importConflict: (school: string, field: string, existing: string, source: string, imported: string) =>
    `Расхождение: ${school}, ${field}: в таблице ${existing} (${source}), в файле ${imported} — выберите --prefer imported или existing (по умолчанию остаётся значение таблицы).`,
  failed: (message: string) => `Ошибка: ${message}`,
  created: (path: string) => `Создан файл ${path}`,
  saved: (path: string) => `Сохранено: ${path}`,
  initUpdated: (path: string) =>
    `Книга ${path} уже была: недостающие листы и школы добавлены, введённые данные не тронуты.`,
  setupLines: (created: readonly string[], updated: readonly string[]) => [
    `Создано листов: ${created.length}${created.length > 0 ? ` (${created.join(', ')})` : ''}.`,
    ...(updated.length > 0 ? [`Обновлено: ${updated.join('; ')}.`] : []),
  ],
  roadmapLines: (created: readonly string[], merged: readonly string[]) => [
    `Созданы дорожные карты: ${created.length > 0 ? created.join(', ') : 'нет'}.`,
    `Дополнены (правки сохранены): ${merged.length > 0 ? merged.join(', ') : 'нет'}.`,
  ],
  warning: (text: string) => `Внимание: ${text}`,
  boardLine: (code: string, name: string, status: string, filled: number) =>
    `${code} ${name}: ${status}, заполнено ${filled} %`,
  problem: (text: string) => `— ${text}`,
  configError: (text: string) => `Настройки: ${text}`,
  progressOpen: (path: string) => `Открываю ${path}…`,
  progressSave: (path: string) => `Сохраняю ${path}…`,
  previewUrl: (url: string) => `Предпросмотр: ${url}  (остановить — Ctrl+C)`,
  previewFile: (path: string) => `Книга: ${path}`,
  notBuilt: (file: string) =>
    `Нет файла ${file}: соберите проект командой «node src/local/build.mjs» или запустите npm start.`,
  portBusy: (port: number, other: number) => `Порт ${port} занят, использую ${other}.`,
} as const;

export const FILES = {
  missing: (path: string) => `Файл ${path} не найден.`,
  notXlsx: (path: string) => `Файл ${path} — не книга Excel (.xlsx). Сохраните его в формате .xlsx и повторите.`,
  notMonitoring: (path: string, tab: string) =>
    `Файл ${path} — не книга мониторинга: нет листа «${tab}». Создайте её командой init или начните с demo.`,
  outExists: (path: string) => `Файл ${path} уже есть и это не книга мониторинга; укажите другой --out.`,
  badDir: (path: string) => `Папка ${path} недоступна для записи.`,
} as const;

export const CSV = {
  empty: (file: string) => `Файл школ ${file} пуст.`,
  noHeader: (file: string, columns: readonly string[]) =>
    `Файл школ ${file}: в первой строке нужен заголовок со столбцами ${list(columns)} (необязательные: категория, email, кластер).`,
  unknownColumn: (file: string, name: string) => `Файл школ ${file}, строка 1: неизвестный столбец «${name}».`,
  line: (file: string, line: number, details: string) => `Файл школ ${file}, строка ${line}: ${details}`,
  quote: 'незакрытая кавычка',
  cells: (expected: number, got: number) => `ожидалось столбцов: ${expected}, найдено: ${got}`,
  duplicate: (code: string, first: number) => `код «${code}» уже был в строке ${first}`,
  noSchools: (file: string) => `Файл школ ${file}: нет ни одной школы.`,
} as const;

/** The wording of a CSV cell problem: «категория: допустимо …». */
export const CSV_COLUMNS = {
  code: 'код',
  name: 'название',
  category: 'категория',
  email: 'email',
  cluster: 'кластер',
} as const;

export const DEMO_TEXT = {
  setup: 'Создаю листы мониторинга и формы школ…',
  history: (years: readonly number[]) => `Записываю данные прошлых лет (${years.join(', ')}) в «Данные»…`,
  templates: (n: number) => `Заполняю формы школ (${n})…`,
  check: 'Проверяю сдачу…',
  roadmaps: 'Формирую дорожные карты…',
  done: (flagged: number, errors: number) => `Готово: отмечено школ — ${flagged}, ошибок ввода — ${errors}.`,
  fileName: 'демо-мониторинг.xlsx',
} as const;

export const PREVIEW = {
  title: 'ШНОР-Монитор — локальный предпросмотр',
  loading: 'Загрузка…',
  tabs: 'Листы книги',
  sidebarTitle: 'ШНОР-Монитор',
  unknownFunction: (name: string) => `Функция «${name}» недоступна панели.`,
  badJson: 'Тело запроса — не JSON-массив аргументов.',
  badCell: 'Нужны лист, ячейка (A1) и значение.',
  noSheet: (name: string) => `Листа «${name}» нет.`,
  notFound: 'Не найдено.',
  forbidden: 'Запрос отклонён: предпросмотр принимает запросы только со своей страницы.',
  tooLarge: 'Слишком большой запрос.',
} as const;

/** Text of the preview page's script. */
export const PAGE = {
  noSheets: 'В книге ещё нет листов. Создайте мониторинг в панели справа: «Новый мониторинг».',
  emptySheet: 'Лист пуст.',
  truncated: 'Показаны первые 3000 строк листа.',
  unsupported: (n: number) =>
    `Условное форматирование: правил, которые предпросмотр не умеет вычислять, — ${n}; их цвета не показаны.`,
  saved: (cell: string) => `Ячейка ${cell} сохранена в файл.`,
  failed: 'Не удалось сохранить ячейку.',
} as const;
