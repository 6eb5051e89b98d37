// This file holds the `Школы` tab: the registry columns people fill (code, names, category, email,
// source, the coordinator's decision) and the status block that only the check writes.
import { School, SchoolCategory } from '../schools';
import { TAB } from '../text/config';
import { cellError, text, type Cell, type CellError } from './cells';
import type { Column, TabContent } from './tab';

export const DECISIONS = ['принято', 'на доработке'] as const;
export type Decision = (typeof DECISIONS)[number];
export const STATUSES = [
  'не начато',
  'заполняется',
  'сдано',
  'изменено после сдачи',
  'принято',
  'на доработке',
  'нет листа',
  'нет доступа',
] as const;
export type SubmissionStatus = (typeof STATUSES)[number];

/** 1-based column numbers. Status block (STATUS_COL…FINGERPRINT_COL) is written by the check only. */
export const SCHOOL_COLS = {
  code: 1,
  name: 2,
  fullName: 3,
  category: 4,
  cluster: 5,
  responsible: 6,
  email: 7,
  logins: 8,
  source: 9,
  decision: 10,
  comment: 11,
  status: 12,
  filled: 13,
  problems: 14,
  changed: 15,
  fingerprint: 16,
} as const;

export interface SchoolRow {
  school: School;
  responsible: string;
  /** Tab name or file URL of the school's template. */
  source: string;
  decision: Decision | null;
  comment: string;
  /** Fingerprint of the data when it was last seen «сдано» (service column). */
  fingerprint: string;
  row: number;
}

export interface StatusCells {
  status: SubmissionStatus;
  filledPercent: number;
  problems: number;
  changedAt: string;
  fingerprint: string;
}

export function schoolsColumns(): Column[] {
  return [
    {
      header: 'Код',
      note: 'Короткий код школы (латиница/кириллица, цифры). По нему называется лист школы и строки отчёта.',
      width: 70,
      editable: true,
    },
    { header: 'Краткое название', note: 'Как школа называется в отчётах.', width: 170, editable: true },
    {
      header: 'Полное название',
      note: 'Полное наименование ОО (для сопоставления при импорте).',
      width: 240,
      editable: true,
    },
    { header: 'Категория', note: 'ШНОР / ШНСУ / ШНОР+ШНСУ / наставник / другая.', width: 100, editable: true },
    {
      header: 'Кластер',
      note: 'Кластерная группа (для правил «не ниже среднего по кластеру»).',
      width: 90,
      editable: true,
    },
    { header: 'Ответственный', note: 'ФИО ответственного за заполнение в школе.', width: 150, editable: true },
    {
      header: 'Email',
      note: 'Адрес ответственного: ему открывается доступ к листу или файлу школы.',
      width: 190,
      editable: true,
    },
    {
      header: 'Логины ФИС ОКО',
      note: 'Логины школы в ФИС ОКО (edu…, sch…), через запятую — для импорта результатов.',
      width: 150,
      editable: true,
    },
    {
      header: 'Лист / файл',
      note: 'Имя листа школы или ссылка на её файл. Заполняется при создании форм.',
      width: 160,
    },
    {
      header: 'Решение координатора',
      note: '«принято» или «на доработке» — ставит координатор после проверки.',
      width: 120,
      editable: true,
    },
    { header: 'Комментарий координатора', note: 'Что исправить школе.', width: 200, editable: true },
    {
      header: 'Статус',
      note: 'Заполняет программа при проверке: не начато / заполняется / сдано / изменено после сдачи.',
      width: 130,
    },
    { header: 'Заполнено, %', note: 'Доля заполненных обязательных полей.', width: 90 },
    { header: 'Ошибок', note: 'Число найденных ошибок (подробно — в панели «Сдача данных»).', width: 70 },
    { header: 'Проверено', note: 'Когда программа последний раз проверяла форму.', width: 130 },
    {
      header: 'Отпечаток',
      note: 'Служебное: отпечаток данных на момент сдачи — чтобы заметить изменения после сдачи.',
      width: 90,
    },
  ];
}

export function schoolsTab(rows: { school: School; source: string; responsible?: string }[]): TabContent {
  return {
    name: TAB.schools,
    columns: schoolsColumns(),
    rows: rows.map(({ school, source, responsible }) => [
      school.code,
      school.name,
      school.fullName ?? '',
      school.category,
      school.cluster ?? '',
      responsible ?? '',
      school.email ?? '',
      school.logins.join(', '),
      source,
      '',
      '',
      'не начато',
      0,
      0,
      '',
      '',
    ]),
    frozenRows: 1,
    frozenCols: 2,
  };
}

/** Reads the registry (header in row 1). Rows with errors are reported and left out. */
export function readSchoolsTab(grid: Cell[][]): { rows: SchoolRow[]; errors: CellError[] } {
  const errors: CellError[] = [];
  const rows: SchoolRow[] = [];
  const seen = new Set<string>();
  grid.slice(1).forEach((r, i) => {
    const row = i + 2;
    const get = (c: number) => text(r[c - 1] ?? null);
    if (get(SCHOOL_COLS.code) === '' && get(SCHOOL_COLS.name) === '') return;
    const category = get(SCHOOL_COLS.category) || 'другая';
    const email = get(SCHOOL_COLS.email);
    const parsed = School.safeParse({
      code: get(SCHOOL_COLS.code),
      name: get(SCHOOL_COLS.name),
      ...(get(SCHOOL_COLS.fullName) ? { fullName: get(SCHOOL_COLS.fullName) } : {}),
      category,
      ...(get(SCHOOL_COLS.cluster) ? { cluster: get(SCHOOL_COLS.cluster) } : {}),
      ...(email ? { email } : {}),
      logins: get(SCHOOL_COLS.logins)
        .split(/[,;\s]+/)
        .filter(Boolean),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? 'code') as keyof typeof SCHOOL_COLS;
        const col = SCHOOL_COLS[key] ?? SCHOOL_COLS.code;
        errors.push(cellError(TAB.schools, row, col, schoolFieldMessage(key, get(col))));
      }
      return;
    }
    if (seen.has(parsed.data.code)) {
      errors.push(
        cellError(TAB.schools, row, SCHOOL_COLS.code, `код «${parsed.data.code}» повторяется — строка пропущена`),
      );
      return;
    }
    seen.add(parsed.data.code);
    const decision = get(SCHOOL_COLS.decision).toLowerCase();
    if (decision !== '' && !DECISIONS.includes(decision as Decision)) {
      errors.push(cellError(TAB.schools, row, SCHOOL_COLS.decision, 'нужно «принято», «на доработке» или пусто'));
    }
    rows.push({
      school: parsed.data,
      responsible: get(SCHOOL_COLS.responsible),
      source: get(SCHOOL_COLS.source),
      decision: DECISIONS.includes(decision as Decision) ? (decision as Decision) : null,
      comment: get(SCHOOL_COLS.comment),
      fingerprint: get(SCHOOL_COLS.fingerprint),
      row,
    });
  });
  return { rows, errors };
}

function schoolFieldMessage(key: string, value: string): string {
  switch (key) {
    case 'code':
      return `код школы «${value}»: нужны буквы, цифры, «-» или «_», до 20 знаков`;
    case 'name':
      return 'краткое название не может быть пустым';
    case 'category':
      return `категория «${value}»: нужно одно из ${SchoolCategory.options.join(', ')}`;
    case 'email':
      return `«${value}» — неверный адрес электронной почты`;
    default:
      return `неверное значение «${value}»`;
  }
}

export function statusRow(s: StatusCells): Cell[] {
  return [s.status, s.filledPercent, s.problems, s.changedAt, s.fingerprint];
}
