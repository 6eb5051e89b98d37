// This file writes `Поля`: every field code of the program with its type, limits and the A1 address
// of its cell in the school template, so any program can read or fill a template without knowing its layout.
import { toA1 } from '../a1';
import type { FieldType } from '../fields';
import type { TemplateLayout } from '../template/layout';
import { T } from '../text/template';
import { TAB } from '../text/config';
import type { TabContent } from './tab';

const TYPE_TEXT: Record<FieldType, string> = {
  count: 'целое ≥ 0',
  number: 'число',
  score: 'балл',
  percent: 'процент',
  bool: 'Да/Нет',
  url: 'ссылка',
  text: 'текст',
};

export function fieldsTab(layout: TemplateLayout): TabContent {
  return {
    name: TAB.fields,
    columns: [
      { header: 'Код поля', note: 'Постоянный код поля (используется в Данных и при импорте).', width: 200 },
      { header: 'Раздел', note: 'Раздел формы школы.', width: 130 },
      { header: 'Поле', note: 'Что вносит школа.', width: 360 },
      { header: 'Тип', note: 'Какие значения допустимы.', width: 90 },
      { header: 'Мин.', note: 'Наименьшее допустимое значение.', width: 60 },
      { header: 'Макс.', note: 'Наибольшее допустимое значение.', width: 60 },
      { header: 'Обязательное', note: 'Да — без этого поля форма не считается заполненной.', width: 100 },
      { header: 'Ячейка в форме', note: 'Адрес ячейки в листе (файле) каждой школы.', width: 110 },
    ],
    rows: layout.inputs.map(({ field, row, col }) => [
      field.code,
      layout.assessmentRows.some((a) => a.row === row) ? T.sectionResults : T.section[field.section],
      field.label,
      TYPE_TEXT[field.type],
      field.min ?? null,
      field.max ?? null,
      field.required ? 'Да' : 'Нет',
      toA1(row, col),
    ]),
    frozenRows: 1,
    frozenCols: 1,
  };
}
