// criteriaCount: seed 004 ШНСУ С1–С10 (L90–102) with their exact cut-offs — «более 30%» is >,
// «2% и более» is ≥, «один и более» is ≥ 1 — and «≥ N criteria» as a setting (the seed gives no N:
// default 2 here, source null).
import { describe, expect, it } from 'vitest';
import { computeOneRule } from '../../../../src/core/engine';
import type { Condition, ProgramInput } from '../../../../src/core/program';
import { makeData, makeProgram, makeSchool, type Values } from '../../fixtures/municipality';

const Y = 2024;
const pct = (field: string, op: 'gt' | 'gte', value: number, source: string): Condition => ({
  metric: { kind: 'ratio', num: [{ field, weight: 1 }], den: [{ field: 'pupils.total', weight: 1 }] },
  threshold: { op, value, source },
});
const atLeastOne = (field: string, source: string): Condition => ({
  metric: { kind: 'value', sum: [{ field, weight: 1 }] },
  threshold: { op: 'gte', value: 1, source },
});
const no = (field: string): Condition => ({ metric: { kind: 'flag', field }, equals: false });

const criteria: Extract<ProgramInput['rules'][number]['kind'], { type: 'criteriaCount' }>['criteria'] = [
  {
    code: 'С1',
    name: 'Неполные семьи',
    condition: pct('pupils.incomplete_family', 'gt', 30, 'seed 004 L92'),
    source: 'seed 004 L92',
  },
  {
    code: 'С2',
    name: 'Безработные родители',
    condition: pct('pupils.unemployed_parents', 'gt', 10, 'seed 004 L93'),
    source: 'seed 004 L93',
  },
  {
    code: 'С3',
    name: 'Родители без высшего образования',
    condition: pct('pupils.no_higher_ed_parents', 'gt', 30, 'seed 004 L94'),
    source: 'seed 004 L94',
  },
  {
    code: 'С4',
    name: 'На учёте',
    condition: pct('pupils.registered', 'gte', 2, 'seed 004 L95'),
    source: 'seed 004 L95',
  },
  {
    code: 'С5',
    name: 'Миграционный статус',
    condition: atLeastOne('pupils.migrant', 'seed 004 L96'),
    source: 'seed 004 L96',
  },
  {
    code: 'С6',
    name: 'Нагрузка свыше 25 ч',
    condition: atLeastOne('staff.overload_25h', 'seed 004 L98'),
    source: 'seed 004 L98',
  },
  { code: 'С7', name: 'Нет психолога', condition: no('staff.has_psychologist'), source: 'seed 004 L99' },
  { code: 'С8', name: 'Нет устойчивого Интернета', condition: no('cond.internet_stable'), source: 'seed 004 L100' },
  { code: 'С9', name: 'Недостаточно компьютеров', condition: no('cond.computers_enough'), source: 'seed 004 L101' },
  {
    code: 'С10',
    name: 'Малокомплектная школа',
    condition: { metric: { kind: 'flag', field: 'cond.small_school' }, equals: true },
    source: 'seed 004 L102',
  },
];

const program = makeProgram({
  rules: [
    {
      code: 'SHNSU',
      name: 'ШНСУ',
      description: '',
      flags: 'shnsu',
      source: 'seed 004 L90',
      kind: { type: 'criteriaCount', criteria, minCount: { value: 2, source: null } },
    },
  ],
});

// a school meeting none of the criteria
const calm: Values = {
  'pupils.total': 100,
  'pupils.incomplete_family': 30,
  'pupils.unemployed_parents': 10,
  'pupils.no_higher_ed_parents': 30,
  'pupils.registered': 1,
  'pupils.migrant': 0,
  'staff.overload_25h': 0,
  'staff.has_psychologist': true,
  'cond.internet_stable': true,
  'cond.computers_enough': true,
  'cond.small_school': false,
};

function run(values: Values) {
  return computeOneRule(
    { program, schools: [makeSchool('s')], data: makeData([['s', Y, values]]), year: Y },
    'SHNSU',
    's',
  ).verdict;
}

const met = (values: Values): string[] => {
  const d = run(values).details;
  return d?.type === 'criteriaCount' ? d.criteria.filter((c) => c.met === true).map((c) => c.code) : [];
};

describe('each criterion at its cut-off', () => {
  it('none is met at exactly 30 % / 10 % / 30 % / 1 %, 0 migrants, 0 overloaded, specialists and equipment present', () => {
    expect(met(calm)).toEqual([]);
  });

  it.each([
    ['С1', { 'pupils.incomplete_family': 31 }], // 31 % > 30 %
    ['С2', { 'pupils.unemployed_parents': 11 }], // 11 % > 10 %
    ['С3', { 'pupils.no_higher_ed_parents': 31 }],
    ['С4', { 'pupils.registered': 2 }], // 2 % ≥ 2 % («2% и более»)
    ['С5', { 'pupils.migrant': 1 }],
    ['С6', { 'staff.overload_25h': 1 }], // «один и более»
    ['С7', { 'staff.has_psychologist': false }],
    ['С8', { 'cond.internet_stable': false }],
    ['С9', { 'cond.computers_enough': false }],
    ['С10', { 'cond.small_school': true }],
  ])('%s is met just past its cut-off', (code, change) => {
    expect(met({ ...calm, ...change })).toEqual([code]);
  });

  it('С4 with 1 999 of 100 000 pupils (1,999 %) is not met; 2 000 is', () => {
    expect(
      met({
        ...calm,
        'pupils.total': 100000,
        'pupils.incomplete_family': 0,
        'pupils.unemployed_parents': 0,
        'pupils.no_higher_ed_parents': 0,
        'pupils.registered': 1999,
      }),
    ).toEqual([]);
    expect(
      met({
        ...calm,
        'pupils.total': 100000,
        'pupils.incomplete_family': 0,
        'pupils.unemployed_parents': 0,
        'pupils.no_higher_ed_parents': 0,
        'pupils.registered': 2000,
      }),
    ).toEqual(['С4']);
  });
});

describe('count of criteria', () => {
  it('two criteria met → flagged, with the met ones listed with their numbers', () => {
    const v = run({ ...calm, 'pupils.incomplete_family': 35, 'cond.internet_stable': false });
    expect(v.status).toBe('flagged');
    expect(v.explanation).toBe(
      'Выполнено критериев: 2 из 10 (нужно не менее 2): С1 Неполные семьи: 35 из 100 (35,0 %) > 30 %; ' +
        'С8 Нет устойчивого Интернета: «Устойчивый доступ в Интернет» — нет.',
    );
    expect(v.details).toMatchObject({ type: 'criteriaCount', metCount: 2, noDataCount: 0, minCount: 2 });
  });

  it('one met → clear', () => {
    const v = run({ ...calm, 'cond.small_school': true });
    expect(v.status).toBe('clear');
    expect(v.explanation).toBe(
      'Выполнено критериев: 1 из 10 (нужно не менее 2): С10 Малокомплектная школа: «Малочисленная / малокомплектная школа» — да.',
    );
  });

  it('one met and one unknown → «нет данных» (it could reach 2)', () => {
    const { 'cond.internet_stable': _drop, ...rest } = calm;
    const v = run({ ...rest, 'cond.small_school': true });
    expect(v.status).toBe('noData');
    expect(v.explanation).toBe('Выполнено критериев: 1 из 10 (нужно не менее 2); нет данных: С8.');
  });

  it('none met and one unknown → clear (cannot reach 2)', () => {
    const { 'cond.internet_stable': _drop, ...rest } = calm;
    expect(run(rest).status).toBe('clear');
  });

  it('two met and others unknown → flagged', () => {
    expect(run({ 'pupils.total': 100, 'pupils.incomplete_family': 50, 'pupils.registered': 5 }).status).toBe('flagged');
  });
});
