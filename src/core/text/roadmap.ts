// This file holds the Russian text of the roadmap tabs («ДК <код школы>», «ДК Муниципалитет»): column
// headers and their notes, statuses and curator marks, the header block, the marks the generator puts
// in cells (unrecognised deadline, rows no longer relevant), problems found when reading a tab back,
// and the summary of «Дорожные карты».
export const RM = {
  headers: {
    n: '№ п/п',
    direction: 'Направление (риск / задача)',
    text: 'Мероприятие',
    deadline: 'Срок (по программе)',
    control: 'Дата контроля',
    responsible: 'Ответственные',
    result: 'Ожидаемый результат',
    indicator: 'Связанный показатель',
    document: 'Документ-подтверждение',
    link: 'Ссылка на документ',
    status: 'Статус',
    curator: 'Отметка куратора',
    comment: 'Комментарий',
    relevance: 'Актуальность',
    id: 'Код строки',
    stamp: 'Служебно',
  },
  headerNotes: {
    n: 'Нумерация обновляется при каждом формировании.',
    direction:
      'Почему мероприятие в карте: нарушенное правило, критерий ШНСУ, фактор риска или обязательное мероприятие программы.',
    text: 'Текст можно менять: при повторном формировании правка сохранится.',
    deadline: 'Срок из программы; можно изменить — дата контроля пересчитается.',
    control:
      'Последняя контрольная дата срока в отчётном году. Если срок не распознан, впишите дату сами (ДД.ММ.ГГГГ). ' +
      'Строка краснеет, когда дата прошла, а мероприятие не выполнено.',
    responsible: '',
    result: '',
    indicator: 'Показатель программы, на который работает мероприятие.',
    document: 'Каким документом подтверждается результат (по программе).',
    link: 'Ссылка на подтверждающий документ (https://…). Выполненная строка без ссылки подсвечивается жёлтым.',
    status: 'Выберите из списка. В процент выполнения входят строки со статусом «выполнено».',
    curator: 'Заполняет куратор (методист).',
    comment: '',
    relevance:
      'Заполняется при формировании: «не актуально…» — причина снята или мероприятие не запланировано в этом году; ' +
      'такие строки не удаляются и не входят в процент выполнения. Можно вписать «не актуально» вручную.',
    id: 'Код мероприятия программы; по нему правки сохраняются при повторном формировании. Не изменяйте. У своих строк оставьте пустым.',
    stamp: 'Служебная отметка: по ней видно, какие ячейки вы изменили. Не изменяйте.',
  },
  statuses: ['не начато', 'в работе', 'выполнено', 'не выполнено'],
  curatorMarks: ['принято', 'на доработке'],
  done: 'выполнено',
  notStarted: 'не начато',
  /** Relevance marks start with this; the progress leaves such rows out. */
  retiredPrefix: 'не актуально',
  retiredCause: 'не актуально: причина снята',
  retiredNotPlanned: (year: number) => `не актуально: в ${year} г. не запланировано`,
  programWide: 'Обязательное мероприятие программы',
  directionIndicator: (code: string, name: string) => `Показатель ${code}: ${name}`,
  indicatorCell: (code: string, name: string) => `${code}. ${name}`,
  /** The control-date cell when the deadline could not be read: never a guessed date. */
  unparsed: 'срок не распознан — уточните',
  noControlDate: 'дата не задана',
  notPlanned: (year: number) => `в ${year} г. не запланировано`,
  controlEdited: (summary: string) => `Дата изменена вручную. По сроку: ${summary}`,
  schoolTitle: (name: string, code: string) => `Дорожная карта: ${name} (код ${code})`,
  municipalTitle: (municipality: string) => `Дорожная карта муниципалитета: ${municipality}`,
  subtitle: (program: string, year: number, at: string) => `Программа: ${program}. Год: ${year}. Сформирована: ${at}.`,
  hint:
    'Правьте тексты, сроки, статусы и ссылки, добавляйте свои строки (код строки оставьте пустым), лишние удаляйте: ' +
    'при повторном формировании правки сохраняются, удалённые предложения не возвращаются.',
  memoryPrefix: 'Предложено:',
  /** Key of «ДК Муниципалитет» in the progress record (`Свод`, `Справка`). */
  municipalKey: 'Муниципалитет',
  notRoadmap: (tab: string) =>
    `Лист «${tab}» не похож на дорожную карту: не найдена строка заголовков со столбцами «${RM.headers.text}» и «${RM.headers.id}». Лист не изменён.`,
  extraColumn: (cell: string, header: string) =>
    `${cell}: в дорожную карту добавлен столбец «${header}» с данными — перенесите их в «${RM.headers.comment}» или удалите столбец. Лист не изменён.`,
  badStatus: (cell: string, value: string) =>
    `${cell}: статус «${value}» не из списка (${RM.statuses.join(', ')}) — строка считается невыполненной.`,
  badCurator: (cell: string, value: string) =>
    `${cell}: отметка куратора «${value}» не из списка (${RM.curatorMarks.join(', ')}).`,
  badControl: (cell: string, value: string) => `${cell}: «${value}» — не дата; строка не проверяется на просрочку.`,
  unparsedCells: (tab: string, cells: string[]) =>
    `«${tab}»: срок не распознан в ${cells.length === 1 ? 'ячейке' : 'ячейках'} ${cells.join(', ')} — уточните дату контроля.`,
  unknownSchool: (code: string) =>
    `Школа с кодом «${code}» не найдена в листе «Школы» — дорожная карта не сформирована.`,
  reservedCode: (code: string) =>
    `Код школы «${code}» совпадает с названием муниципальной дорожной карты — дорожная карта школы не сформирована.`,
  noFlagged:
    'Ни одна школа не отмечена правилами: сформирована только дорожная карта муниципалитета. Школы можно выбрать вручную.',
  logAction: 'Дорожные карты',
  summary: (created: number, merged: number, warnings: number) =>
    `Создано дорожных карт: ${created}, обновлено: ${merged}; замечаний: ${warnings}.`,
  badAsOf: (value: string) => `Дата для расчёта просрочки должна быть в формате ГГГГ-ММ-ДД, получено «${value}».`,
  badOptions: (issues: string) => `Параметры дорожных карт: ${issues}`,
} as const;
