// This file holds the Russian names of the config tabs, their column headers and notes, and config errors.
export const TAB = {
  settings: 'Настройки',
  schools: 'Школы',
  indicators: 'Показатели',
  rules: 'Правила',
  fields: 'Поля',
  data: 'Данные',
  log: 'Журнал',
  summary: 'Свод',
  dynamics: 'Динамика',
  note: 'Справка',
  roadmapPrefix: 'ДК ',
  roadmapMunicipal: 'ДК Муниципалитет',
} as const;

export const CFG = {
  mustBeNumber: 'должно быть числом',
  targetRange: 'цель должна быть числом от 0 до 100',
  targetNumber: 'цель должна быть числом',
  baselineNumber: 'базовое значение должно быть числом',
  baselineYear: 'базовый год должен быть годом (например, 2022)',
  badOp: 'оператор должен быть одним из: ≥, >, ≤, <, = (или «не менее», «более», «не более», «менее»)',
  badComparison: 'сравнение с целью: «не менее», «не более» или «—»',
  badYesNo: 'нужно «Да» или «Нет»',
  unknownIndicator: (code: string) => `показатель «${code}» не входит в программу — строка пропущена`,
  unknownParam: (rule: string, key: string) => `параметр «${key}» правила «${rule}» не найден — строка пропущена`,
  yearsValue: 'число лет должно быть целым от 2 до 10',
  countValue: 'должно быть целым числом от 1',
  noName: 'наименование не может быть пустым',
  sourceDefault: 'по умолчанию (в программе числа нет)',
} as const;
