// This file builds the demo monitoring workbook in memory: set up with the demo preset, earlier years
// written to `Данные`, the reporting year typed into the school templates (some submitted, one half
// filled, one untouched, one with planted input errors), then «Проверить сдачу», «Собрать отчёт» and
// «Дорожные карты» run exactly as the sidebar runs them; some roadmap measures are marked done and the
// report is built once more with their progress, so every tab of the product is in one workbook.
import { checkSubmissions, type CheckResult, type RunContext } from '../../app/check';
import { buildReport, type BuildOutcome } from '../../app/report';
import { generateRoadmaps, roadmapProgressHook, type RoadmapOutcome } from '../../app/roadmaps';
import { schoolSheetName, setupMonitoring, type SetupReport } from '../../app/setup';
import { assessmentKey, type FieldValue } from '../../core/fields';
import { findPreset } from '../../core/presets';
import type { Program } from '../../core/program';
import type { DataRow } from '../../core/schools';
import { dataRowToCells } from '../../core/store/data';
import { buildTemplateLayout } from '../../core/template/layout';
import type { RawCell } from '../../core/template/read';
import { TAB } from '../../core/text/config';
import { T } from '../../core/text/template';
import { createXlsxWorkbook, type XlsxWorkbook } from '../../sheets/xlsx';
import { DEMO_TEXT } from '../text';
import { fillTemplate, typed } from './fill';
import { markRoadmapProgress } from './progress';
import { DEMO, DEMO_SCHOOLS, PLANTED_ERRORS, type DemoSchool } from './scenario';
import { failMeasure, schoolValues } from './values';

export interface DemoOutcome {
  workbook: XlsxWorkbook;
  setup: SetupReport;
  board: CheckResult;
  report: BuildOutcome;
  roadmaps: RoadmapOutcome;
}

function demoProgram(): Program {
  const program = findPreset(DEMO.presetId);
  if (!program) throw new Error(`demo preset ${DEMO.presetId} is missing from the registry`);
  return program;
}

export function demoRun(): RunContext {
  return { now: DEMO.now, user: DEMO.user, presets: findPreset };
}

export function buildDemo(onProgress: (message: string) => void = () => {}): DemoOutcome {
  const program = demoProgram();
  const workbook = createXlsxWorkbook();
  onProgress(DEMO_TEXT.setup);
  const setup = setupMonitoring(workbook, program, {
    presetId: program.id,
    municipality: DEMO.municipality,
    year: DEMO.year,
    mode: 'tabs',
    schools: DEMO_SCHOOLS.map((s) => ({ code: s.code, name: s.name, category: s.category, cluster: s.cluster })),
  });

  onProgress(DEMO_TEXT.history(DEMO.earlierYears));
  const rows: DataRow[] = DEMO.earlierYears.flatMap((year) =>
    DEMO_SCHOOLS.flatMap((school) =>
      Object.entries(schoolValues(program, school, year)).map(([field, value]) => ({
        year,
        school: school.code,
        field,
        value,
        source: DEMO.source,
        collectedAt: `${year}-06-30 12:00`,
        version: 1,
      })),
    ),
  );
  workbook.sheet(TAB.data)?.write('A2', rows.map(dataRowToCells));

  onProgress(DEMO_TEXT.templates(DEMO_SCHOOLS.length));
  for (const school of DEMO_SCHOOLS) {
    const entry = templateEntry(program, school);
    if (!entry) continue;
    const sheet = workbook.sheet(schoolSheetName(school.code));
    if (!sheet) throw new Error(`demo template of ${school.code} is missing`);
    const layout = buildTemplateLayout(program, { schoolName: school.name, schoolCode: school.code, year: DEMO.year });
    fillTemplate(sheet, layout, entry.cells, entry.status);
  }

  const run = demoRun();
  onProgress(DEMO_TEXT.check);
  const board = checkSubmissions(workbook, run);
  buildReport(workbook, { ...run, sparkline: false, onProgress });
  onProgress(DEMO_TEXT.roadmaps);
  const roadmaps = generateRoadmaps(workbook, run);
  const asOf = DEMO.now.slice(0, 10);
  markRoadmapProgress(workbook, asOf, DEMO.year);
  // Once more, so «Свод» and «Справка» show how far the roadmaps have got.
  const report = buildReport(workbook, {
    ...run,
    sparkline: false,
    roadmapProgress: roadmapProgressHook(asOf),
    onProgress,
  });
  workbook.activate(TAB.summary, 'A1');
  onProgress(DEMO_TEXT.done(report.summary.schoolsFlagged, report.summary.problems));
  return { workbook, setup, board, report, roadmaps };
}

/** What a school types into its reporting-year template, and the status it leaves; null: untouched. */
function templateEntry(program: Program, school: DemoSchool): { cells: Map<string, RawCell>; status: string } | null {
  if (school.submission === 'empty') return null;
  const values = schoolValues(program, school, DEMO.year);
  const cells = new Map<string, RawCell>(
    Object.entries(values).map(([field, value]: [string, FieldValue]) => [field, typed(value)]),
  );
  if (school.submission === 'partial') {
    // Half the results and the roll so far; the rest of the form is still empty.
    const started = new Set(program.assessments.slice(0, Math.ceil(program.assessments.length / 2)).map(assessmentKey));
    for (const field of [...cells.keys()]) {
      const key = field.split('.').slice(0, 3).join('.');
      if (!started.has(key) && field !== 'pupils.total') cells.delete(field);
    }
    return { cells, status: T.statusFilling };
  }
  if (school.submission === 'errors') {
    const { text, marks } = PLANTED_ERRORS;
    cells.set(text.field, text.raw);
    const assessment = program.assessments.find((a) => assessmentKey(a) === marks.key);
    if (assessment) {
      cells.set(`${marks.key}.n`, marks.counts[0]);
      cells.set(`${marks.key}.${failMeasure(assessment.measures)}`, marks.counts[1]);
    }
  }
  return { cells, status: T.statusSubmitted };
}
