// This file holds the Russian messages of the A1 helpers and the workbook adapters: bad addresses,
// unknown or duplicate sheets, malformed blocks and settings. Each names the sheet and cell when known.

const where = (sheet: string, cell?: string) => (cell ? `Лист «${sheet}», ${cell}` : `Лист «${sheet}»`);

export const SHEET_TEXT = {
  badA1: (range: string) => `Неверный адрес ячейки или диапазона: «${range}» (ожидается вида B3 или B3:H20).`,
  a1OutOfBounds: (range: string) =>
    `Адрес «${range}» выходит за пределы листа (не более 1 048 576 строк и столбца XFD).`,
  badColumn: (col: number | string) => `Неверный номер или буква столбца: «${col}».`,
  badSheetName: (name: string) =>
    `Недопустимое имя листа «${name}»: от 1 до 31 знака, без символов : \\ / ? * [ ] и без апострофа в начале и в конце.`,
  reservedSheetName: (name: string) => `Имя листа «${name}» зарезервировано программой.`,
  duplicateSheet: (name: string) => `Лист «${name}» уже есть в таблице (регистр букв не различается).`,
  unknownSheet: (name: string) => `Листа «${name}» нет в таблице.`,
  deletedSheet: (name: string) => `Лист «${name}» удалён; обратиться к нему нельзя.`,
  lastSheet: (name: string) => `Нельзя удалить «${name}»: это последний лист таблицы.`,
  badIndex: (index: number, count: number) => `Неверная позиция листа ${index}: допустимо от 0 до ${count}.`,
  blockSize: (sheet: string, at: string, rows: number, cols: number) =>
    `${where(sheet)}: диапазон «${at}» не совпадает с размером блока ${rows}×${cols}.`,
  badValue: (sheet: string, cell: string, shown: string) =>
    `${where(sheet, cell)}: недопустимое значение ${shown} (нужны текст, конечное число, да/нет или пусто).`,
  badColor: (sheet: string, cell: string, color: string) =>
    `${where(sheet, cell)}: неверный цвет «${color}» (нужен вид #rrggbb).`,
  badSetting: (sheet: string, what: string, detail: string) => `${where(sheet)}: ${what} — ${detail}`,
  listWithComma: (sheet: string, value: string) =>
    `${where(sheet)}: значение списка «${value}» содержит запятую или кавычку — в xlsx так нельзя.`,
  warningWithEditors: 'защита «только предупреждение» не может задавать редакторов',
  unprotectedOnRange: 'незащищённые диапазоны задаются только при защите всего листа',
  noSheetsToSave: 'В таблице нет ни одного листа — сохранять нечего.',
  openFailed: (path: string, detail: string) => `Не удалось открыть файл «${path}»: ${detail}`,
  saveFailed: (path: string, detail: string) => `Не удалось сохранить файл «${path}»: ${detail}`,
  metaDamaged: (meta: string, sheet: string) =>
    `Служебный лист «${meta}» повреждён (записи листа «${sheet}»): файл не открыт. ` +
    'Удалите служебный лист — защиты и диаграммы будут созданы заново при следующей сборке отчёта.',
} as const;
