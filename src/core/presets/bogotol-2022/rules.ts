// This file holds the rules of the bogotol-2022 preset: the ШНСУ criteria С1–С10 (seed 004 L90–L102)
// as one criteriaCount rule with their exact cut-offs, the ШНРО criteria Н1–Н7 (L66–L74) as
// «на протяжении 2-х лет» rules, and the «положительная динамика» rules that indicators 7.2–7.7
// count (L165–L172). The seed gives no ШНРО cut-offs, no «N of 10» for ШНСУ, no definition of
// «положительная динамика» and no polarity for С7: those are editable defaults with source null.
import type { ProgramInput } from '../../program';

import { failShare } from '../fail-share';

type RuleInput = NonNullable<ProgramInput['rules']>[number];
type Metric = Extract<RuleInput['kind'], { type: 'dynamics' }>['metric'];

/** Default for Н1–Н7: the seed names the shares but no cut-off (L66–L74). */
const SHNOR_DEFAULT = { op: 'gte', value: 30, source: null } as const;

function shnorRule(code: string, name: string, line: number, metric: Metric, what: string): RuleInput {
  return {
    code,
    name,
    description: `${what} — не менее заданного значения в каждом из двух последних лет. Значение в программе не указано: 30 % — по умолчанию, его можно изменить.`,
    // seed 004 L68–L74 «на протяжении 2-х лет» → the condition holds in each of 2 consecutive years
    kind: { type: 'consecutiveYears', condition: { metric, threshold: { ...SHNOR_DEFAULT } }, years: 2 },
    flags: 'shnor',
    scope: 'all',
    source: `seed 004 L${line}`,
  };
}

/** Default minimum change for «положительная динамика» (percentage points); the seed does not define it. */
const MIN_CHANGE = { value: 1, source: null };

function dynamicsRule(code: string, name: string, line: string, metric: Metric): RuleInput {
  return {
    code,
    name,
    description:
      'Положительная динамика: доля неудовлетворительных результатов (ниже базового уровня) снизилась по сравнению с прошлым годом не менее чем на 1 п.п. В программе определения нет: показатель, сравнение и минимальное изменение — значения по умолчанию.',
    kind: {
      type: 'dynamics',
      metric,
      compareTo: 'previousYear',
      direction: 'down',
      minChange: MIN_CHANGE,
      flagWhen: 'positive',
    },
    flags: 'info',
    scope: 'shnor_or_shnsu',
    source: `seed 004 ${line}`,
  };
}

/** How many of the four specialists of С7 are on staff (0–4); declared in the preset's fields. */
export const SPECIALISTS_FIELD = 'staff.specialists';

const shnsu: RuleInput = {
  code: 'ШНСУ',
  name: 'Критерии и показатели для отнесения общеобразовательных организаций к категории школ, функционирующих в неблагоприятных социальных условиях',
  description:
    'Школа относится к ШНСУ, если выполнено не менее заданного числа критериев С1–С10. Число критериев в программе не указано: 3 — значение по умолчанию, его можно изменить.',
  kind: {
    type: 'criteriaCount',
    criteria: [
      {
        code: 'С1',
        name: 'Численность обучающихся, воспитывающихся в неполных семьях (более 30% от общей численности обучающихся)',
        condition: {
          metric: { kind: 'ratio', num: [{ field: 'pupils.incomplete_family' }], den: [{ field: 'pupils.total' }] },
          threshold: { op: 'gt', value: 30, source: 'seed 004 L92' }, // «более 30%» → strictly greater
        },
        source: 'seed 004 L92',
      },
      {
        code: 'С2',
        name: 'Численность обучающихся, воспитывающихся в семьях, где один единственный родитель или оба родителя являются безработными (более 10 %)',
        condition: {
          metric: { kind: 'ratio', num: [{ field: 'pupils.unemployed_parents' }], den: [{ field: 'pupils.total' }] },
          threshold: { op: 'gt', value: 10, source: 'seed 004 L93' }, // «более 10 %»
        },
        source: 'seed 004 L93',
      },
      {
        code: 'С3',
        name: 'Численность обучающихся, воспитывающихся в семьях, где ни один из родителей не имеет высшего образования (более 30 %)',
        condition: {
          metric: { kind: 'ratio', num: [{ field: 'pupils.no_higher_ed_parents' }], den: [{ field: 'pupils.total' }] },
          threshold: { op: 'gt', value: 30, source: 'seed 004 L94' }, // «более 30 %»
        },
        source: 'seed 004 L94',
      },
      {
        code: 'С4',
        name: 'Доля детей, состоящих на внутришкольном и других видах учёта, составляет 2% и более',
        condition: {
          metric: { kind: 'ratio', num: [{ field: 'pupils.registered' }], den: [{ field: 'pupils.total' }] },
          threshold: { op: 'gte', value: 2, source: 'seed 004 L95' }, // «2% и более» → ≥
        },
        source: 'seed 004 L95',
      },
      {
        code: 'С5',
        name: 'Наличие обучающихся из семей с особым миграционным и языковым статусом',
        condition: {
          metric: { kind: 'value', sum: [{ field: 'pupils.migrant' }] },
          threshold: { op: 'gte', value: 1, source: 'seed 004 L96 «Наличие»' }, // presence = at least one pupil
        },
        source: 'seed 004 L96',
      },
      {
        code: 'С6',
        name: 'Один и более учителей по математике или русскому языку имеют нагрузку свыше 25 часов',
        condition: {
          // staff.overload_25h counts maths/Russian teachers with a load over 25 h (seed 004 L98 «свыше 25 часов»)
          metric: { kind: 'value', sum: [{ field: 'staff.overload_25h' }] },
          threshold: { op: 'gte', value: 1, source: 'seed 004 L98 «Один и более»' },
        },
        source: 'seed 004 L98',
      },
      {
        code: 'С7',
        name: 'Наличие штата специалистов: психолог, дефектолог, логопед, социальный педагог',
        condition: {
          // Polarity is ambiguous in the seed (L99 «Наличие штата специалистов»). As a criterion of
          // unfavourable conditions we read it as «not all four specialists are on staff»: fewer than 4.
          // Editable: `eq 0` = none of them, `gte 1` = the literal reading «specialists present».
          // A count field, because the engine does not add up yes/no fields.
          metric: { kind: 'value', sum: [{ field: SPECIALISTS_FIELD }] },
          threshold: { op: 'lt', value: 4, source: null },
        },
        source: 'seed 004 L99',
      },
      {
        code: 'С8',
        name: 'Отсутствие устойчивого доступа в Интернет',
        condition: { metric: { kind: 'flag', field: 'cond.internet_stable' }, equals: false },
        source: 'seed 004 L100',
      },
      {
        code: 'С9',
        name: 'Отсутствие достаточного количества компьютерной техники',
        condition: { metric: { kind: 'flag', field: 'cond.computers_enough' }, equals: false },
        source: 'seed 004 L101',
      },
      {
        code: 'С10',
        name: 'Малочисленность/малокомплектность школы',
        condition: { metric: { kind: 'flag', field: 'cond.small_school' }, equals: true },
        source: 'seed 004 L102',
      },
    ],
    minCount: { value: 3, source: null },
  },
  flags: 'shnsu',
  scope: 'all',
  source: 'seed 004 L90',
};

export const bogotolRules: NonNullable<ProgramInput['rules']> = [
  shnsu,
  shnorRule(
    'Н1',
    'Доля обучающихся, получивших неудовлетворительные результаты ЕГЭ по математике на протяжении 2-х лет',
    68,
    failShare(['ege.math.11'], 'below'),
    'Доля участников ЕГЭ по математике, не преодолевших минимальный порог,',
  ),
  shnorRule(
    'Н2',
    'Доля обучающихся, получивших неудовлетворительные результаты ЕГЭ по русскому языку на протяжении 2-х лет',
    69,
    failShare(['ege.rus.11'], 'below'),
    'Доля участников ЕГЭ по русскому языку, не преодолевших минимальный порог,',
  ),
  shnorRule(
    'Н3',
    'Доля обучающихся, получивших неудовлетворительные результаты ОГЭ по математике на протяжении 2-х лет',
    70,
    failShare(['oge.math.9'], 'm2'),
    'Доля «2» на ОГЭ по математике',
  ),
  shnorRule(
    'Н4',
    'Доля обучающихся, получивших неудовлетворительные результаты ОГЭ по русскому языку на протяжении 2-х лет',
    71,
    failShare(['oge.rus.9'], 'm2'),
    'Доля «2» на ОГЭ по русскому языку',
  ),
  shnorRule(
    'Н5',
    'Доля обучающихся, демонстрирующих уровень освоения читательской (КДР6) грамотности ниже базового на протяжении 2-х лет',
    72,
    failShare(['kdr.read.6'], 'below'),
    'Доля участников КДР по читательской грамотности (6 класс) с уровнем ниже базового',
  ),
  shnorRule(
    'Н6',
    'Доля обучающихся, демонстрирующих уровень освоения математической (КДР7) грамотности ниже базового на протяжении 2-х лет',
    73,
    failShare(['kdr.mathlit.7'], 'below'),
    'Доля участников КДР по математической грамотности (7 класс) с уровнем ниже базового',
  ),
  shnorRule(
    'Н7',
    'Доля обучающихся, демонстрирующих уровень освоения естественнонаучной (КДР8) грамотности ниже базового на протяжении 2-х лет',
    74,
    failShare(['kdr.sci.8'], 'below'),
    'Доля участников КДР по естественнонаучной грамотности (8 класс) с уровнем ниже базового',
  ),
  dynamicsRule(
    'Д7.2',
    'Положительная динамика: КДР, читательская грамотность (4 класс)',
    'L165',
    failShare(['kdr.read.4'], 'below'),
  ),
  dynamicsRule(
    'Д7.3',
    'Положительная динамика: КДР, читательская грамотность (6 класс)',
    'L166',
    failShare(['kdr.read.6'], 'below'),
  ),
  dynamicsRule(
    'Д7.4',
    'Положительная динамика: КДР, математическая грамотность (7 класс)',
    'L167–L169',
    failShare(['kdr.mathlit.7'], 'below'),
  ),
  dynamicsRule(
    'Д7.5',
    'Положительная динамика: КДР, естественнонаучная грамотность (8 класс)',
    'L170',
    failShare(['kdr.sci.8'], 'below'),
  ),
  // «по математике и русскому языку» (L171–L172): one pooled share of both subjects by default;
  // the seed does not say whether both, either or the pooled result must improve.
  dynamicsRule(
    'Д7.6',
    'Положительная динамика: ОГЭ, математика и русский язык',
    'L171',
    failShare(['oge.math.9', 'oge.rus.9'], 'm2'),
  ),
  dynamicsRule(
    'Д7.7',
    'Положительная динамика: ЕГЭ, математика и русский язык',
    'L172',
    failShare(['ege.math.11', 'ege.rus.11'], 'below'),
  ),
];
