// This file parses «Индивидуальные результаты» (note §3.3): one row per pupil code under a caption
// «<ОО>(edu…) | Кол-во участников: N». Pupil rows are aggregated here into counts per school — the count
// of each ВПР mark and of marks lowered / confirmed / raised against the journal; pupil codes and task
// scores never leave this function (152-ФЗ: no pupil data in the workbook).
import type { Grid } from '../../sheets/port';
import { importText, REPORT_LABELS } from '../text/import';
import { a1 } from './a1';
import { cellAt, cellText, dataRowIndexes, findColumn } from './cells';
import type { ParseOptions } from './context';
import { splitLogin } from './hierarchy';
import { isMissing, type Read } from './read-cell';
import { failed, type ImportedRow, type ImportIssue, type ParseResult } from './types';
import { readVprFrame, vprBlock } from './vpr-frame';

interface School {
  name: string;
  login: string | null;
  parent: string;
  line: number;
  marks: number[];
  lowered: number;
  confirmed: number;
  raised: number;
  noMark: number;
}

interface Caption {
  label: string;
  stated: number;
  listed: number;
}

const CAPTION = /кол-во участников:\s*(\d+)/i;

export function parseIndividual(grid: Grid, headerRow: number, options: ParseOptions): ParseResult {
  const frame = readVprFrame(grid, headerRow, options);
  if (!frame.ok) return failed(frame.errors);
  const header = grid[headerRow];
  const cols = {
    login: findColumn(header, (t) => t === 'оо'),
    municipality: findColumn(header, (t) => t === 'муниципалитет'),
    name: findColumn(header, (t) => t === 'название оо'),
    pupil: findColumn(header, (t) => t === 'код участника'),
    mark: findColumn(header, (t) => t === 'отметка'),
    journal: findColumn(header, (t) => t.includes('отметка') && t.includes('журнал')),
  };
  if (cols.mark < 0)
    return failed([{ message: importText.headerMissing(REPORT_LABELS['vpr-individual'], ['Отметка']) }]);
  const lines = dataRowIndexes(grid, headerRow);
  if (lines.length === 0) return failed([{ message: importText.empty(REPORT_LABELS['vpr-individual']) }]);

  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [...frame.warnings];
  const schools = new Map<string, School>();
  const captions: Caption[] = [];
  let caption: { name: string; login: string | null } | null = null;
  for (const r of lines) {
    const row = grid[r] ?? [];
    const captionMatch =
      cellText(cellAt(grid, r, cols.pupil)) === '' ? CAPTION.exec(row.map(cellText).join(' ')) : null;
    if (captionMatch !== null) {
      const text = row.map(cellText).find((t) => t !== '') ?? '';
      const head = text.split('|')[0] ?? '';
      caption = splitLogin(CAPTION.test(head) ? '' : head);
      captions.push({ label: caption.name || text, stated: Number(captionMatch[1]), listed: 0 });
      continue;
    }
    const own = splitLogin(cellText(cellAt(grid, r, cols.name)));
    const login = cellText(cellAt(grid, r, cols.login)).toLowerCase() || own.login || caption?.login || null;
    const name = own.name || caption?.name || login || '';
    if (name === '') {
      errors.push({ message: importText.noSchool(a1(r, 0)), cell: a1(r, 0) });
      continue;
    }
    const mark = readMark(grid, r, cols.mark);
    const journal = cols.journal < 0 ? ({ ok: true, value: null } as const) : readMark(grid, r, cols.journal);
    if (!mark.ok || !journal.ok) {
      errors.push(...[mark, journal].flatMap((x) => (x.ok ? [] : [x.issue])));
      continue;
    }
    const key = login ?? `name:${name}`;
    const school = schools.get(key) ?? newSchool(name, login, cellText(cellAt(grid, r, cols.municipality)), r);
    schools.set(key, school);
    const last = captions[captions.length - 1];
    if (last !== undefined) last.listed += 1;
    if (mark.value === null) {
      school.noMark += 1;
      continue;
    }
    school.marks[mark.value - 2] = (school.marks[mark.value - 2] ?? 0) + 1;
    if (journal.value === null) continue;
    if (mark.value < journal.value) school.lowered += 1;
    else if (mark.value === journal.value) school.confirmed += 1;
    else school.raised += 1;
  }
  for (const c of captions) {
    if (c.listed < c.stated) errors.push({ message: importText.pupilsShort(c.label, c.stated, c.listed) });
    if (c.listed > c.stated) warnings.push({ message: importText.pupilsMore(c.label, c.stated, c.listed) });
  }
  if (errors.length > 0) return failed(errors);

  const base = `vpr.${frame.subject}.${frame.grade}`;
  const rows: ImportedRow[] = [...schools.values()].map((s) => {
    if (s.noMark > 0) warnings.push({ message: importText.pupilsWithoutMark(s.name, s.noMark) });
    const values: Record<string, number | null> = {
      [`${base}.n`]: s.marks.reduce((a, b) => a + b, 0),
      [`${base}.m2`]: s.marks[0] ?? 0,
      [`${base}.m3`]: s.marks[1] ?? 0,
      [`${base}.m4`]: s.marks[2] ?? 0,
      [`${base}.m5`]: s.marks[3] ?? 0,
    };
    if (cols.journal >= 0) {
      values[`${base}.lowered`] = s.lowered;
      values[`${base}.confirmed`] = s.confirmed;
      values[`${base}.raised`] = s.raised;
    }
    return {
      kind: 'school',
      name: s.name,
      ...(s.login !== null ? { login: s.login } : {}),
      ...(s.parent !== '' ? { parent: s.parent } : {}),
      line: s.line,
      values,
    };
  });
  return vprBlock('vpr-individual', frame, rows, warnings);
}

function newSchool(name: string, login: string | null, parent: string, r: number): School {
  return { name, login, parent, line: r + 1, marks: [0, 0, 0, 0], lowered: 0, confirmed: 0, raised: 0, noMark: 0 };
}

/** A ВПР or journal mark 2..5; «нет отметки», «X», blank → null. */
function readMark(grid: Grid, r: number, c: number): Read<number> {
  const cell = cellAt(grid, r, c);
  if (isMissing(cell)) return { ok: true, value: null };
  const t = cellText(cell);
  if (/^[2-5]$/.test(t)) return { ok: true, value: Number(t) };
  return { ok: false, issue: { message: importText.notMark(a1(r, c), t), cell: a1(r, c) } };
}
