// This file defines what the engine returns: plain JSON (no Dates, no class instances, no BigInt;
// two tables are enumerable accessors made on first read, which JSON.stringify and spreading read),
// shaped for the consumers — the `Свод` table (rows schools, columns indicators and flags),
// `Справка` prose, roadmap generation (codes of breached rules, met criteria, risk factors) and
// `Динамика` (indicator values per year). Keep it stable: other modules build on it.
import type { Program, Rule } from '../program';
import type { DataSet, School } from '../schools';

/**
 * Year convention: `year` is the calendar year in which the school year ends (2023 = 2022/2023 уч. г.).
 * The "previous school year" of reporting year Y is Y-1, the one before it Y-2.
 */
export interface ReportInput {
  program: Program;
  schools: School[];
  /** data[school][year][field] */
  data: DataSet;
  year: number;
  /** Years for the `Динамика` series; when given, the result carries `series`. */
  seriesYears?: number[];
}

/** Attainment of a target in a year. */
export type Attainment = 'achieved' | 'notAchieved' | 'noData' | 'noTarget';

/** One indicator value (a school's or the municipality's) in one year. */
export interface IndicatorValue {
  /** In display units (percent for «%» indicators, else as measured); null = «нет данных». */
  value: number | null;
  /**
   * Exact parts: value = num/den (×100 for «%»). For ratios these are the counted sums
   * («2» у 9 из 27 → 9/27); for school shares schools meeting / schools counted; for sums and
   * means a reduced fraction. null when there is no value or a part is not a safe integer.
   */
  num: number | null;
  den: number | null;
  /** Yes/no indicators (flag metric at school level, `all` roll-up). */
  bool: boolean | null;
  /** «33,3 %», «да», «12», «нет данных». */
  display: string;
  /** Against the target of this year (municipal value; for schools only for pooled/meanOfSchools shares). */
  attainment: Attainment;
  /** Why there is no value («нет участников», «нет данных: …»). */
  reason?: string;
  /** The value passes 100 % (allowed when the indicator says mayExceed100, with a warning). */
  over100?: boolean;
  /** schoolShare at school level: whether the school meets the condition (null = no data). */
  meets?: boolean | null;
  /** Municipal: how many schools of the denominator set had data. */
  coverage?: { withData: number; total: number };
}

export type RuleStatus = 'flagged' | 'clear' | 'noData' | 'outOfScope';

/** One assessment (procedure × subject × grade) checked against a share threshold. */
export interface AssessmentCheck {
  key: string;
  label: string;
  year: number;
  num: number | null;
  den: number | null;
  /** «33,3 %» or «нет данных». */
  display: string;
  low: boolean | null;
  /** «ВПР математика 5 кл.: «2» у 9 из 27 (33,3 %) ≥ 30 %» */
  text: string;
}

/** A "procedure" of the multi-year rule: procedure × subject (× grade when countGrades). */
export interface ProcedureHit {
  key: string;
  label: string;
  checks: AssessmentCheck[];
}

export interface YearValue {
  year: number;
  value: number | null;
  display: string;
  met: boolean | null;
}

export interface CriterionResult {
  code: string;
  name: string;
  met: boolean | null;
  display: string;
  /** «С1 Из неполных семей: 35 из 100 (35,0 %) > 30 %» */
  text: string;
}

export type RuleDetails =
  | {
      type: 'assessmentThreshold';
      year: number;
      /** Assessments taken and checked. */
      evaluated: number;
      /** The breaching checks and those without data (with the reason), in program order. */
      checks: AssessmentCheck[];
      /** When nothing breaches: the check nearest to the threshold. */
      nearest: AssessmentCheck | null;
    }
  | {
      type: 'multiYear';
      prevYear: number;
      prevPrevYear: number;
      lowPrev: ProcedureHit[];
      lowPrevPrev: ProcedureHit[];
      /** null when that year has no data */
      countPrev: number | null;
      countPrevPrev: number | null;
      byPrevYear: boolean;
      byEachOfTwo: boolean;
    }
  | { type: 'consecutiveYears'; years: YearValue[] }
  | {
      type: 'clusterRelative';
      cluster: string | null;
      school: YearValue;
      clusterValue: YearValue;
      below: boolean | null;
      dynamics?: { fromYear: number; toYear: number; from: YearValue; to: YearValue; positive: boolean | null };
    }
  | {
      type: 'dynamics';
      fromYear: number;
      toYear: number;
      from: YearValue;
      to: YearValue;
      /** «+2,5 п. п.», «−3» */
      change: string | null;
      positive: boolean | null;
    }
  | { type: 'criteriaCount'; criteria: CriterionResult[]; metCount: number; noDataCount: number; minCount: number };

export interface RuleVerdict {
  code: string;
  status: RuleStatus;
  /** true = the rule highlights the school; null = нет данных or out of scope. */
  flagged: boolean | null;
  /** Russian explanation, one or more sentences. */
  explanation: string;
  details: RuleDetails | null;
}

export type FlagKind = Rule['flags'];
/** yes / no / no data / the program has no rule for this flag. */
export type FlagState = 'yes' | 'no' | 'noData' | 'none';

export interface Problem {
  school: string | null;
  year: number | null;
  field: string | null;
  /** Russian, names the school and the field. */
  message: string;
}

export interface Warning {
  /** Machine code: 'over100', 'partialCoverage', 'unknownField', 'badAggregation', … */
  code: string;
  message: string;
  indicator?: string;
  rule?: string;
  school?: string;
}

export interface SchoolReport {
  code: string;
  name: string;
  category: School['category'];
  cluster: string | null;
  indicators: Record<string, IndicatorValue & { inScope: boolean }>;
  /** Worded on first read (an enumerable accessor, assignable), then kept; flags and codes do not need it. */
  rules: Record<string, RuleVerdict>;
  flags: Record<FlagKind, FlagState>;
  /** Codes for roadmap generation: rules that flag the school this year (any flag kind), in program order. */
  breachedRules: string[];
  /** Criterion codes (С1…) met this year, from every criteriaCount rule, whether or not the rule flags. */
  metCriteria: string[];
  /** Risk factors whose triggers include one of breachedRules, metCriteria or missedIndicators. */
  riskFactors: string[];
  /** Indicators whose school value misses the year's target (pooled/meanOfSchools) or condition (schoolShare). */
  missedIndicators: string[];
  problems: Problem[];
}

export interface IndicatorMeta {
  code: string;
  group: string;
  name: string;
  unit: string;
  aggregation: string;
  direction: 'up' | 'down';
  comparison: 'gte' | 'lte' | 'none';
  key: boolean;
  /** Target of the reporting year in display units, null when none. */
  target: number | null;
  targetDisplay: string | null;
  targetSource: string | null;
}

export interface RuleMeta {
  code: string;
  name: string;
  type: string;
  flags: FlagKind;
}

export interface MunicipalReport {
  indicators: Record<string, IndicatorValue>;
  /** Schools per flag kind with FlagState 'yes'. */
  flagged: Record<FlagKind, number>;
  /** Schools flagged by each rule. */
  byRule: Record<string, number>;
  schools: number;
  schoolsWithProblems: number;
}

export interface SeriesPoint {
  year: number;
  municipal: IndicatorValue;
  /** By school code, made on first read from the computed values (an enumerable accessor, assignable). */
  schools: Record<string, IndicatorValue>;
}

export interface IndicatorSeries {
  code: string;
  points: SeriesPoint[];
}

export interface ReportResult {
  programId: string;
  year: number;
  /** «2022/2023 уч. г.» */
  yearLabel: string;
  indicators: IndicatorMeta[];
  rules: RuleMeta[];
  schools: SchoolReport[];
  municipal: MunicipalReport;
  warnings: Warning[];
  series?: IndicatorSeries[];
}
