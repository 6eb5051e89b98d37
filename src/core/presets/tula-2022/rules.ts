// This file holds the rules and risk factors of the Tula 2022–2024 preset (seed 000). The seed has no
// numeric threshold on results; its monitoring matrix (L443–L455) judges schools by «Положительная
// динамика», so every rule is a dynamics rule against the previous year. `dyn.*` flag a ШНОР whose
// metric did not grow (a risk, L465 «Отсутствует повышения образовательных результатов»); `pos.*` flag
// growth and feed the school-share indicators 5.4 and 5.5. The minimum growth is not in the seed:
// 0 percentage points, `source: null`, editable. Risk factors are the seed's own list (Section VIII).
import type { ProgramInput } from '../../program';
import {
  baseLevel,
  doEnrolled,
  fgSuccess,
  giaSuccess,
  olympResults,
  tochkaDo,
  vsoshResults,
  yearEndQuality,
} from './metrics';

type RuleInput = ProgramInput['rules'][number];
type MetricInput = ProgramInput['indicators'][number]['metric'];

const RESULTS =
  'Критерий «Положительная динамика образовательных результатов обучающихся по итогам государственной итоговой аттестации, оценочных процедур, всероссийской олимпиады школьников, итогам учебного года» (L446).';
const FG =
  'Критерий «Оценка сформированности метапредметных образовательных результатов, функциональной грамотности обучающихся» (L447–L449) и показатель 5.5 (L64–L66).';
const EXTRA = 'Критерий «Положительная динамика внеучебных достижений обучающихся» (L450).';
const DEFAULT_MIN = 'Минимальный прирост в программе не задан: по умолчанию 0 п. п., значение можно изменить.';

function dynamics(
  code: string,
  name: string,
  metric: MetricInput,
  description: string,
  source: string,
  flagWhen: 'notPositive' | 'positive',
): RuleInput {
  return {
    code,
    name,
    description: `${description} ${DEFAULT_MIN}`,
    kind: {
      type: 'dynamics',
      metric,
      compareTo: 'previousYear',
      direction: 'up',
      minChange: { value: 0, source: null },
      flagWhen,
    },
    flags: flagWhen === 'positive' ? 'info' : 'risk',
    scope: 'shnor',
    source,
  };
}

export const tulaRules: ProgramInput['rules'] = [
  // seed 000 L446, «Инструменты»: «результатов ОГЭ, ЕГЭ (по предметам русский язык и математика)»
  dynamics(
    'dyn.gia',
    'Положительная динамика результатов ОГЭ, ЕГЭ (по предметам русский язык и математика)',
    giaSuccess,
    `${RESULTS} Отмечается ШНОР, у которой доля успешных результатов ОГЭ и ЕГЭ (показатель 5.1) не выросла по сравнению с прошлым годом.`,
    'seed 000 L446',
    'notPositive',
  ),
  // seed 000 L446, «результатов ВПР, РКР»
  dynamics(
    'dyn.vpr_rkr',
    'Положительная динамика результатов ВПР, РКР',
    baseLevel,
    `${RESULTS} Отмечается ШНОР, у которой доля участников ВПР и РКР, достигших базового уровня (показатель 5.2), не выросла по сравнению с прошлым годом.`,
    'seed 000 L446',
    'notPositive',
  ),
  // seed 000 L446, «результатов участия в ВсОШ (муниципальный и региональный этапы)»
  dynamics(
    'dyn.vsosh',
    'Положительная динамика результатов участия в ВсОШ (муниципальный и региональный этапы)',
    vsoshResults,
    `${RESULTS} Отмечается ШНОР, у которой доля обучающихся с результативным участием во ВсОШ не выросла по сравнению с прошлым годом.`,
    'seed 000 L446',
    'notPositive',
  ),
  // seed 000 L446, «результатов обучения по итогам учебного года»
  dynamics(
    'dyn.year_end',
    'Положительная динамика результатов обучения по итогам учебного года',
    yearEndQuality,
    `${RESULTS} Мера результатов в программе не названа; по умолчанию — качество знаний («4» и «5»). Отмечается ШНОР, у которой оно не выросло по сравнению с прошлым годом.`,
    'seed 000 L446',
    'notPositive',
  ),
  // seed 000 L449, «тренировочных работ по направлениям функциональной грамотности»
  dynamics(
    'dyn.fg',
    'Положительная динамика результатов тренировочных работ по направлениям функциональной грамотности',
    fgSuccess,
    `${FG} Отмечается ШНОР, у которой доля участников не ниже базового уровня не выросла по сравнению с прошлым годом.`,
    'seed 000 L449',
    'notPositive',
  ),
  // seed 000 L450, first «Показатель» of the row
  dynamics(
    'dyn.olymp',
    'Положительная динамика внеучебных достижений обучающихся: доля обучающихся, участников/победителей/призёров олимпиад и конкурсов различных уровней и направленности',
    olympResults,
    `${EXTRA} Считается доля обучающихся с результативным участием (показатель 5.3).`,
    'seed 000 L450',
    'notPositive',
  ),
  // seed 000 L450, second «Показатель»
  dynamics(
    'dyn.do',
    'Положительная динамика внеучебных достижений обучающихся: доля обучающихся, вовлеченных в программы дополнительного образования, в т.ч. через базы «Кванториума» и учреждений дополнительного образования',
    doEnrolled,
    `${EXTRA} Считается показатель 5.8.`,
    'seed 000 L450',
    'notPositive',
  ),
  // seed 000 L450, third «Показатель»
  dynamics(
    'dyn.tochka_do',
    'Положительная динамика внеучебных достижений обучающихся: доля обучающихся, прошедших обучение по программам дополнительного образования Центров «Точка роста» в рамках сетевого взаимодействия',
    tochkaDo,
    EXTRA,
    'seed 000 L450',
    'notPositive',
  ),
  // seed 000 L62 (indicator 5.4): a school counts when its pupils showed higher year-end results.
  dynamics(
    'pos.year_end',
    'Более высокие результаты обучения по итогам учебного года',
    yearEndQuality,
    'Показатель 5.4 (L62): отмечается ШНОР, у которой качество знаний по итогам учебного года выше, чем в прошлом году.',
    'seed 000 L208',
    'positive',
  ),
  // seed 000 L64–L66 (indicator 5.5): a school counts when its ФГ results grew.
  dynamics(
    'pos.fg',
    'Положительная динамика в результатах по функциональной грамотности',
    fgSuccess,
    'Показатель 5.5 (L64–L66): отмечается ШНОР, у которой доля участников тренировочных работ по функциональной грамотности не ниже базового уровня выше, чем в прошлом году.',
    'seed 000 L209',
    'positive',
  ),
];

/** «Возможные риски Программы» (Section VIII, L460–L465), linked to the rules and indicators they show in. */
export const tulaRiskFactors: ProgramInput['riskFactors'] = [
  {
    code: 'risk.teacher_motivation',
    name: 'Низкая мотивация педагогов на изменения, повышение профессионального уровня',
    triggers: ['2.1', '2.2', '2.3'],
    source: 'seed 000 L461',
  },
  {
    code: 'risk.participant_motivation',
    name: 'Отсутствие мотивации к реализации Программы со стороны участников',
    triggers: [],
    source: 'seed 000 L462',
  },
  {
    code: 'risk.formal_partnership',
    name: 'Формальный подход к организации совместной деятельности со стороны школ с низкими образовательными результатами и школ – партнёров (наставников)',
    triggers: ['1.2', '5.6'],
    source: 'seed 000 L463',
  },
  {
    code: 'risk.network_unready',
    name: 'Неготовность к сетевому взаимодействию',
    triggers: ['5.6', '5.7', 'dyn.tochka_do'],
    source: 'seed 000 L464',
  },
  {
    code: 'risk.no_growth',
    // sic: the seed's wording (L465)
    name: 'Отсутствует повышения образовательных результатов',
    triggers: ['dyn.gia', 'dyn.vpr_rkr', 'dyn.vsosh', 'dyn.year_end', 'dyn.fg'],
    source: 'seed 000 L465',
  },
];
