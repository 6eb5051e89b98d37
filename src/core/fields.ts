// This file defines the field dictionary: what schools report, with stable readable codes.
// Assessment fields are `<procedure>.<subject>.<grade>.<measure>` (e.g. `vpr.math.5.m2`);
// context fields are `<section>.<name>` (e.g. `pupils.total`, `cond.internet_stable`).
// Only aggregate counts are collected, never pupils' names.
import { z } from 'zod';

export const PROCEDURES = {
  vpr: 'ВПР',
  oge: 'ОГЭ',
  ege: 'ЕГЭ',
  kdr: 'КДР/РКР',
  fg: 'Функциональная грамотность',
} as const;
export type Procedure = keyof typeof PROCEDURES;

export const SUBJECTS = {
  rus: 'русский язык',
  math: 'математика',
  mathb: 'математика (базовая)',
  mathp: 'математика (профильная)',
  okr: 'окружающий мир',
  bio: 'биология',
  hist: 'история',
  soc: 'обществознание',
  geo: 'география',
  phys: 'физика',
  chem: 'химия',
  inf: 'информатика',
  lit: 'литература',
  eng: 'английский язык',
  read: 'читательская грамотность',
  mathlit: 'математическая грамотность',
  sci: 'естественнонаучная грамотность',
  fin: 'финансовая грамотность',
  glob: 'глобальные компетенции',
  creat: 'креативное мышление',
} as const;
export type Subject = keyof typeof SUBJECTS;

/** Measures reported for one assessment (procedure × subject × grade). */
export const ASSESSMENT_MEASURES = {
  n: 'участников',
  m2: '«2»',
  m3: '«3»',
  m4: '«4»',
  m5: '«5»',
  below: 'не преодолели минимальный порог / ниже базового',
  mean: 'средний балл',
  confirmed: 'подтвердили отметку',
  lowered: 'понизили отметку',
  raised: 'повысили отметку',
} as const;
export type AssessmentMeasure = keyof typeof ASSESSMENT_MEASURES;

export const FieldType = z.enum(['count', 'number', 'score', 'percent', 'bool', 'url', 'text']);
export type FieldType = z.infer<typeof FieldType>;

export const FieldSection = z.enum(['general', 'results', 'pupils', 'staff', 'cond', 'items']);
export type FieldSection = z.infer<typeof FieldSection>;

export const FieldCode = z
  .string()
  .regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/, 'код поля: латиница, цифры, «_», части через точку');

export const FieldDef = z.object({
  code: FieldCode,
  section: FieldSection,
  label: z.string().min(1),
  type: FieldType,
  min: z.number().optional(),
  max: z.number().optional(),
  required: z.boolean().default(false),
  help: z.string().optional(),
});
export type FieldDef = z.infer<typeof FieldDef>;

/** One assessment row of the template: procedure × subject × grade and which measures it collects. */
export const Assessment = z.object({
  procedure: z.enum(Object.keys(PROCEDURES) as [Procedure, ...Procedure[]]),
  subject: z.enum(Object.keys(SUBJECTS) as [Subject, ...Subject[]]),
  grade: z.number().int().min(1).max(11),
  measures: z.array(z.enum(Object.keys(ASSESSMENT_MEASURES) as [AssessmentMeasure, ...AssessmentMeasure[]])),
  /** Maximum mean score (ЕГЭ 100, ОГЭ primary score max, marks 5). */
  maxScore: z.number().positive().optional(),
});
export type Assessment = z.infer<typeof Assessment>;

export function assessmentKey(a: Pick<Assessment, 'procedure' | 'subject' | 'grade'>): string {
  return `${a.procedure}.${a.subject}.${a.grade}`;
}

export function assessmentLabel(a: Pick<Assessment, 'procedure' | 'subject' | 'grade'>): string {
  return `${PROCEDURES[a.procedure]} ${SUBJECTS[a.subject]} ${a.grade} кл.`;
}

/** The field definitions an assessment row contributes. */
export function assessmentFields(a: Assessment): FieldDef[] {
  const key = assessmentKey(a);
  const label = assessmentLabel(a);
  return a.measures.map((m) => ({
    code: `${key}.${m}`,
    section: 'results' as const,
    label: `${label}: ${ASSESSMENT_MEASURES[m]}`,
    type: m === 'mean' ? ('score' as const) : ('count' as const),
    min: 0,
    ...(m === 'mean' && a.maxScore !== undefined ? { max: a.maxScore } : {}),
    required: m === 'n',
  }));
}

/** Standard context fields every preset may use (contingent, staff, conditions). */
export const CONTEXT_FIELDS: FieldDef[] = [
  f('pupils.total', 'pupils', 'Обучающихся всего', 'count', true),
  f('pupils.incomplete_family', 'pupils', 'Из неполных семей', 'count'),
  f('pupils.unemployed_parents', 'pupils', 'Единственный или оба родителя безработные', 'count'),
  f('pupils.no_higher_ed_parents', 'pupils', 'Ни один из родителей не имеет высшего образования', 'count'),
  f('pupils.registered', 'pupils', 'На внутришкольном и других видах учёта', 'count'),
  f('pupils.migrant', 'pupils', 'Из семей с особым миграционным и языковым статусом', 'count'),
  f('pupils.ovz', 'pupils', 'С ОВЗ', 'count'),
  f('staff.pedagogues', 'staff', 'Педагогических работников всего', 'count', true),
  f('staff.teachers', 'staff', 'Учителей', 'count'),
  f('staff.pk_done', 'staff', 'Прошли повышение квалификации по тематике программы', 'count'),
  f('staff.selfdiag_done', 'staff', 'Прошли самодиагностику', 'count'),
  f('staff.iom_done', 'staff', 'Завершили ИОМ', 'count'),
  f('staff.overload_25h', 'staff', 'Учителей математики/русского языка с нагрузкой свыше 25 ч', 'count'),
  f('staff.has_psychologist', 'staff', 'Есть педагог-психолог', 'bool'),
  f('staff.has_defectologist', 'staff', 'Есть учитель-дефектолог', 'bool'),
  f('staff.has_speech_therapist', 'staff', 'Есть учитель-логопед', 'bool'),
  f('staff.has_social_pedagogue', 'staff', 'Есть социальный педагог', 'bool'),
  f('staff.vacancies', 'staff', 'Вакансий', 'count'),
  f('cond.internet_stable', 'cond', 'Устойчивый доступ в Интернет', 'bool'),
  f('cond.computers_enough', 'cond', 'Достаточно компьютерной техники', 'bool'),
  f('cond.small_school', 'cond', 'Малочисленная / малокомплектная школа', 'bool'),
  f('cond.settlement_size', 'cond', 'Численность населения населённого пункта', 'count'),
  f('cond.distance_km', 'cond', 'Расстояние до районного центра, км', 'number'),
];

function f(code: string, section: FieldSection, label: string, type: FieldType, required = false): FieldDef {
  return { code, section, label, type, required, ...(type === 'count' || type === 'number' ? { min: 0 } : {}) };
}

/** A value a school reported. null = not reported («нет данных»), never 0. */
export type FieldValue = number | boolean | string | null;
/** One school's values for one year, by field code. */
export type SchoolValues = Readonly<Record<string, FieldValue>>;
