// This file builds a small program used by the template, config and store tests: two assessments,
// a few context fields, one program item with its link, one ratio indicator and two rules.
import { CONTEXT_FIELDS } from '../../../src/core/fields';
import { Program } from '../../../src/core/program';

export function smallProgram(): Program {
  const ctx = (code: string) => {
    const f = CONTEXT_FIELDS.find((x) => x.code === code);
    if (!f) throw new Error(code);
    return f;
  };
  return Program.parse({
    id: 'test-program',
    title: 'Тестовая программа',
    municipality: 'Тестовый район',
    years: { from: 2023, to: 2025 },
    source: 'test',
    assessments: [
      { procedure: 'vpr', subject: 'math', grade: 5, measures: ['n', 'm2', 'm3', 'm4', 'm5'] },
      { procedure: 'ege', subject: 'rus', grade: 11, measures: ['n', 'below', 'mean'], maxScore: 100 },
    ],
    fields: [
      ctx('pupils.total'),
      ctx('pupils.incomplete_family'),
      ctx('staff.pedagogues'),
      ctx('staff.pk_done'),
      ctx('cond.internet_stable'),
      { code: 'items.mentoring', section: 'items', label: 'Оказана наставническая поддержка', type: 'bool' },
      { code: 'items.mentoring_link', section: 'items', label: 'Документ о наставнической поддержке', type: 'url' },
    ],
    indicators: [
      {
        code: '1',
        group: 'Кадры',
        name: 'Доля педагогов, прошедших ПК',
        unit: '%',
        aggregation: 'pooled',
        metric: { kind: 'ratio', num: [{ field: 'staff.pk_done' }], den: [{ field: 'staff.pedagogues' }] },
        direction: 'up',
        comparison: 'gte',
        baseline: { year: 2022, value: 40, source: 'test L1' },
        targets: [
          { year: 2023, value: 50, source: 'test L2' },
          { year: 2024, value: 60, source: null },
        ],
        source: 'test L1',
      },
    ],
    rules: [
      {
        code: 'low',
        name: 'Низкий результат ВПР',
        description: '«2» не менее 30 %',
        kind: {
          type: 'assessmentThreshold',
          assessments: ['vpr.*.*'],
          num: ['m2'],
          den: ['n'],
          threshold: { op: 'gte', value: 30, source: 'test L3' },
        },
        flags: 'lowResult',
        source: 'test L3',
      },
      {
        code: 'shnsu',
        name: 'ШНСУ',
        description: 'критерии',
        kind: {
          type: 'criteriaCount',
          criteria: [
            {
              code: 'С1',
              name: 'неполные семьи более 30 %',
              condition: {
                metric: {
                  kind: 'ratio',
                  num: [{ field: 'pupils.incomplete_family' }],
                  den: [{ field: 'pupils.total' }],
                },
                threshold: { op: 'gt', value: 30, source: 'test L4' },
              },
              source: 'test L4',
            },
            {
              code: 'С8',
              name: 'нет интернета',
              condition: { metric: { kind: 'flag', field: 'cond.internet_stable' }, equals: false },
              source: 'test L5',
            },
          ],
          minCount: { value: 1, source: null },
        },
        flags: 'shnsu',
        source: 'test L4',
      },
    ],
  });
}
