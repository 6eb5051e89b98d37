// This file checks the Strezhevoy 2023 preset (seed 001) against the seed text itself: it parses,
// its counts equal the seed's (18 monitoring rows, 4 measures), codes are unique and resolve, every
// name is the seed's Russian on the line it cites, and every number the preset takes from the seed
// (30 %, «по двум», «хотя бы по одной») is on its cited line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../../src/core/deadlines';
import { assessmentFields } from '../../../src/core/fields';
import { Program, type Metric } from '../../../src/core/program';
import { strezhevoy2023 } from '../../../src/core/presets/strezhevoy-2023';

const SEED = readFileSync(new URL('../../../../shared/seeds/001_d13b8f8e85b8f05f.txt', import.meta.url), 'utf8');
const LINES = SEED.split('\n');

const clean = (s: string): string =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
/** Loose form for texts the preset joins with «;» where the seed has two paragraphs. */
const loose = (s: string): string => clean(s).replace(/;/g, '').replace(/\s+/g, ' ').toLowerCase();
const line = (n: number): string => clean(LINES[n - 1] ?? '');
const cells = (n: number): string[] => (LINES[n - 1] ?? '').split('\t').map(clean);
/** «seed 001 L78, L80» → [78, 80]. */
function cited(source: string | null | undefined): number[] {
  const m = /^seed 001 (L\d+(?:, L\d+)*)$/.exec(source ?? '');
  if (m === null || m[1] === undefined) throw new Error(`bad source ${String(source)}`);
  return m[1].split(', ').map((l) => Number(l.slice(1)));
}
const onCited = (source: string | null | undefined, text: string): boolean =>
  cited(source).some((n) => line(n).toLowerCase().includes(clean(text).toLowerCase()));

const program = Program.parse(strezhevoy2023);

/** The monitoring table L237–L254: one entry per «Показатель», numbered list items split. */
function seedIndicators(): {
  line: number;
  section: string;
  subject: string;
  criterion: string;
  name: string;
  sample: string;
  source: string;
  responsible: string;
}[] {
  const out = [];
  let section = '';
  let subject = '';
  for (let n = 238; n <= 254; n++) {
    const c = cells(n);
    if (c.length < 3 || c.every((x) => x === '')) continue;
    if (c.slice(1).every((x) => x === '')) {
      section = c[0] ?? '';
      continue;
    }
    if ((c[0] ?? '') !== '') subject = c[0] ?? '';
    const cell = c[2] ?? '';
    const items = /^1\. /.test(cell) ? cell.split(/(?:^|\s)\d\.\s/).filter((x) => x !== '') : [cell];
    for (const name of items) {
      out.push({
        line: n,
        section,
        subject,
        criterion: c[1] ?? '',
        name: name.trim(),
        sample: c[3] ?? '',
        source: c[4] ?? '',
        responsible: c[5] ?? '',
      });
    }
  }
  return out;
}

function dictionary(): string[] {
  return [
    ...program.fields.map((f) => f.code),
    ...program.assessments.flatMap((a) => assessmentFields(a).map((f) => f.code)),
  ];
}
function resolves(pattern: string, codes: string[]): boolean {
  const p = pattern.split('.');
  return codes.some((c) => {
    const parts = c.split('.');
    return parts.length === p.length && p.every((x, i) => x === '*' || x === parts[i]);
  });
}
function metricFields(m: Metric): string[] {
  switch (m.kind) {
    case 'ratio':
      return [...m.num, ...m.den].map((t) => t.field);
    case 'value':
      return m.sum.map((t) => t.field);
    case 'weightedMean':
      return [m.value, m.weight];
    case 'flag':
      return [m.field];
  }
}

describe('strezhevoy-2023 preset', () => {
  it('parses with the seed title, municipality and years', () => {
    expect(program.id).toBe('strezhevoy-2023');
    expect(line(64)).toContain(program.title);
    expect(line(127)).toContain(`«${program.municipality}»`);
    // L71 «Срок реализации: Постоянно»: the horizon is a default starting with the order year (L35 «10.05.2023»).
    expect(line(71)).toContain('Постоянно');
    expect(line(35)).toContain('2023');
    expect(program.years.from).toBe(2023);
    expect(program.notes.some((n) => n.includes('Постоянно') && n.includes('по умолчанию'))).toBe(true);
  });

  it('has the 18 rows of the monitoring table (L237–L254) as indicators, names as in the seed, in order', () => {
    const rows = seedIndicators();
    // L239, L240, L241, L242 (4 items), L244, L245, L246, L248 (4 items), L250, L251, L253, L254
    expect(rows).toHaveLength(18);
    expect(program.indicators.map((i) => i.name)).toEqual(rows.map((r) => r.name));
    program.indicators.forEach((ind, k) => {
      const row = rows[k];
      if (!row) throw new Error('row');
      expect(cited(ind.source), ind.code).toEqual([row.line]);
      expect(ind.group, ind.code).toBe(row.section);
      expect(loose(ind.dataSource ?? ''), ind.code).toBe(loose(row.source));
      expect(loose(ind.note ?? ''), ind.code).toContain(
        loose(`Предмет мониторинга: ${row.subject}. Критерий: ${row.criterion}. Ответственные: ${row.responsible}`),
      );
      // «Репрезентативность выборки»: «100 % ШНОР» → ШНОР only, «100 % МОУ» → every school
      expect(ind.scope, ind.code).toBe(row.sample === '100 % ШНОР' ? 'shnor' : 'all');
      expect(['100 % ШНОР', '100 % МОУ']).toContain(row.sample);
    });
  });

  it('leaves baselines, targets and comparisons empty: the seed gives none', () => {
    for (const ind of program.indicators) {
      expect(ind.targets, ind.code).toEqual([]);
      expect(ind.baseline, ind.code).toBeUndefined();
      expect(ind.comparison, ind.code).toBe('none');
      expect(ind.periodicity, ind.code).toBe('ежегодно');
    }
    expect(line(266)).toContain('ежегодно');
  });

  it('takes the low-result threshold from L80 and the procedures from L78', () => {
    // L80 «не менее 30% … получили отметку «2» (ВПР) или не преодолели минимальный порог … (ОГЭ, ЕГЭ)»
    expect(line(80)).toContain('не менее 30% от общего числа участников');
    expect(line(78)).toContain('ЕГЭ, ОГЭ, ВПР по русскому языку и математике');
    const vpr = program.rules.find((r) => r.code === 'low.vpr');
    const gia = program.rules.find((r) => r.code === 'low.gia');
    if (vpr?.kind.type !== 'assessmentThreshold' || gia?.kind.type !== 'assessmentThreshold')
      throw new Error('low rules');
    for (const k of [vpr.kind, gia.kind]) {
      expect(k.threshold).toEqual({ op: 'gte', value: 30, source: 'seed 001 L80' });
      expect(line(80)).toContain(`не менее ${k.threshold.value}%`);
      expect(k.den).toEqual(['n']);
    }
    expect(vpr.kind.num).toEqual(['m2']);
    expect(gia.kind.num).toEqual(['below']);
    // Russian and maths only, all three procedures covered
    const patterns = [...vpr.kind.assessments, ...gia.kind.assessments];
    expect(patterns.every((p) => /^(vpr|oge|ege)\.(rus|math|mathb|mathp)\.\*$/.test(p))).toBe(true);
    for (const a of program.assessments.filter((x) => x.procedure !== 'kdr')) {
      const key = `${a.procedure}.${a.subject}.${a.grade}`;
      expect(
        patterns.some((p) => resolves(p, [key])),
        key,
      ).toBe(true);
    }
  });

  it('takes the ШНОР rule from L76: ≥ 2 procedures last year or ≥ 1 in each of two years', () => {
    const shnor = program.rules.find((r) => r.code === 'shnor');
    if (shnor?.kind.type !== 'multiYear') throw new Error('shnor rule');
    expect(line(76)).toContain('не менее чем по двум оценочным процедурам в предыдущем учебном году');
    expect(line(76)).toContain('хотя бы по одной оценочной процедуре в каждом из двух предыдущих учебных годов');
    expect(shnor.kind.minPrevYear).toEqual({ value: 2, source: 'seed 001 L76' });
    expect(shnor.kind.minEachOfTwo).toEqual({ value: 1, source: 'seed 001 L76' });
    expect([shnor.kind.rule, ...(shnor.kind.rules ?? [])]).toEqual(['low.vpr', 'low.gia']);
    expect(shnor.kind.countGrades).toBe(false);
    expect(shnor.flags).toBe('shnor');
  });

  it('has 8 rules: L80 (ВПР; ОГЭ/ЕГЭ), L76, L239 and the four measurable expected results L283–L286', () => {
    expect(program.rules.map((r) => r.code)).toEqual([
      'low.vpr',
      'low.gia',
      'shnor',
      'risk',
      'dyn.vpr',
      'dyn.gia',
      'dyn.selfdiag',
      'dyn.iom',
    ]);
    for (const r of program.rules.filter((x) => x.kind.type === 'dynamics')) {
      // the expected result is quoted verbatim (L283–L286 are lower case list items)
      expect(onCited(r.source, r.name), r.code).toBe(true);
      if (r.kind.type !== 'dynamics') continue;
      // «уменьшение» / «рост» with no size: any strict change counts; the seed gives no number
      expect(r.kind.minChange).toEqual({ value: 0, source: null });
      expect(r.kind.direction, r.code).toBe(r.name.includes('уменьшение') ? 'down' : 'up');
    }
  });

  it('builds the risk checklist from L239 and L155 and links it to risk factors', () => {
    const risk = program.rules.find((r) => r.code === 'risk');
    if (risk?.kind.type !== 'criteriaCount') throw new Error('risk rule');
    expect(risk.kind.criteria).toHaveLength(6);
    for (const c of risk.kind.criteria) {
      const words = c.name.replace(/^Факторы риска \(дефициты\) по направлению /, '');
      expect(onCited(c.source, words), c.code).toBe(true);
    }
    expect(risk.kind.minCount).toEqual({ value: 1, source: 'seed 001 L239' });
    expect(line(239)).toContain('Наличие / отсутствие факторов риска');
    const criteria = new Set(risk.kind.criteria.map((c) => c.code));
    for (const rf of program.riskFactors) {
      expect(onCited(rf.source, rf.name.replace(/^Дефициты по направлению /, '')), rf.code).toBe(true);
      expect(rf.triggers.length, rf.code).toBeGreaterThan(0);
    }
    // every checklist item leads to a risk factor
    const triggered = new Set(program.riskFactors.flatMap((rf) => rf.triggers));
    for (const c of criteria) expect(triggered.has(c), c).toBe(true);
  });

  it('has the 4 measures of L258–L262 with their exact texts and a deadline', () => {
    // L258 header «Наименование | Описание», rows L259–L262, blank L263
    const rows = [259, 260, 261, 262].map(cells);
    expect(cells(258)).toEqual(['Наименование', 'Описание']);
    expect(line(263)).toBe('');
    expect(program.measures).toHaveLength(rows.length);
    program.measures.forEach((m, k) => {
      expect(m.id).toBe(`strezhevoy-2023.m0${k + 1}`);
      expect(m.text).toBe(rows[k]?.[0]);
      expect(m.document).toBe(rows[k]?.[1]);
      expect(cited(m.source)).toEqual([259 + k]);
      expect(m.deadline).toBe('Постоянно'); // L71, the program's term: the table gives none
      for (let year = program.years.from; year <= program.years.to; year++) {
        expect(parseDeadline(m.deadline, year, { programYears: program.years }).ok, `${m.id} ${year}`).toBe(true);
      }
      expect(m.responsible.length).toBeGreaterThan(0);
      // the section is one of the four directions L183–L186
      expect(
        [183, 184, 185, 186].some((n) => line(n) === `${m.section};` || line(n) === `${m.section}.`),
        m.section,
      ).toBe(true);
    });
  });

  it('has unique codes, and every trigger, pattern and rule reference resolves', () => {
    const codes = dictionary();
    expect(new Set(codes).size).toBe(codes.length);
    const ind = program.indicators.map((i) => i.code);
    const rules = program.rules.map((r) => r.code);
    const criteria = program.rules.flatMap((r) =>
      r.kind.type === 'criteriaCount' ? r.kind.criteria.map((c) => c.code) : [],
    );
    const rf = program.riskFactors.map((r) => r.code);
    const ids = program.measures.map((m) => m.id);
    const all = [...ind, ...rules, ...criteria, ...rf];
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(ids).size).toBe(ids.length);
    const known = new Set(all);
    for (const t of [
      ...program.measures.flatMap((m) => m.triggers),
      ...program.riskFactors.flatMap((r) => r.triggers),
    ]) {
      expect(known.has(t), t).toBe(true);
    }
    const metrics: Metric[] = [
      ...program.indicators.map((i) => i.metric),
      ...program.rules.flatMap((r) =>
        r.kind.type === 'dynamics'
          ? [r.kind.metric]
          : r.kind.type === 'criteriaCount'
            ? r.kind.criteria.map((c) => c.condition.metric)
            : [],
      ),
    ];
    for (const f of metrics.flatMap(metricFields)) expect(resolves(f, codes), f).toBe(true);
    for (const r of program.rules) {
      if (r.kind.type === 'assessmentThreshold') {
        for (const a of r.kind.assessments)
          for (const m of [...r.kind.num, ...r.kind.den]) expect(resolves(`${a}.${m}`, codes), `${a}.${m}`).toBe(true);
      }
    }
    for (const i of program.indicators) if (i.conditionRule) expect(rules).toContain(i.conditionRule);
    // every program item has its document link
    for (const f of program.fields.filter((x) => x.section === 'items' && x.type === 'bool')) {
      expect(codes, f.code).toContain(`${f.code}_link`);
    }
  });
});
