// This file holds the program model (программа мониторинга) as zod schemas: indicators, rules,
// risk factors, the roadmap catalogue and defaults. The schemas are the types (z.infer).
// Numbers that come from a seed carry a `source` ("seed 001 L80"); numbers the seed does not give
// carry `source: null` and are shown to the methodologist as editable defaults.
import { z } from 'zod';
import { Assessment, FieldDef } from './fields';

/** A sum of field values. `*` in a code matches one dot-separated part: `vpr.*.5.m2`. */
export const Term = z.object({ field: z.string(), weight: z.number().default(1) });
export type Term = z.infer<typeof Term>;
export const Sum = z.array(Term).min(1);
export type Sum = z.infer<typeof Sum>;

/**
 * What is measured for one school in one year.
 * ratio: Σnum / Σden (a share when unit is %, pooled across schools by summing both sides).
 * value: one field or a sum (counts; municipal total is the sum).
 * weightedMean: Σ(value·weight) / Σweight (mean scores weighted by participants).
 * flag: a yes/no field.
 */
export const Metric = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ratio'), num: Sum, den: Sum }),
  z.object({ kind: z.literal('value'), sum: Sum }),
  z.object({ kind: z.literal('weightedMean'), value: z.string(), weight: z.string() }),
  z.object({ kind: z.literal('flag'), field: z.string() }),
]);
export type Metric = z.infer<typeof Metric>;

export const Op = z.enum(['gte', 'gt', 'lte', 'lt', 'eq']);
export type Op = z.infer<typeof Op>;

/** A threshold with its provenance. For ratios the value is a percent (30 = 30 %). */
export const Threshold = z.object({
  op: Op,
  value: z.number(),
  /** "seed 001 L80", or null when the seed gives no number and this is our editable default. */
  source: z.string().nullable(),
});
export type Threshold = z.infer<typeof Threshold>;

/** A condition on one school-year: a metric compared with a threshold, or a flag being true/false. */
export const Condition = z.object({
  metric: Metric,
  /** For flags: the value that meets the condition. */
  equals: z.boolean().optional(),
  threshold: Threshold.optional(),
});
export type Condition = z.infer<typeof Condition>;

/** Which schools an indicator or rule covers. */
export const Scope = z.enum(['all', 'shnor', 'shnsu', 'shnor_or_shnsu']);
export type Scope = z.infer<typeof Scope>;

export const Target = z.object({ year: z.number().int(), value: z.number(), source: z.string().nullable() });

export const Indicator = z.object({
  code: z.string().min(1),
  group: z.string(),
  name: z.string().min(1),
  unit: z.enum(['%', 'чел.', 'ед.', 'балл', 'да/нет']),
  /**
   * How the municipal value is formed:
   * pooled (Σnum/Σden, the default for shares), meanOfSchools (mean of school values),
   * sum (counts), schoolShare (share of schools meeting `condition`), all/count/share (yes/no roll-ups).
   */
  aggregation: z.enum(['pooled', 'meanOfSchools', 'sum', 'schoolShare', 'all', 'count', 'share']),
  metric: Metric,
  /** For schoolShare: what a school must meet to be counted. */
  condition: Condition.optional(),
  /** For schoolShare, instead of `condition`: a school is counted when this rule flags it (e.g. a dynamics rule with flagWhen 'positive'). */
  conditionRule: z.string().optional(),
  /** For schoolShare: the denominator, exactly as the seed words it. */
  denominator: z.enum(['scope', 'identifiedThisYear']).default('scope'),
  scope: Scope.default('all'),
  direction: z.enum(['up', 'down']),
  comparison: z.enum(['gte', 'lte', 'none']),
  baseline: z
    .object({ year: z.number().int().nullable(), value: z.number(), source: z.string().nullable() })
    .optional(),
  targets: z.array(Target).default([]),
  /** Allow values over 100 % (numerator and denominator count different people) with a warning. */
  mayExceed100: z.boolean().default(false),
  formula: z.string().optional(),
  dataSource: z.string().optional(),
  periodicity: z.string().optional(),
  source: z.string().nullable(),
  key: z.boolean().default(false),
  note: z.string().optional(),
});
export type Indicator = z.infer<typeof Indicator>;

/**
 * Rules say what the report highlights. Each evaluates to a verdict with a Russian explanation.
 * assessmentThreshold: for every assessment matching `assessments` (patterns like `vpr.*.*`),
 *   ratio of `num` measures over `den` measures compared with `threshold` (e.g. «2» ≥ 30 %).
 * multiYear: the ШНОР rule (seed 001 L76) over the breaches of `rule`.
 * consecutiveYears: a condition holds in each of the last `years` years (seed 004 «на протяжении 2-х лет»).
 * clusterRelative: the school's metric versus its cluster's pooled value (seed 002).
 * dynamics: change of a metric versus the previous year or the baseline.
 * criteriaCount: ≥ minCount of the listed criteria hold (seed 004 ШНСУ С1–С10).
 */
export const RuleKind = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('assessmentThreshold'),
    assessments: z.array(z.string()).min(1),
    num: z.array(z.string()).min(1),
    den: z.array(z.string()).min(1),
    threshold: Threshold,
  }),
  z.object({
    type: z.literal('multiYear'),
    rule: z.string(),
    /** (a) at least this many procedures low in the previous year… */
    minPrevYear: z.object({ value: z.number().int().positive(), source: z.string().nullable() }),
    /** (b) …or at least this many in each of the two previous years. */
    minEachOfTwo: z.object({ value: z.number().int().positive(), source: z.string().nullable() }),
    /** A "procedure" is procedure × subject; true makes it procedure × subject × grade. */
    countGrades: z.boolean().default(false),
    /** Further assessmentThreshold rules whose low results also count (e.g. ВПР «2» and ОГЭ/ЕГЭ below the minimum). */
    rules: z.array(z.string()).optional(),
  }),
  z.object({
    type: z.literal('consecutiveYears'),
    condition: Condition,
    years: z.number().int().min(2),
  }),
  z.object({
    type: z.literal('clusterRelative'),
    metric: Metric,
    /** School value compared with the cluster value: `lt` = below the cluster average flags. */
    op: Op,
    /** Optionally also require no positive dynamics over this many years. */
    noPositiveDynamicsYears: z.number().int().min(2).optional(),
    direction: z.enum(['up', 'down']),
  }),
  z.object({
    type: z.literal('dynamics'),
    metric: Metric,
    compareTo: z.enum(['previousYear', 'baseline']),
    /** For compareTo 'baseline': the base year; default the year before the program starts (years.from − 1). */
    baselineYear: z.number().int().optional(),
    direction: z.enum(['up', 'down']),
    /** Minimum change that counts as positive dynamics (percentage points for ratios). */
    minChange: z.object({ value: z.number(), source: z.string().nullable() }),
    /** flag when dynamics is NOT positive (the usual reading) */
    flagWhen: z.enum(['notPositive', 'positive']).default('notPositive'),
  }),
  z.object({
    type: z.literal('criteriaCount'),
    criteria: z
      .array(z.object({ code: z.string(), name: z.string(), condition: Condition, source: z.string().nullable() }))
      .min(1),
    minCount: z.object({ value: z.number().int().positive(), source: z.string().nullable() }),
  }),
]);
export type RuleKind = z.infer<typeof RuleKind>;

export const Rule = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  description: z.string(),
  kind: RuleKind,
  /** What a breach marks the school as. */
  flags: z.enum(['shnor', 'shnsu', 'lowResult', 'risk', 'info']),
  scope: Scope.default('all'),
  source: z.string().nullable(),
});
export type Rule = z.infer<typeof Rule>;

export const RiskFactor = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  /** Rules or indicators whose breach suggests this factor. */
  triggers: z.array(z.string()).default([]),
  source: z.string().nullable(),
});
export type RiskFactor = z.infer<typeof RiskFactor>;

export const Measure = z.object({
  id: z.string().min(1),
  section: z.string(),
  text: z.string().min(1),
  deadline: z.string(),
  responsible: z.string(),
  result: z.string().default(''),
  document: z.string().default(''),
  level: z.enum(['municipal', 'school', 'both']),
  /** Rule codes, ШНСУ criterion codes, risk factor codes or indicator codes that make it relevant. */
  triggers: z.array(z.string()).default([]),
  /** Program-wide: every school in scope gets it. */
  always: z.boolean().default(false),
  indicator: z.string().optional(),
  source: z.string().nullable(),
});
export type Measure = z.infer<typeof Measure>;

export const Program = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  municipality: z.string().min(1),
  years: z.object({ from: z.number().int(), to: z.number().int() }),
  source: z.string(),
  assessments: z.array(Assessment),
  /** Fields beyond assessments (context and program items). */
  fields: z.array(FieldDef),
  indicators: z.array(Indicator),
  rules: z.array(Rule),
  riskFactors: z.array(RiskFactor).default([]),
  measures: z.array(Measure).default([]),
  defaults: z
    .object({
      /** Max risk directions per school roadmap («500+» practice). */
      maxRiskDirections: z.number().int().positive().default(3),
      /** Include a school with input problems with its valid fields (true) or leave it out. */
      includeSchoolsWithProblems: z.boolean().default(true),
      /** Roadmap completion criterion, percent (seed 000 L444 «не менее 95 %»). */
      roadmapCompletionTarget: z.object({ value: z.number(), source: z.string().nullable() }).optional(),
    })
    .default({ maxRiskDirections: 3, includeSchoolsWithProblems: true }),
  notes: z.array(z.string()).default([]),
});
export type Program = z.infer<typeof Program>;
export type ProgramInput = z.input<typeof Program>;
