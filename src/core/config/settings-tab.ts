// This file holds the monitoring's settings (`Настройки`): a two-column tab of named values that
// setup writes once and the methodologist may edit; every read validates and names the cell.
import { z } from 'zod';
import { TAB } from '../text/config';
import { cellError, parseNumber, parseYesNo, text, type Cell, type CellError } from './cells';
import type { TabContent } from './tab';

export const Settings = z.object({
  municipality: z.string().min(1),
  presetId: z.string().min(1),
  year: z.number().int().min(2000).max(2100),
  mode: z.enum(['tabs', 'files']),
  includeSchoolsWithProblems: z.boolean(),
  maxRiskDirections: z.number().int().min(1).max(10),
  coordinators: z.array(z.string().email()),
  /** ISO date by which schools submit; null when not set. */
  deadline: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
});
export type Settings = z.infer<typeof Settings>;

type Key = keyof Settings;
const ROWS: { key: Key; label: string; help: string }[] = [
  { key: 'municipality', label: 'Муниципалитет', help: 'Название муниципалитета для отчётов.' },
  {
    key: 'presetId',
    label: 'Программа',
    help: 'Код программы мониторинга (заготовки). Не меняйте после начала сбора.',
  },
  { key: 'year', label: 'Отчётный год', help: 'Год окончания учебного года: 2025 = 2024/2025 уч. г.' },
  {
    key: 'mode',
    label: 'Режим сбора',
    help: '«листы» — лист каждой школы в этой таблице; «файлы» — отдельный файл у каждой школы.',
  },
  {
    key: 'includeSchoolsWithProblems',
    label: 'Учитывать школы с ошибками',
    help: '«Да» — берутся верные поля школы с ошибками; «Нет» — школа не входит в отчёт до исправления.',
  },
  {
    key: 'maxRiskDirections',
    label: 'Направлений в дорожной карте школы',
    help: 'Не более стольких рисковых направлений на школу (практика «500+»: 3).',
  },
  { key: 'coordinators', label: 'Координаторы (email)', help: 'Адреса через запятую: им доступны все листы школ.' },
  { key: 'deadline', label: 'Срок сдачи данных', help: 'Дата ДД.ММ.ГГГГ; после неё несданные школы подсвечиваются.' },
];

const MODE_TEXT = { tabs: 'листы', files: 'файлы' } as const;

/** Row of a setting in the tab as written by setup (header in row 1). */
export function settingsRow(key: Key): number {
  return ROWS.findIndex((r) => r.key === key) + 2;
}

export function settingsTab(s: Settings): TabContent {
  const value = (k: Key): Cell => {
    switch (k) {
      case 'mode':
        return MODE_TEXT[s.mode];
      case 'includeSchoolsWithProblems':
        return s.includeSchoolsWithProblems ? 'Да' : 'Нет';
      case 'coordinators':
        return s.coordinators.join(', ');
      case 'deadline':
        return s.deadline ? s.deadline.split('-').reverse().join('.') : '';
      default:
        return s[k];
    }
  };
  return {
    name: TAB.settings,
    columns: [
      { header: 'Параметр', note: 'Название настройки. Не меняйте.', width: 260 },
      { header: 'Значение', note: 'Значение настройки (можно менять).', width: 260, editable: true },
      { header: 'Пояснение', note: 'Что означает настройка.', width: 420 },
    ],
    rows: ROWS.map((r) => [r.label, value(r.key), r.help]),
    frozenRows: 1,
    frozenCols: 0,
  };
}

/** Reads `Настройки` (header in row 1), finding each setting by its label in column A. */
export function readSettingsTab(grid: Cell[][]): { settings: Settings | null; errors: CellError[] } {
  const errors: CellError[] = [];
  const raw: Record<string, unknown> = {};
  for (const def of ROWS) {
    const i = grid.findIndex((row, idx) => idx > 0 && text(row[0] ?? null) === def.label);
    if (i < 0) {
      errors.push(cellError(TAB.settings, grid.length + 1, 1, `нет строки «${def.label}»`));
      continue;
    }
    const cell = grid[i]?.[1] ?? null;
    const err = (m: string) => errors.push(cellError(TAB.settings, i + 1, 2, m));
    const s = text(cell);
    switch (def.key) {
      case 'year':
      case 'maxRiskDirections': {
        const v = parseNumber(cell);
        if (v === null || !Number.isInteger(v)) err('нужно целое число');
        else raw[def.key] = v;
        break;
      }
      case 'mode': {
        const m = (Object.keys(MODE_TEXT) as (keyof typeof MODE_TEXT)[]).find((k) => MODE_TEXT[k] === s.toLowerCase());
        if (!m) err('нужно «листы» или «файлы»');
        else raw.mode = m;
        break;
      }
      case 'includeSchoolsWithProblems': {
        const v = parseYesNo(cell);
        if (v === null) err('нужно «Да» или «Нет»');
        else raw[def.key] = v;
        break;
      }
      case 'coordinators':
        raw.coordinators = s === '' ? [] : s.split(/[,;\s]+/).filter(Boolean);
        break;
      case 'deadline': {
        const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
        if (s === '') raw.deadline = null;
        else if (typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s)) raw.deadline = s;
        else if (!m) err('дата в виде ДД.ММ.ГГГГ');
        else raw.deadline = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
        break;
      }
      default:
        raw[def.key] = s;
    }
  }
  if (errors.length > 0) return { settings: null, errors };
  const parsed = Settings.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      const i = grid.findIndex((row) => text(row[0] ?? null) === ROWS.find((r) => r.key === key)?.label);
      errors.push(
        cellError(
          TAB.settings,
          Math.max(i + 1, 1),
          2,
          key === 'coordinators' ? 'неверный адрес электронной почты' : 'неверное значение',
        ),
      );
    }
    return { settings: null, errors };
  }
  return { settings: parsed.data, errors };
}
