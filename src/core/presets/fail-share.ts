// This file holds the metric several presets use for «low results»: the share of unsatisfactory results.
import type { Metric } from '../program';

/** Σ unsatisfactory / Σ participants over the given assessments (`ege.rus.11`, `vpr.math.*`). */
export function failShare(keys: string[], measure: 'below' | 'm2'): Metric {
  return {
    kind: 'ratio',
    num: keys.map((k) => ({ field: `${k}.${measure}`, weight: 1 })),
    den: keys.map((k) => ({ field: `${k}.n`, weight: 1 })),
  };
}
