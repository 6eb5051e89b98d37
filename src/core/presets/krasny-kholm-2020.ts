// This file is the krasny-kholm-2020 preset: «Комплекс мер, направленных на преодоление факторов,
// обуславливающих низкие результаты обучения в Краснохолмском районе на 2020-2022 годы» (seed 003).
// The seed is organisational only: its substance is the 17-row roadmap in six management-cycle
// sections (krasny-kholm-2020/roadmap.ts) and the two-level action list (action-list.ts). It has no
// indicator, threshold, target or risk-factor list, so the indicators and rules are defaults
// (source null) and the risk factors are the federal «500+» list; `notes` says so.
import { CONTEXT_FIELDS, type FieldDef } from '../fields';
import type { ProgramInput } from '../program';
import { krasnyKholmActionList } from './krasny-kholm-2020/action-list';
import { krasnyKholmIndicators } from './krasny-kholm-2020/indicators';
import { krasnyKholmRoadmap } from './krasny-kholm-2020/roadmap';
import { krasnyKholmRules, LOW_RESULT_RULES } from './krasny-kholm-2020/rules';
import { riskFactors500 } from './risk-factors-500';

const fields: FieldDef[] = [
  ...CONTEXT_FIELDS.filter((f) => ['staff.pedagogues', 'staff.pk_done'].includes(f.code)),
  {
    code: 'items.school_program',
    section: 'items',
    label: 'Школьная программа повышения качества образования на 2020-2022 годы разработана',
    type: 'bool',
    required: false,
  },
  {
    code: 'items.school_program_link',
    section: 'items',
    label: 'Школьная программа повышения качества образования: ссылка на документ',
    type: 'url',
    required: false,
  },
];

const VPR_GRADES = [4, 5, 6, 7, 8];

export const krasnyKholm2020: ProgramInput = {
  id: 'krasny-kholm-2020',
  title:
    'Комплекс мер, направленных на преодоление факторов, обуславливающих низкие результаты обучения в Краснохолмском районе на 2020-2022 годы',
  municipality: 'Краснохолмский район',
  years: { from: 2020, to: 2022 }, // seed 003 L2 «на 2020-2022 годы»
  source: 'Комплекс мер … в Краснохолмском районе на 2020-2022 годы (реквизиты утверждения в документе не указаны)',
  assessments: [
    // «успеваемость и средний балл по предметам ГИА» (L7): ОГЭ and ЕГЭ in the compulsory subjects.
    { procedure: 'oge', subject: 'math', grade: 9, measures: ['n', 'm2', 'm3', 'm4', 'm5', 'mean'], maxScore: 5 },
    { procedure: 'oge', subject: 'rus', grade: 9, measures: ['n', 'm2', 'm3', 'm4', 'm5', 'mean'], maxScore: 5 },
    { procedure: 'ege', subject: 'rus', grade: 11, measures: ['n', 'below', 'mean'], maxScore: 100 },
    // ЕГЭ математика: one line for both levels (each graduate once) for the pass rate, and the
    // profile level alone for the mean score (the base level is marked on another scale).
    { procedure: 'ege', subject: 'math', grade: 11, measures: ['n', 'below'] },
    { procedure: 'ege', subject: 'mathp', grade: 11, measures: ['n', 'mean'], maxScore: 100 },
    // «мониторинги по результатам … всероссийских проверочных работ» (L7): maths and Russian, grades 4–8.
    ...VPR_GRADES.flatMap((grade) =>
      (['math', 'rus'] as const).map((subject) => ({
        procedure: 'vpr' as const,
        subject,
        grade,
        measures: ['n' as const, 'm2' as const, 'm3' as const, 'm4' as const, 'm5' as const],
      })),
    ),
  ],
  fields,
  indicators: krasnyKholmIndicators,
  rules: krasnyKholmRules,
  // The seed names «факторов, обуславливающих низкие результаты обучения» (L1–L2) but never lists them.
  riskFactors: riskFactors500.map((f) => (f.code === 'ФР500.6' ? { ...f, triggers: LOW_RESULT_RULES } : f)),
  measures: [...krasnyKholmRoadmap, ...krasnyKholmActionList],
  notes: [
    'Программа не содержит ни одного показателя, порога, базового или целевого значения: показатели и правила пресета — значения по умолчанию, их можно изменить. Программа поручает району самому определить показатели (пункт 2.1 дорожной карты).',
    'Показатели по умолчанию считают то, что район уже анализирует ежегодно: «успеваемость и средний балл по предметам ГИА» и результаты ВПР (стр. 7 источника). Результаты региональных контрольных работ программа упоминает без предметов и классов — в шаблон не включены.',
    '«Неуспешные школы, в течение ряда лет показывающие низкие результаты по отдельным предметам» (стр. 7): по умолчанию — не менее 30 % неудовлетворительных результатов по предмету в каждом из 2 последних лет. Статус ШНРО в программе задан поимённо (МБОУ «Краснохолмская сош № 1»), поэтому он указывается вручную в категории школы на вкладке «Школы».',
    'Динамика образовательных результатов школы с низкими результатами обучения: по умолчанию — снижение доли «2» (ВПР; ОГЭ по математике и русскому языку) не менее чем на 1 п.п. к прошлому году.',
    'Перечня факторов риска в программе нет: используется федеральный перечень «500+».',
    'Дорожная карта — 17 пунктов в 6 разделах управленческого цикла (пункта 3.3 в программе нет). Перечень мероприятий по уровням — 17 мероприятий муниципального уровня и 13 уровня образовательной организации; столбец «Результат выполнения мероприятия» в программе пуст, сроков у перечня нет — указан срок реализации комплекса мер «2020-2022 годы». Номера пунктов дорожной карты и перечня не совпадают.',
  ],
};
