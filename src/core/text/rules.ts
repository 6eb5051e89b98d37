// This file holds the Russian explanations of rule verdicts («ВПР математика 5 кл.: «2» у 9 из 27
// (33,3 %) ≥ 30 %»), operator symbols and the wording of the year convention. The engine passes
// already formatted numbers; nothing here computes.
import type { Op } from '../program';
import { schoolYear, schoolYearLabel } from '../format';

export const OP_SYMBOL: Record<Op, string> = { gte: '≥', gt: '>', lte: '≤', lt: '<', eq: '=' };
/** The relation that holds when the operator does not: «не менее 30 %» failing is «< 30 %». */
export const OP_NEGATED: Record<Op, string> = { gte: '<', gt: '≤', lte: '>', lt: '≥', eq: '≠' };
export const OP_WORDS: Record<Op, string> = { gte: 'не менее', gt: 'более', lte: 'не более', lt: 'менее', eq: 'равно' };

/** Short names of assessment measures inside explanations. */
export const MEASURE_SHORT: Record<string, string> = {
  n: 'участников',
  m2: '«2»',
  m3: '«3»',
  m4: '«4»',
  m5: '«5»',
  below: 'ниже порога',
  mean: 'средний балл',
  confirmed: 'подтвердили отметку',
  lowered: 'понизили отметку',
  raised: 'повысили отметку',
};

export const SCOPE_NAME = {
  all: 'все школы',
  shnor: 'ШНОР',
  shnsu: 'ШНСУ',
  shnor_or_shnsu: 'ШНОР и ШНСУ',
} as const;

/**
 * Items with a separator, by concatenation: the engine's strings keep their parts shared (a
 * verdict's explanation holds the same check texts as its details) instead of copying them.
 */
const joined = (items: readonly string[], sep: string): string => {
  let s = items[0] ?? '';
  for (let i = 1; i < items.length; i++) s = s + sep + (items[i] as string);
  return s;
};
const list = (items: string[]): string => joined(items, '; ');
const plural = (n: number, one: string, few: string, many: string): string => {
  const m10 = n % 10;
  const m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return one;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
  return many;
};
const procedures = (n: number): string => `${n} ${plural(n, 'процедуре', 'процедурам', 'процедурам')}`;

export const ruleText = {
  /** Who a warning is about: «Правило R1». */
  owner: (code: string) => `Правило ${code}`,
  /** Measures counted together: «4» и «5». */
  measures: (names: string[]) => names.join(' и '),
  /** «9 из 27 (33,3 %)» */
  countOf: (num: string, den: string, pct: string) => `${num} из ${den} (${pct})`,
  relation: (value: string, symbol: string, threshold: string) => `${value} ${symbol} ${threshold}`,
  noData: 'нет данных',
  outOfScope: (scope: keyof typeof SCOPE_NAME) =>
    `Правило не применяется: школа не входит в группу «${SCOPE_NAME[scope]}».`,
  yearConvention: (year: number) =>
    `Отчётный год ${schoolYearLabel(year)}; предыдущий учебный год — ${schoolYear(year - 1)}, позапрошлый — ${schoolYear(year - 2)}.`,

  // assessmentThreshold
  check: (label: string, measure: string, countOf: string, symbol: string, threshold: string) =>
    `${label}: ${measure} у ${countOf} ${symbol} ${threshold}`,
  checkNoData: (label: string, why: string) => `${label}: ${why}`,
  thresholdFlagged: (year: number, checks: string[]) =>
    `${schoolYearLabel(year)}: низкие результаты — ${list(checks)}.`,
  thresholdClear: (year: number, count: number, worst: string) =>
    `${schoolYearLabel(year)}: порог не достигнут ни по одной из ${count} ${plural(count, 'процедуры', 'процедур', 'процедур')} (наибольшая доля: ${worst}).`,
  thresholdNoData: (year: number) => `${schoolYearLabel(year)}: нет данных ни по одной оценочной процедуре.`,

  // multiYear
  procedureHit: (label: string, checks: string[]) => `${label} (${joined(checks, ', ')})`,
  multiByPrev: (prevYear: number, count: number, min: number, hits: string[]) =>
    `В предыдущем учебном году (${schoolYear(prevYear)}) низкие результаты по ${procedures(count)} (нужно не менее ${min}): ${list(hits)}.`,
  multiByEach: (prevPrevYear: number, prevYear: number, min: number, hitsPrevPrev: string[], hitsPrev: string[]) =>
    `Низкие результаты в каждом из двух предыдущих учебных лет (не менее чем по ${procedures(min)}): ${schoolYear(prevPrevYear)} — ${list(hitsPrevPrev)}; ${schoolYear(prevYear)} — ${list(hitsPrev)}.`,
  multiClear: (
    prevPrevYear: number,
    prevYear: number,
    countPrevPrev: string,
    countPrev: string,
    minPrev: number,
    minEach: number,
  ) =>
    `Процедур с низкими результатами: ${schoolYear(prevYear)} — ${countPrev}, ${schoolYear(prevPrevYear)} — ${countPrevPrev}; условие не выполнено (нужно не менее ${minPrev} в предыдущем году или не менее ${minEach} в каждом из двух предыдущих).`,
  multiNoDataPrev: (prevYear: number) =>
    `Нет данных об оценочных процедурах за предыдущий учебный год (${schoolYear(prevYear)}).`,
  multiNoDataPrevPrev: (prevPrevYear: number, prevYear: number, count: number) =>
    `В ${schoolYear(prevYear)} низкие результаты по ${procedures(count)}; нет данных за ${schoolYear(prevPrevYear)}, чтобы проверить второе условие.`,

  // consecutiveYears
  yearItem: (year: number, text: string) => `${schoolYear(year)} — ${text}`,
  consecutiveFlagged: (years: number, items: string[]) =>
    `Условие выполнено в каждом из ${years} ${plural(years, 'года', 'лет', 'лет')} подряд: ${list(items)}.`,
  consecutiveClear: (years: number, items: string[]) =>
    `Условие не выполнено в каждом из ${years} ${plural(years, 'года', 'лет', 'лет')} подряд: ${list(items)}.`,
  consecutiveNoData: (items: string[]) => `Недостаточно данных, чтобы проверить условие за все годы: ${list(items)}.`,

  // clusterRelative
  clusterCompare: (cluster: string, school: string, symbol: string, clusterValue: string, schools: number) =>
    `Кластер «${cluster}»: у школы ${school} ${symbol} ${clusterValue} в целом по кластеру (${schools} ${plural(schools, 'школа', 'школы', 'школ')} с данными)`,
  clusterDynamics: (fromYear: number, toYear: number, from: string, to: string, positive: boolean | null) =>
    `динамика ${schoolYear(fromYear)} → ${schoolYear(toYear)}: ${from} → ${to}${positive === null ? ' (нет данных)' : positive ? ' — положительная' : ' — положительной динамики нет'}`,
  clusterNoCluster: 'Школа не отнесена к кластеру (лист «Школы»): сравнивать не с чем.',
  clusterNoData: (what: string) => `Нет данных: ${what}.`,
  sentence: (parts: string[]) => `${joined(parts, '; ')}.`,

  // dynamics
  change: (value: string, unit: string) => `${value}${unit}`,
  dynamicsText: (
    fromYear: number,
    toYear: number,
    from: string,
    to: string,
    change: string,
    positive: boolean,
    min: string | null,
  ) =>
    `Динамика ${schoolYear(fromYear)} → ${schoolYear(toYear)}: ${from} → ${to} (${change}) — ${positive ? 'положительная' : 'положительной динамики нет'}${min ? ` (нужно изменение не менее ${min} в лучшую сторону)` : ''}.`,
  dynamicsNoData: (fromYear: number, toYear: number, from: string, to: string) =>
    `Динамика ${schoolYear(fromYear)} → ${schoolYear(toYear)}: ${from} → ${to} — нет данных для сравнения.`,
  percentPoints: ' п. п.',

  // criteriaCount
  criteriaFlagged: (met: number, total: number, min: number, items: string[]) =>
    `Выполнено критериев: ${met} из ${total} (нужно не менее ${min}): ${list(items)}.`,
  criteriaClear: (met: number, total: number, min: number, items: string[]) =>
    met === 0
      ? `Ни один из ${total} критериев не выполнен (нужно не менее ${min}).`
      : `Выполнено критериев: ${met} из ${total} (нужно не менее ${min}): ${list(items)}.`,
  criteriaNoData: (met: number, total: number, min: number, missing: string[]) =>
    `Выполнено критериев: ${met} из ${total} (нужно не менее ${min}); нет данных: ${missing.join(', ')}.`,
  criteriaMissingTail: (missing: string[]) => ` Нет данных: ${missing.join(', ')}.`,

  // conditions
  condition: (label: string, value: string) => `${label}: ${value}`,
  flagValue: (field: string, value: string) => `«${field}» — ${value}`,
} as const;
