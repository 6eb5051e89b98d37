// This file holds the metric the `bavly-2021` preset compares with the cluster (seed 002 L48, L119):
// ГИА-9 success, the share of «4» and «5» of ОГЭ participants in Russian and maths pooled. It is
// also the indicator М2.2 «успешность по ГИА» (L230), so the rule and the indicator always agree.
import type { Metric } from '../../program';

export const CLUSTER_METRIC: Metric = {
  kind: 'ratio',
  num: [
    { field: 'oge.*.9.m4', weight: 1 },
    { field: 'oge.*.9.m5', weight: 1 },
  ],
  den: [{ field: 'oge.*.9.n', weight: 1 }],
};
