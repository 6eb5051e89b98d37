// This file holds the metrics of the Tula 2022–2024 preset (seed 000) that both an indicator and a
// dynamics rule use, so the two always measure the same thing. The seed defines none of the cut-offs
// («успешно прошедших ГИА», «базового уровня», «порогового уровня»): the readings below are
// editable defaults, documented in the preset notes.
import type { ProgramInput } from '../../program';

type MetricInput = ProgramInput['indicators'][number]['metric'];

function share(num: string, den: string): MetricInput {
  return { kind: 'ratio', num: [{ field: num }], den: [{ field: den }] };
}

/**
 * 5.1 «успешно прошедших ГИА (ОГЭ и ЕГЭ)» (L56), counted per exam result: ОГЭ and базовая
 * математика ЕГЭ passed with «3» or better (n − «2»), ЕГЭ русский язык and профильная математика
 * at or above the minimum (n − below). Participants = Σ n.
 */
export const giaSuccess: MetricInput = {
  kind: 'ratio',
  num: [
    { field: 'oge.*.9.n' },
    { field: 'oge.*.9.m2', weight: -1 },
    { field: 'ege.*.11.n' },
    { field: 'ege.*.11.m2', weight: -1 },
    { field: 'ege.*.11.below', weight: -1 },
  ],
  den: [{ field: 'oge.*.9.n' }, { field: 'ege.*.11.n' }],
};

/** 5.2 «достигших базового уровня … (ВПР, РКР)» (L58): a mark of «3» or better. */
export const baseLevel: MetricInput = {
  kind: 'ratio',
  num: [
    { field: 'vpr.*.*.m3' },
    { field: 'vpr.*.*.m4' },
    { field: 'vpr.*.*.m5' },
    { field: 'kdr.*.*.m3' },
    { field: 'kdr.*.*.m4' },
    { field: 'kdr.*.*.m5' },
  ],
  den: [{ field: 'vpr.*.*.n' }, { field: 'kdr.*.*.n' }],
};

/** ФГ results (5.5, L64–L66; «достижение порогового уровня» L449): participants not below the base level. */
export const fgSuccess: MetricInput = {
  kind: 'ratio',
  num: [{ field: 'fg.*.*.n' }, { field: 'fg.*.*.below', weight: -1 }],
  den: [{ field: 'fg.*.*.n' }],
};

/** 5.3: result-bearing participation in olympiads and contests, of all pupils (L60, L207). */
export const olympResults = share('pupils.olymp_results', 'pupils.total');
/** ВсОШ results, of all pupils (L446). */
export const vsoshResults = share('pupils.vsosh_results', 'pupils.total');
/** Year-end results (L446 «результатов обучения по итогам учебного года»): качество знаний, «4» and «5». */
export const yearEndQuality = share('pupils.year_end_45', 'pupils.year_end_assessed');
/** 5.8: pupils in additional education, of all pupils (L66, L212–L214). */
export const doEnrolled = share('pupils.do_enrolled', 'pupils.total');
/** «Точка роста» additional-education programmes via networks, of all pupils (L450). */
export const tochkaDo = share('pupils.tochka_do', 'pupils.total');
