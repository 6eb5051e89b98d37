// This file holds «ПЕРЕЧЕНЬ мероприятий, реализуемых на различных уровнях системы образования…»
// (seed 003 L210–L328): each numbered row has a «Муниципальный уровень» and a «Уровень
// образовательной организации» cell, either of which may be empty. Every filled cell becomes one
// measure of its level: 17 municipal and 13 school cells. The list has no deadline column; it is part
// of the «Комплекс мер … на 2020-2022 годы» (L2), so its deadline is that period, «2020-2022 годы»
// (the seed's own wording, L221). The «Результат выполнения мероприятия» column is empty in the seed.
// Its numbering does not match the roadmap's (list 3.3 = roadmap 3.1), so ids never cross tables.
import type { ProgramInput } from '../../program';
import { STAGES, type Stage } from './roadmap';
import { LOW_RESULT_RULES } from './rules';

type MeasureInput = NonNullable<ProgramInput['measures']>[number];

const PERIOD = '2020-2022 годы'; // seed 003 L2, L221 «на 2020-2022 годы»
// The list names no responsible person: the column headers (L213–L214) say who acts.
const SCHOOL = 'Уровень образовательной организации';
const MUNICIPALITY = 'Муниципальный уровень';

export const ACTION_LIST_PREFIX = 'Перечень мероприятий по уровням — ';

interface ListRow {
  no: string;
  municipal: string | null;
  school: string | null;
  lines: string;
  /** Triggers of the school-level item. */
  schoolTriggers?: string[];
  municipalTriggers?: string[];
}

const ROWS: ListRow[] = [
  {
    no: '1.2',
    municipal:
      'Разработка муниципальной программы поддержки школы с низкими результатами обучения сроком реализации на 2020-2022 годы',
    school: 'Разработка школьной программы повышения качества образования сроком реализации на 2020-2022 годы',
    lines: 'L220–L223',
  },
  {
    no: '1.3',
    municipal:
      'Разработка муниципального комплекса мер, направленных на преодоление факторов, обуславливающих низкие результаты обучения',
    school: null,
    lines: 'L225–L228',
  },
  // Section 2 «Определение показателей, методов сбора информации» has one empty row (L233–L236).
  {
    no: '3.1',
    municipal: 'Организация участия школы в мониторинге',
    school: 'Участие в мониторинге',
    lines: 'L241–L244',
  },
  {
    no: '3.2',
    municipal:
      'Проведение мониторинга нормативно-организационного обеспечения по сопровождению школы с низкими результатами обучения',
    school: null,
    lines: 'L246–L249',
  },
  {
    no: '3.3',
    municipal:
      'Проведение мониторинга для выявления динамики образовательных результатов в школе с низкими результатами обучения',
    school: 'Участие в мониторинге',
    lines: 'L251–L254',
    schoolTriggers: ['Д1', 'Д2'],
    municipalTriggers: ['Д1', 'Д2'],
  },
  {
    no: '3.4',
    // lower-case «апробация» as in the seed (L257)
    municipal:
      'апробация диагностических инструментов для изучения профессиональных дефицитов педагогических и руководящих работников',
    school: 'Участие в апробации',
    lines: 'L256–L259',
    schoolTriggers: ['ФР500.3', 'ФР500.5'],
    municipalTriggers: ['ФР500.3', 'ФР500.5'],
  },
  {
    no: '4.1',
    municipal: 'Ознакомление с результатами анализа результатов школы с низкими результатами обучения',
    school: 'Ознакомление с результатами анализа мониторинга',
    lines: 'L264–L267',
  },
  { no: '4.2', municipal: 'Анализ итогов мониторинга', school: null, lines: 'L269–L272' },
  {
    no: '4.3',
    // sic: the seed repeats «управленческих решений по определению мер поддержки школы» (L275)
    municipal:
      'Проведение комплексного аудита организационно-содержательных, информационно-методических, кадровых, материально-технических, финансовых условий работы школы с низкими результатами обучения с целью принятия управленческих решений по определению мер поддержки школы, управленческих решений по определению мер поддержки школы',
    school:
      'Проведение комплексного аудита организационно-содержательных, информационно-методических, кадровых, материально-технических, финансовых условий работы школы с целью выявления причин и условий, способствующих не достижению высоких результатов обучения',
    lines: 'L274–L277',
    schoolTriggers: [...LOW_RESULT_RULES, 'ФР500.1', 'ФР500.2'],
    municipalTriggers: [...LOW_RESULT_RULES, 'ФР500.1', 'ФР500.2'],
  },
  {
    no: '4.4',
    municipal: 'Изучение, планирование мероприятий по поддержке школы в соответствии с рекомендациями',
    school: 'Изучение, планирование мероприятий по повышению качества образования в соответствии с рекомендациями',
    lines: 'L279–L282',
  },
  {
    no: '4.5',
    municipal: 'Подготовка адресных рекомендаций по итогам анализа результатов мониторинга',
    school: null,
    lines: 'L284–L287',
  },
  {
    no: '5.1',
    municipal:
      'Проведение муниципальных мероприятий, различных форм профессионального общения, направленных на повышение качества подготовки обучающихся в школе с низкими результатами обучения',
    school: 'Участие в муниципальных, региональных мероприятиях',
    lines: 'L292–L295',
    schoolTriggers: ['ФР500.3'],
    municipalTriggers: ['ФР500.3'],
  },
  {
    no: '5.2',
    municipal: 'Организация участия педагогических и руководящих работников в программах повышения квалификации',
    school: 'Участие педагогических и руководящих работников в программах повышения квалификации',
    lines: 'L297–L300',
    schoolTriggers: ['ФР500.3', 'ФР500.5', 'И10'],
    municipalTriggers: ['ФР500.3', 'ФР500.5', 'И10'],
  },
  {
    no: '5.3',
    municipal:
      'Организация сетевого взаимодействия школ в реализации образовательных программ для обеспечения индивидуализации образовательных траекторий учащихся',
    school: null,
    lines: 'L302–L305',
    municipalTriggers: ['ФР500.4', 'ФР500.6'],
  },
  {
    no: '5.4',
    municipal:
      'Создание профессиональных сообществ педагогов и организация деятельности этих объединений на муниципальном уровне',
    school: 'Участие педагогических работников в деятельности профессиональных сообществ педагогов',
    lines: 'L307–L310',
    schoolTriggers: ['ФР500.3', 'ФР500.5'],
    municipalTriggers: ['ФР500.3', 'ФР500.5'],
  },
  {
    no: '5.5',
    municipal: null,
    school: 'Организация получения родителям консультационных услуг',
    lines: 'L312–L315',
    schoolTriggers: ['ФР500.10'],
  },
  {
    no: '5.6',
    municipal: 'Принятие управленческих решений по результатам проведенного анализа и адресных рекомендаций',
    school: 'Принятие управленческих решений по результатам проведенного анализа и адресных рекомендаций',
    lines: 'L317–L320',
  },
  {
    no: '6.1',
    municipal:
      'Анализ и оценка эффективности принятых мер по поддержке школы с низкими образовательными результатами по результатам проведенного анализа и адресных рекомендаций',
    // sic: «… качества образования результатам …» without «по» (L327)
    school:
      'Анализ и оценка эффективности принятых мер по повышению качества образования результатам проведенного анализа и адресных рекомендаций',
    lines: 'L325–L328',
  },
];

function measure(r: ListRow, level: 'municipal' | 'school', text: string, triggers: string[] = []): MeasureInput {
  const stage = Number(r.no.split('.')[0]) as Stage;
  return {
    id: `krasny-kholm-2020.p${r.no}.${level === 'municipal' ? 'mun' : 'school'}`,
    section: `${ACTION_LIST_PREFIX}${stage}. ${STAGES[stage]}`,
    text,
    deadline: PERIOD,
    responsible: level === 'municipal' ? MUNICIPALITY : SCHOOL,
    level,
    triggers,
    always: true,
    source: `seed 003 ${r.lines}`,
  };
}

export const krasnyKholmActionList: MeasureInput[] = ROWS.flatMap((r) => [
  ...(r.municipal === null ? [] : [measure(r, 'municipal', r.municipal, r.municipalTriggers)]),
  ...(r.school === null ? [] : [measure(r, 'school', r.school, r.schoolTriggers)]),
]);
