// This file holds the Russian text of file mode and PDF export: the names of the school files, the
// Drive folder and the exported PDF, the note sent when a file is shared, the outcome of «Создать
// файлы школ» and «Экспорт в PDF», and the errors of the file stores (Apps Script Drive, local folder).
export const FILES_TEXT = {
  /** «<муниципалитет> — форма <код> <название>» (issue 4). */
  schoolFile: (municipality: string, code: string, name: string) => `${municipality} — форма ${code} ${name}`,
  folder: (workbook: string) => `ШНОР-Монитор — ${workbook}`,
  pdfTitle: (municipality: string, year: number, date: string) =>
    `ШНОР-Монитор — ${municipality}, ${year} — Свод и Справка (${date})`,
  tempCopy: (title: string) => `${title} — временная копия для PDF`,
  shareMessage:
    'ШНОР-Монитор: форма вашей школы для мониторинга. Заполните жёлтые ячейки и выберите «сдано» в поле «Статус», когда закончите.',

  logCreate: 'Создать файлы школ',
  logPdf: 'Экспорт в PDF',
  createSummary: (created: number, shared: number, warnings: number) =>
    `Создано файлов: ${created}, выдано доступов: ${shared}, предупреждений: ${warnings}`,
  pdfSummary: (url: string) => `PDF: ${url}`,

  notFileMode:
    'В «Настройках» выбран режим «лист на школу»: формы уже в этой таблице. Файлы школ создаются в режиме «файл на школу».',
  noFileStore: 'Файлы школ и PDF здесь недоступны: не подключено хранилище файлов.',
  noSchools: 'В листе «Школы» нет ни одной школы без файла — создавать нечего.',
  noEmail: (school: string, file: string) =>
    `${school}: файл «${file}» создан, но доступ не выдан — в листе «Школы» не указан email.`,
  shareFailed: (school: string, email: string, reason: string) =>
    `${school}: не удалось открыть доступ для ${email} (${reason}). Откройте доступ к файлу вручную.`,
  createFailed: (school: string, reason: string) =>
    `${school}: файл не создан (${reason}). Запустите «Создать файлы школ» ещё раз.`,
  timeUp: (left: number) =>
    `Не хватило времени: осталось школ без файла — ${left}. Запустите «Создать файлы школ» ещё раз, созданные файлы не повторятся.`,
  roadmapUnreachable: (school: string, url: string) =>
    `${school}: дорожная карта не записана — нет доступа к файлу школы ${url}. Попросите школу открыть доступ.`,
  noReport: (tab: string) => `Нет листа «${tab}»: сначала соберите отчёт («Собрать отчёт»), затем экспортируйте PDF.`,

  driveMissing:
    'Не включена служба Google Drive API (Drive v3). Владелец скрипта включает её в редакторе Apps Script: «Службы» → «Drive API».',
  notAppsScriptWorkbook: 'Экспорт в PDF работает только с таблицей Google, открытой через дополнение.',
  notLocalWorkbook: 'Экспорт в PDF в локальном режиме работает только с книгой .xlsx.',
  noFileId: 'Google Диск не вернул идентификатор созданного файла.',
  badFileUrl: (url: string) => `«${url}» — не ссылка на файл Google.`,
  noSheet: (sheet: string) => `нет листа «${sheet}»`,
  libreOffice: (reason: string) =>
    `LibreOffice не смог сделать PDF (${reason}). Установите LibreOffice Calc (команда libreoffice должна быть в PATH).`,
  folderUnusable: (folder: string, reason: string) => `Папка ${folder} недоступна: ${reason}`,
} as const;
