// This file holds the Russian text of the school template and of its checks.
import type { FieldSection } from '../fields';

export const T = {
  title: (program: string) => `Форма школы — ${program}`,
  instructions:
    'Заполните жёлтые ячейки: только числа (количество человек), «Да»/«Нет» и ссылки на документы. ' +
    'Персональные данные (ФИО обучающихся) не вносятся. Когда всё заполнено, выберите в поле «Статус сдачи» значение «сдано».',
  school: 'Школа:',
  code: 'Код:',
  year: 'Год:',
  municipality: 'Муниципалитет:',
  status: 'Статус сдачи:',
  statusFilling: 'заполняется',
  statusSubmitted: 'сдано',
  statusHelp: '← выберите «сдано», когда форма заполнена',
  sectionResults: 'Результаты оценочных процедур',
  procedure: 'Процедура, предмет, класс',
  measureHeader: (_code: string, label: string) => label.charAt(0).toUpperCase() + label.slice(1),
  section: {
    general: 'Общие сведения',
    results: 'Другие результаты',
    pupils: 'Контингент',
    staff: 'Кадры',
    cond: 'Условия',
    items: 'Мероприятия программы',
  } satisfies Record<FieldSection, string>,
  indicatorColumn: 'Показатель',
  valueColumn: 'Значение',
  linkColumn: 'Ссылка на документ',
  footer: 'Конец формы. Не удаляйте и не переставляйте строки: программа находит данные по адресам ячеек.',
  yes: 'Да',
  no: 'Нет',
  help: {
    count: (min: number, max?: number) =>
      max === undefined ? `Целое число не меньше ${min}` : `Целое число от ${min} до ${max}`,
    number: (min?: number, max?: number) =>
      min !== undefined && max !== undefined
        ? `Число от ${min} до ${max}`
        : min !== undefined
          ? `Число не меньше ${min}`
          : 'Число',
    percent: 'Процент от 0 до 100',
    bool: 'Выберите «Да» или «Нет»',
    url: 'Ссылка на документ (https://…)',
    text: 'Текст',
    status: 'Выберите «заполняется» или «сдано»',
  },
} as const;
