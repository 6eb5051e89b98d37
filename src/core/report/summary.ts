// This file builds `Свод`: a row of machine codes, a row of Russian names, the year's targets, the
// municipal total, then one row per school; a column per indicator, per rule, flag summaries and
// roadmap progress. Highlighting is conditional formatting (so it follows edits of the targets row),
// and every flagged or missed cell carries a note with the core's explanation.
import { columnLetters, rangeA1 } from '../a1';
import { NO_DATA } from '../format';
import type { IndicatorMeta, IndicatorValue, ReportResult, RuleVerdict, SchoolReport } from '../engine/types';
import { R } from '../text/report';
import { emptyModel, type Highlight, type ModelCell, type SheetModel } from './sheet-model';

export interface RoadmapProgress {
  done: number;
  total: number;
  overdue: number;
}

export interface SummaryInput {
  result: ReportResult;
  /** School code → count of input errors found this build. */
  inputErrors: Readonly<Record<string, number>>;
  /** Schools whose submission was read (others: «не сдано»). */
  submitted: ReadonlySet<string>;
  /** School code → roadmap progress; omitted when no roadmaps exist. */
  roadmaps?: Readonly<Record<string, RoadmapProgress>>;
  /** Municipal roadmap completion target in percent (seed 000 L444 «не менее 95 %»). */
  roadmapTarget?: number | null;
  /** Rules whose «Да» is good news (shown green, see rule-roles.ts). */
  goodNews?: ReadonlySet<string>;
  /** Schools left out of the report for input errors («Учитывать школы с ошибками» = «Нет»). */
  excluded?: ReadonlySet<string>;
}

export const SUMMARY_ROWS = { codes: 1, names: 2, targets: 3, municipal: 4, firstSchool: 5 } as const;
/**
 * Relative margin for «близко к цели» (amber): within 1/10 of the target. A default, not a seed
 * number. Kept as a fraction so the sheet formula compares integers-times-values (v·10 ≥ t·9), not
 * v ≥ t·0.9, which floats get wrong at the boundary (70 · 0.9 = 63.00000000000001 > 63).
 */
export const NEAR_TARGET = { num: 1, den: 10 } as const;

export function buildSummary(input: SummaryInput): SheetModel {
  const { result } = input;
  const m = emptyModel(R.summaryTab);
  const rulesOf = (f: string) => result.rules.filter((r) => r.flags === f).length;
  // a summary flag column only adds something when several rules feed the flag
  const hasFlag = (f: string) => rulesOf(f) > 1;
  const columns: Column[] = [
    { code: 'school', name: R.colCode, width: 70, cell: (s) => s.code, municipal: R.municipalCode },
    { code: 'name', name: R.colName, width: 200, cell: (s) => s.name, municipal: R.municipalName(result.yearLabel) },
    { code: 'category', name: R.colCategory, width: 90, cell: (s) => s.category, municipal: '' },
    {
      code: 'submitted',
      name: R.colSubmitted,
      width: 100,
      cell: (s) => {
        const errors = input.inputErrors[s.code] ?? 0;
        if (input.excluded?.has(s.code)) return R.excluded(errors);
        return !input.submitted.has(s.code) ? R.notSubmitted : errors > 0 ? R.withErrors(errors) : R.submitted;
      },
      municipal: R.submittedCount(input.submitted.size, result.schools.length),
    },
    ...result.indicators.map((ind) => indicatorColumn(ind, result)),
    ...result.rules.map((rule) => ruleColumn(rule.code, rule.name, result, input.goodNews?.has(rule.code) ?? false)),
    ...(hasFlag('shnor') ? [flagColumn('flag.shnor', R.colShnor, 'shnor', result)] : []),
    ...(hasFlag('shnsu') ? [flagColumn('flag.shnsu', R.colShnsu, 'shnsu', result)] : []),
    ...(rulesOf('shnsu') > 0 ? [criteriaColumn(result)] : []),
    {
      code: 'risk',
      name: R.colRisk,
      width: 160,
      cell: (s) => (s.riskFactors.length > 0 ? s.riskFactors.join(', ') : '—'),
      municipal: '',
    },
    ...(input.roadmaps ? [roadmapColumn(input.roadmaps, input.roadmapTarget ?? null)] : []),
  ];

  m.grid.push(columns.map((c) => c.code));
  m.grid.push(columns.map((c) => c.name));
  m.grid.push(columns.map((c, i) => (i === 1 ? R.targetRow(result.year) : (c.target ?? null))));
  m.grid.push(columns.map((c) => c.municipal));
  for (const s of result.schools) m.grid.push(columns.map((c) => c.cell(s)));

  const last = SUMMARY_ROWS.firstSchool + result.schools.length - 1;
  columns.forEach((c, i) => {
    const col = i + 1;
    const letter = columnLetters(col);
    if (c.format)
      m.numberFormats.push({
        range: `${letter}${SUMMARY_ROWS.targets}:${letter}${Math.max(last, SUMMARY_ROWS.municipal)}`,
        format: c.format,
      });
    m.highlights.push(...(c.highlights?.(letter, last) ?? []));
    const municipalNote = c.municipalNote;
    if (municipalNote) m.notes.push({ row: SUMMARY_ROWS.municipal, col, text: municipalNote });
    result.schools.forEach((s, k) => {
      const note = c.note?.(s);
      if (note) m.notes.push({ row: SUMMARY_ROWS.firstSchool + k, col, text: note });
    });
  });
  const width = columns.length;
  m.highlights.push({
    ranges: [
      rangeA1(SUMMARY_ROWS.municipal, 1, Math.max(last, SUMMARY_ROWS.municipal) - SUMMARY_ROWS.municipal + 1, width),
    ],
    formula: `=A${SUMMARY_ROWS.municipal}="${NO_DATA}"`,
    tone: 'grey',
  });
  m.headerRows.push(SUMMARY_ROWS.codes, SUMMARY_ROWS.names, SUMMARY_ROWS.targets);
  m.sectionRows.push(SUMMARY_ROWS.municipal);
  m.frozen = { rows: SUMMARY_ROWS.municipal, cols: 2 };
  m.widths = columns.map((c) => c.width);
  m.wrapCols = columns.map((_, i) => i + 1);
  legend(m, last + 2);
  return m;
}

interface Column {
  code: string;
  name: string;
  width: number;
  cell: (s: SchoolReport) => ModelCell;
  municipal: ModelCell;
  target?: ModelCell;
  format?: string;
  municipalNote?: string;
  note?: (s: SchoolReport) => string | null;
  highlights?: (letter: string, lastRow: number) => Highlight[];
}

/** «Да» / «Нет» as in the rule columns, so one spelling runs through `Свод`. */
function yesNo(v: boolean | null): ModelCell {
  return v === null ? NO_DATA : v ? R.yes : R.no;
}

function valueCell(meta: IndicatorMeta, v: IndicatorValue | undefined, inScope = true): ModelCell {
  if (!inScope) return '—';
  if (!v || (v.value === null && v.meets === undefined && v.bool === null)) return NO_DATA;
  if (v.meets !== undefined) return yesNo(v.meets ?? null);
  if (meta.unit === 'да/нет' || (v.value === null && v.bool !== null)) return yesNo(v.bool);
  return v.value ?? NO_DATA;
}

function indicatorColumn(meta: IndicatorMeta, result: ReportResult): Column {
  const mun = result.municipal.indicators[meta.code];
  const percent = meta.unit === '%';
  const numeric = meta.unit !== 'да/нет';
  const municipalNote = mun ? [R.indicatorNote(meta, mun), ...valueWarnings(mun)].join(' ') : null;
  return {
    code: meta.code,
    name: R.indicatorHeader(meta.name, meta.unit),
    width: 110,
    target: meta.target,
    cell: (s) => valueCell(meta, s.indicators[meta.code], s.indicators[meta.code]?.inScope ?? true),
    municipal: valueCell(meta, mun),
    ...(numeric ? { format: percent ? '0.0' : '0.##' } : {}),
    ...(municipalNote ? { municipalNote } : {}),
    note: (s) => {
      const v = s.indicators[meta.code];
      if (!v || !v.inScope) return null;
      const text = [
        v.attainment === 'notAchieved' ? R.indicatorNote(meta, v) : (v.reason ?? ''),
        ...valueWarnings(v),
      ].filter((t) => t !== '');
      return text.length > 0 ? text.join(' ') : null;
    },
    highlights: (letter, lastRow) => attainmentHighlights(meta, letter, lastRow),
  };
}

/** What a reader must know about a value: over 100 % (allowed, seed 000 2.1–2.2), computed from part of the schools. */
function valueWarnings(v: IndicatorValue): string[] {
  const out: string[] = [];
  if (v.over100) out.push(R.over100);
  if (v.coverage && v.coverage.withData > 0 && v.coverage.withData < v.coverage.total)
    out.push(R.coverage(v.coverage.withData, v.coverage.total));
  return out;
}

/** Green / amber / red against the targets row, in the seed's direction; rounding guards float noise. */
function attainmentHighlights(meta: IndicatorMeta, L: string, lastRow: number): Highlight[] {
  if (meta.comparison === 'none' || meta.unit === 'да/нет') return [];
  const first = SUMMARY_ROWS.municipal;
  const ranges = [`${L}${first}:${L}${Math.max(lastRow, first)}`];
  const v = `ROUND(${L}${first},6)`;
  const t = `${L}$${SUMMARY_ROWS.targets}`;
  const guard = `ISNUMBER(${L}${first}),ISNUMBER(${t})`;
  const { num, den } = NEAR_TARGET;
  // amber band: v ≥ t·(1 − 1/10) for «не менее», v ≤ t·(1 + 1/10) for «не более», as v·10 vs t·9 (t·11)
  const scaled = `${v}*${den}`;
  const near = `${t}*${meta.comparison === 'gte' ? den - num : den + num}`;
  const ok = meta.comparison === 'gte' ? '>=' : '<=';
  const bad = meta.comparison === 'gte' ? '<' : '>';
  return [
    { ranges, formula: `=AND(${guard},${v}${ok}${t})`, tone: 'green' },
    { ranges, formula: `=AND(${guard},${v}${bad}${t},${scaled}${ok}${near})`, tone: 'amber' },
    { ranges, formula: `=AND(${guard},${scaled}${bad}${near})`, tone: 'red' },
  ];
}

function verdictCell(v: RuleVerdict | undefined): ModelCell {
  if (!v || v.status === 'outOfScope') return '—';
  return v.flagged === null ? NO_DATA : v.flagged ? R.yes : R.no;
}

const whenYes =
  (tone: Highlight['tone']) =>
  (L: string, lastRow: number): Highlight[] => [
    {
      ranges: [`${L}${SUMMARY_ROWS.firstSchool}:${L}${Math.max(lastRow, SUMMARY_ROWS.firstSchool)}`],
      formula: `=${L}${SUMMARY_ROWS.firstSchool}="${R.yes}"`,
      tone,
    },
  ];
const redWhenYes = whenYes('red');

function ruleColumn(code: string, name: string, result: ReportResult, goodNews: boolean): Column {
  return {
    code: `rule.${code}`,
    name,
    width: 110,
    cell: (s) => verdictCell(s.rules[code]),
    municipal: R.flaggedCount(result.municipal.byRule[code] ?? 0),
    note: (s) => {
      const v = s.rules[code];
      return v && v.status !== 'outOfScope' ? v.explanation : null;
    },
    highlights: goodNews ? whenYes('green') : redWhenYes,
  };
}

function flagColumn(code: string, name: string, flag: 'shnor' | 'shnsu', result: ReportResult): Column {
  const rules = result.rules.filter((r) => r.flags === flag).map((r) => r.code);
  return {
    code,
    name,
    width: 80,
    cell: (s) =>
      s.flags[flag] === 'yes' ? R.yes : s.flags[flag] === 'no' ? R.no : s.flags[flag] === 'noData' ? NO_DATA : '—',
    municipal: R.flaggedCount(result.municipal.flagged[flag] ?? 0),
    note: (s) => {
      const texts = rules
        .map((c) => s.rules[c])
        .filter((v): v is RuleVerdict => !!v && v.flagged === true)
        .map((v) => v.explanation);
      return texts.length > 0 ? texts.join('\n') : null;
    },
    highlights: redWhenYes,
  };
}

function criteriaColumn(result: ReportResult): Column {
  return {
    code: 'criteria.shnsu',
    name: R.colCriteria,
    width: 140,
    cell: (s) => {
      const d = result.rules
        .filter((r) => r.flags === 'shnsu')
        .map((r) => s.rules[r.code]?.details)
        .find((x) => x?.type === 'criteriaCount');
      if (!d || d.type !== 'criteriaCount') return '—';
      const met = d.criteria.filter((c) => c.met === true).map((c) => c.code);
      return R.criteriaCell(met, d.criteria.length);
    },
    municipal: '',
  };
}

function roadmapColumn(progress: Readonly<Record<string, RoadmapProgress>>, target: number | null): Column {
  const pct = (p: RoadmapProgress | undefined) => (p && p.total > 0 ? (p.done * 100) / p.total : NO_DATA);
  const all = Object.values(progress).reduce(
    (a, p) => ({ done: a.done + p.done, total: a.total + p.total, overdue: a.overdue + p.overdue }),
    { done: 0, total: 0, overdue: 0 },
  );
  return {
    code: 'roadmap.done',
    name: R.colRoadmap,
    width: 110,
    target,
    cell: (s) => pct(progress[s.code]),
    municipal: pct(all),
    format: '0.0',
    note: (s) => {
      const p = progress[s.code];
      return p ? R.roadmapNote(p.done, p.total, p.overdue) : null;
    },
    highlights: (L, lastRow) =>
      target === null
        ? []
        : attainmentHighlights(
            {
              code: 'roadmap.done',
              group: '',
              name: '',
              unit: '%',
              aggregation: 'pooled',
              direction: 'up',
              comparison: 'gte',
              key: false,
              target,
              targetDisplay: null,
              targetSource: null,
            },
            L,
            lastRow,
          ),
  };
}

function legend(m: SheetModel, row: number): void {
  const items: [Highlight['tone'], string][] = [
    ['green', R.legendGreen],
    ['amber', R.legendAmber((NEAR_TARGET.num * 100) / NEAR_TARGET.den)],
    ['red', R.legendRed],
    ['grey', R.legendGrey],
  ];
  m.grid.push([], ['', R.legendTitle]); // in column B, beside the swatches, where it has room
  m.sectionRows.push(row);
  items.forEach(([tone, text], i) => {
    m.grid.push(['', text]);
    m.swatches.push({ row: row + 1 + i, col: 1, tone });
  });
}
