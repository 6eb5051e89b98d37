// This file is «Проверить сдачу»: it collects every school, works out each status, writes the status
// block of `Школы` in one call (the only columns it owns), highlights overdue and returned schools
// with conditional formatting, logs the run and returns the board for the sidebar.
import { settingsRow } from '../core/config/settings-tab';
import { SCHOOL_COLS, statusRow, type StatusCells, type SubmissionStatus } from '../core/config/schools-tab';
import { fingerprint } from '../core/fingerprint';
import type { Problem } from '../core/template/read';
import { A } from '../core/text/app';
import { TAB } from '../core/text/config';
import { columnLetters, rangeA1 } from '../core/a1';
import type { ConditionalRule, Workbook } from '../sheets/port';
import { collectSubmissions, type Collected, type SourceOpener } from './collect';
import { loadContext, type PresetLookup } from './context';
import { appendLog } from './log';
import { COLOR } from './style';

export interface BoardRow {
  school: string;
  name: string;
  sheet: string;
  status: SubmissionStatus;
  filledPercent: number;
  problems: Problem[];
  comment: string;
}

export interface CheckResult {
  rows: BoardRow[];
  summary: string;
  calls: number;
}

export interface RunContext {
  now: string;
  user: string;
  presets: PresetLookup;
  openFile?: SourceOpener;
}

/**
 * Status of one school from what was read and what the registry remembers. The service column keeps
 * `<fingerprint>:<decision at submission>`: a decision counts only if the coordinator made it after
 * the school submitted, and data changed while «сдано» shows «изменено после сдачи». To edit, a
 * school switches back to «заполняется», which clears the memory.
 */
export function statusOf(c: Collected, now: string): StatusCells {
  const s = c.submission;
  const base = {
    filledPercent: s?.filledPercent ?? 0,
    problems: c.problems.filter((p) => p.severity === 'error').length,
    changedAt: now,
  };
  if (!s) {
    const status = c.problems.some((p) => p.code === 'file_unreachable') ? 'нет доступа' : 'нет листа';
    return { ...base, status, fingerprint: c.row.fingerprint };
  }
  if (!s.submitted) {
    const empty = Object.keys(s.values).length === 0 && base.problems === 0;
    return { ...base, status: empty ? 'не начато' : 'заполняется', fingerprint: '' };
  }
  const print = fingerprint(s.values);
  const decision = c.row.decision ?? '-';
  const [seen, decidedBefore] = c.row.fingerprint.split(':');
  if (!seen) return { ...base, status: 'сдано', fingerprint: `${print}:${decision}` };
  if (seen !== print) return { ...base, status: 'изменено после сдачи', fingerprint: c.row.fingerprint };
  return {
    ...base,
    status: decision !== decidedBefore && c.row.decision ? c.row.decision : 'сдано',
    fingerprint: c.row.fingerprint,
  };
}

export function checkSubmissions(wb: Workbook, run: RunContext): CheckResult {
  const started = Date.now();
  const callsBefore = wb.calls();
  const ctx = loadContext(wb, run.presets);
  const collected = collectSubmissions(wb, ctx.program, ctx.settings.year, ctx.schools, run.openFile);
  const statuses = collected.map((c) => statusOf(c, run.now));
  writeStatusBlock(wb, collected, statuses);
  const rows: BoardRow[] = collected.map((c, i) => ({
    school: c.row.school.code,
    name: c.row.school.name,
    sheet: c.sheet,
    status: (statuses[i] as StatusCells).status,
    filledPercent: (statuses[i] as StatusCells).filledPercent,
    problems: c.problems,
    comment: c.row.comment,
  }));
  const submitted = rows.filter((r) => r.status === 'сдано' || r.status === 'принято').length;
  const errors = rows.reduce((n, r) => n + r.problems.length, 0);
  const summary = A.checkSummary(rows.length, submitted, errors);
  const calls = appendLog(wb, {
    at: run.now,
    user: run.user,
    action: 'Проверить сдачу',
    ms: Date.now() - started,
    schools: rows.length,
    errors,
    callsBefore,
    summary,
  });
  return { rows, summary, calls };
}

/** One write of the status block for rows 2..last, keeping rows that are not schools as they were. */
function writeStatusBlock(wb: Workbook, collected: Collected[], statuses: StatusCells[]): void {
  const sheet = wb.sheet(TAB.schools);
  if (!sheet || collected.length === 0) return;
  const last = Math.max(...collected.map((c) => c.row.row));
  const width = SCHOOL_COLS.fingerprint - SCHOOL_COLS.status + 1;
  const existing = sheet.read(rangeA1(2, SCHOOL_COLS.status, last - 1, width));
  const block = existing.map((r) => [...r]);
  collected.forEach((c, i) => {
    block[c.row.row - 2] = statusRow(statuses[i] as StatusCells);
  });
  sheet.write(rangeA1(2, SCHOOL_COLS.status), block);
  sheet.setConditionalRules(statusRules());
}

/** Returned / missing / changed → red; not submitted after the deadline in `Настройки` → amber; done → green. */
function statusRules(): ConditionalRule[] {
  const col = columnLetters(SCHOOL_COLS.status);
  const range = `A2:${columnLetters(SCHOOL_COLS.fingerprint)}2000`;
  const deadline = `INDIRECT("${TAB.settings}!B${settingsRow('deadline')}")`;
  return [
    {
      ranges: [range],
      when: {
        kind: 'formula',
        formula: `=OR($${col}2="на доработке",$${col}2="нет листа",$${col}2="нет доступа",$${col}2="изменено после сдачи")`,
      },
      style: { background: COLOR.red },
    },
    {
      ranges: [range],
      when: {
        kind: 'formula',
        formula: `=AND($A2<>"",$${col}2<>"сдано",$${col}2<>"принято",${deadline}<>"",TODAY()>DATE(RIGHT(${deadline},4),MID(${deadline},4,2),LEFT(${deadline},2)))`,
      },
      style: { background: COLOR.amber },
    },
    {
      ranges: [range],
      when: { kind: 'formula', formula: `=OR($${col}2="сдано",$${col}2="принято")` },
      style: { background: COLOR.green },
    },
  ];
}
