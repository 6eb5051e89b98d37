// This file holds the rule of the `bavly-2021` preset (seed 002): a school is ШНОР when its ГИА-9
// results are low within its cluster group and show no positive dynamics over the last 3 years
// (L46 «рейтинг школ с использованием кластерного подхода», L48 «за 3 последних года … отсутствие
// положительной динамики … низкие результаты в своей кластерной группе», L119 «не ниже среднего по
// кластеру»). The seed gives no cut-off beyond the cluster average: below it flags.
import type { ProgramInput } from '../../program';
import { CLUSTER_METRIC } from './metrics';

export const bavlyRules: ProgramInput['rules'] = [
  {
    code: 'cluster',
    name: 'Низкие результаты в своей кластерной группе и отсутствие положительной динамики за 3 последних года',
    description:
      'Результаты ГИА-9 (доля «4» и «5» по ОГЭ, русский язык и математика) ниже среднего по кластеру, и за 3 последних года нет положительной динамики.',
    kind: {
      type: 'clusterRelative',
      metric: CLUSTER_METRIC,
      // «не ниже среднего по кластеру» (L119) is success, so strictly below the cluster value is low.
      op: 'lt',
      noPositiveDynamicsYears: 3, // L48 «за 3 последних года»
      direction: 'up',
    },
    flags: 'shnor',
    source: 'seed 002 L48, L119',
  },
];
