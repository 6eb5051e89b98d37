// This file holds the default rules of the krasny-kholm-2020 preset. Seed 003 defines no rule and no
// threshold: it only says that the district singles out «неуспешные школы, в течение ряда лет
// показывающие низкие результаты по отдельным предметам» (L7) and monitors «динамики
// образовательных результатов» of the school with low results (L79, L92). Every number here is an
// editable default with source null: «низкие» = at least 30 % unsatisfactory results, «ряд лет» = 2.
import type { ProgramInput } from '../../program';

import { failShare } from '../fail-share';

type RuleInput = NonNullable<ProgramInput['rules']>[number];
type Metric = Extract<RuleInput['kind'], { type: 'dynamics' }>['metric'];

const LOW = { op: 'gte', value: 30, source: null } as const;
const YEARS = 2;

function lowResult(code: string, subject: string, metric: Metric, what: string): RuleInput {
  return {
    code,
    name: `Низкие результаты по отдельным предметам в течение ряда лет: ${subject}`,
    description: `${what} — не менее 30 % в каждом из 2 последних лет. В программе порога и числа лет нет: 30 % и 2 года — значения по умолчанию, их можно изменить.`,
    kind: { type: 'consecutiveYears', condition: { metric, threshold: { ...LOW } }, years: YEARS },
    flags: 'lowResult',
    scope: 'all',
    source: null,
  };
}

export const krasnyKholmRules: RuleInput[] = [
  lowResult('НР1', 'ОГЭ, математика', failShare(['oge.math.9'], 'm2'), 'Доля «2» на ОГЭ по математике'),
  lowResult('НР2', 'ОГЭ, русский язык', failShare(['oge.rus.9'], 'm2'), 'Доля «2» на ОГЭ по русскому языку'),
  lowResult(
    'НР3',
    'ЕГЭ, математика',
    failShare(['ege.math.11'], 'below'),
    'Доля участников ЕГЭ по математике, не преодолевших минимальный порог,',
  ),
  lowResult(
    'НР4',
    'ЕГЭ, русский язык',
    failShare(['ege.rus.11'], 'below'),
    'Доля участников ЕГЭ по русскому языку, не преодолевших минимальный порог,',
  ),
  lowResult(
    'НР5',
    'ВПР, математика',
    failShare(['vpr.math.*'], 'm2'),
    'Доля «2» по ВПР по математике (4–8 классы вместе)',
  ),
  lowResult(
    'НР6',
    'ВПР, русский язык',
    failShare(['vpr.rus.*'], 'm2'),
    'Доля «2» по ВПР по русскому языку (4–8 классы вместе)',
  ),
  {
    code: 'Д1',
    name: 'Динамика образовательных результатов школы с низкими результатами обучения: ВПР',
    description:
      'Доля «2» по ВПР (математика и русский язык, 4–8 классы) не снизилась по сравнению с прошлым годом хотя бы на 1 п.п. В программе нет определения динамики: показатель и минимальное изменение — значения по умолчанию.',
    kind: {
      type: 'dynamics',
      metric: failShare(['vpr.*.*'], 'm2'),
      compareTo: 'previousYear',
      direction: 'down',
      minChange: { value: 1, source: null },
      flagWhen: 'notPositive',
    },
    flags: 'risk',
    scope: 'shnor',
    source: null,
  },
  {
    code: 'Д2',
    name: 'Динамика образовательных результатов школы с низкими результатами обучения: ОГЭ',
    description:
      'Доля «2» на ОГЭ по математике и русскому языку не снизилась по сравнению с прошлым годом хотя бы на 1 п.п. В программе нет определения динамики: показатель и минимальное изменение — значения по умолчанию.',
    kind: {
      type: 'dynamics',
      metric: failShare(['oge.math.9', 'oge.rus.9'], 'm2'),
      compareTo: 'previousYear',
      direction: 'down',
      minChange: { value: 1, source: null },
      flagWhen: 'notPositive',
    },
    flags: 'risk',
    scope: 'shnor',
    source: null,
  },
];

export const LOW_RESULT_RULES = ['НР1', 'НР2', 'НР3', 'НР4', 'НР5', 'НР6'];
