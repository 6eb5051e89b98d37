// This file builds synthetic ФИС ОКО and regional grids in the exact real layouts of
// /work/shared/domain/fisoko-formats.md: top block in rows 1–7 (text date in row 6), header in row 8,
// numeric mark headers, full comparison header texts, ЕГЭ 2–3-row headers with a numbering row.
// All numbers are invented (ВЫМЫШЛЕННЫЕ ЧИСЛА) unless a test says it reproduces §7.
import type { CellValue, Grid } from '../../../src/sheets/port';

export type Row = CellValue[];

/** Rows 1–7 of a ФИС ОКО analytic export (note §2.2). */
export function topBlock(title: string, vprTitle: string, subject: string, max: number, date: string): Row[] {
  return [[title], [], [vprTitle], ['Предмет:', subject], ['Максимальный первичный балл:', max], ['Дата:', date], []];
}

/** «Статистика по отметкам»: rows are [group, Кол-во ОО, Кол-во участников, %2, %3, %4, %5]. */
export function marksReport(rows: Row[], vprTitle = 'ВПР 2026 Русский язык 4 класс', subject = 'Русский язык'): Grid {
  return [
    ...topBlock('Статистика по отметкам', vprTitle, subject, 24, '20.04.2026'),
    ['Группы участников', 'Кол-во ОО', 'Кол-во участников', 2, 3, 4, 5],
    ...rows,
  ];
}

export const COMPARISON_HEADER: Row = [
  'Группы участников',
  'Кол-во участников(всего)',
  'Понизили (Отметка < Отметка по журналу) %',
  'Понизили (Отметка < Отметка по журналу) Кол-во участников',
  'Подтвердили (Отметка = Отметке по журналу) %',
  'Подтвердили (Отметка = Отметке по журналу) Кол-во участников',
  'Повысили (Отметка > Отметка по журналу) %',
  'Повысили (Отметка > Отметка по журналу) Кол-во участников',
];

/** «Сравнение отметок с отметками по журналу», 2024 horizontal layout (note §3.2). */
export function comparisonReport(rows: Row[]): Grid {
  return [
    ...topBlock(
      'Сравнение отметок с отметками по журналу',
      'ВПР 2024 Математика 4 класс',
      'Математика',
      20,
      '19.03.2024',
    ),
    COMPARISON_HEADER,
    ...rows,
  ];
}

export interface Pupil {
  login: string;
  school: string;
  code: string;
  mark: CellValue;
  journal: CellValue;
}

/** «Индивидуальные результаты»: difficulty row 7, header row 8, a caption row per school (note §3.3). */
export function individualReport(groups: { caption: string; pupils: Pupil[] }[]): Grid {
  const tasks = ['1 (2б)', '2 (1б)', '9.1 (1б)', '4К1 (3б)'];
  return [
    ...topBlock('Индивидуальные результаты', 'ВПР 2026 Русский язык 4 класс', 'Русский язык', 24, '20.04.2026').slice(
      0,
      6,
    ),
    [null, null, 'Уровень сложности задания', null, null, null, 'Б', 'Б', 'П', 'Б'],
    [
      'ОО',
      'Муниципалитет',
      'Название ОО',
      'Код участника',
      'Класс',
      'Вариант',
      ...tasks,
      'Первичный балл',
      'Отметка',
      'Отметка по журналу',
    ],
    ...groups.flatMap((g) => [
      [g.caption] as Row,
      ...g.pupils.map((p): Row => [
        p.login,
        'Энский муниципальный район',
        p.school,
        p.code,
        1,
        1,
        1,
        1,
        0,
        2,
        4,
        p.mark,
        p.journal,
      ]),
    ]),
  ];
}

const EGE_METRICS = [
  'приняло участие',
  'не преодолен min порог',
  'высокобалльники (80-99 баллов)',
  'получили 100 баллов',
  'средний балл',
];

/** The Еврейская-АО variant of the regional ЕГЭ template: 3-row header, numbering row, subtotal rows (note §4.1). */
export function egeTable(subjects: string[], rows: Row[]): Grid {
  const l1: Row = [
    'Муниципальное образование',
    'Образовательная организация (школа)',
    'Профиль (при наличии)',
    'Всего выпускников в 2023 году по программам среднего общего образования, принявших участие в ЕГЭ, чел.',
    'из них',
  ];
  const l2: Row = [null, null, null, null, ...subjects.flatMap((s) => [s, null, null, null, null])];
  const l3: Row = [null, null, null, null, ...subjects.flatMap(() => EGE_METRICS)];
  const numbering: Row = Array.from({ length: 4 + subjects.length * 5 }, (_, i) => (i < 4 ? i + 1 : 5 + ((i - 4) % 5)));
  return [
    [],
    ['Информация о результатах ЕГЭ выпускников школ в 2023 году'],
    [],
    ['Субъект Российской Федерации ___Энская область___'],
    [],
    l1,
    l2,
    l3,
    numbering,
    ...rows,
  ];
}
