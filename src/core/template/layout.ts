// This file lays out the school template: one layout for every school of a program, in sections,
// with a stable cell for every field code. `Поля` publishes these addresses, the check reads them,
// and setup writes the grid, validations and protections from the same object.
import {
  ASSESSMENT_MEASURES,
  assessmentFields,
  assessmentKey,
  assessmentLabel,
  type AssessmentMeasure,
  type FieldDef,
} from '../fields';
import type { Program } from '../program';
import { T } from '../text/template';

export type LayoutCell = string | number | null;

export interface InputCell {
  field: FieldDef;
  row: number;
  col: number;
}

export interface TemplateLayout {
  /** Labels and headers; input cells are null. Width is `cols`. */
  grid: LayoutCell[][];
  cols: number;
  inputs: InputCell[];
  /** The school's own submission status cell («заполняется» / «сдано»). */
  status: { row: number; col: number };
  /** Cells filled by the add-on: school name, code, year. */
  header: {
    name: { row: number; col: number };
    code: { row: number; col: number };
    year: { row: number; col: number };
  };
  /** Label cells whose text proves the layout was not changed. */
  anchors: { row: number; col: number; text: string }[];
  /** Section title rows (for styling). */
  sectionRows: number[];
  /** Table header rows (for styling). */
  tableHeaderRows: number[];
  /** Assessment cells that the program does not collect (greyed, protected). */
  unused: { row: number; col: number }[];
  /** Rows of the assessment table (procedure × subject × grade). */
  assessmentRows: { row: number; key: string }[];
}

/** Order of the measure columns of the assessment table, starting at column D. */
export const MEASURE_COLUMNS: AssessmentMeasure[] = [
  'n',
  'm2',
  'm3',
  'm4',
  'm5',
  'below',
  'mean',
  'confirmed',
  'lowered',
  'raised',
];
const FIRST_MEASURE_COL = 4;
const VALUE_COL = 4;
const LINK_COL = 5;
const SECTION_ORDER = ['general', 'results', 'pupils', 'staff', 'cond', 'items'] as const;

export interface TemplateHeader {
  schoolName: string;
  schoolCode: string;
  year: number;
  /** As set up in `Настройки`; the preset's municipality when omitted. */
  municipality?: string;
}

/** Builds the layout of the school template of `program`; the header values fill the top block. */
export function buildTemplateLayout(program: Program, header: TemplateHeader): TemplateLayout {
  const cols = FIRST_MEASURE_COL + MEASURE_COLUMNS.length - 1;
  const grid: LayoutCell[][] = [];
  const put = (row: number, col: number, v: LayoutCell) => {
    while (grid.length < row) grid.push(new Array<LayoutCell>(cols).fill(null));
    (grid[row - 1] as LayoutCell[])[col - 1] = v;
  };
  const layout: TemplateLayout = {
    grid,
    cols,
    inputs: [],
    status: { row: 5, col: 2 },
    header: { name: { row: 3, col: 2 }, code: { row: 3, col: 4 }, year: { row: 3, col: 6 } },
    anchors: [],
    sectionRows: [],
    tableHeaderRows: [],
    unused: [],
    assessmentRows: [],
  };
  const anchor = (row: number, col: number, text: string) => {
    put(row, col, text);
    layout.anchors.push({ row, col, text });
  };

  anchor(1, 1, T.title(program.title));
  put(2, 1, T.instructions);
  anchor(3, 1, T.school);
  put(3, 2, header.schoolName);
  anchor(3, 3, T.code);
  put(3, 4, header.schoolCode);
  anchor(3, 5, T.year);
  put(3, 6, header.year);
  anchor(4, 1, T.municipality);
  put(4, 2, header.municipality ?? program.municipality);
  anchor(5, 1, T.status);
  put(5, 2, T.statusFilling);
  put(5, 3, T.statusHelp);

  let row = 7;
  if (program.assessments.length > 0) {
    layout.sectionRows.push(row);
    anchor(row, 1, T.sectionResults);
    row += 1;
    layout.tableHeaderRows.push(row);
    anchor(row, 1, T.procedure);
    MEASURE_COLUMNS.forEach((m, i) => anchor(row, FIRST_MEASURE_COL + i, T.measureHeader(m, ASSESSMENT_MEASURES[m])));
    row += 1;
    for (const a of program.assessments) {
      const label = assessmentLabel(a);
      anchor(row, 1, label);
      layout.assessmentRows.push({ row, key: assessmentKey(a) });
      const fields = new Map(assessmentFields(a).map((f) => [f.code.split('.').pop() as string, f]));
      MEASURE_COLUMNS.forEach((m, i) => {
        const col = FIRST_MEASURE_COL + i;
        const field = fields.get(m);
        if (field) layout.inputs.push({ field, row, col });
        else layout.unused.push({ row, col });
      });
      row += 1;
    }
    row += 1;
  }

  const links = new Map(
    program.fields.filter((f) => f.type === 'url' && f.code.endsWith('_link')).map((f) => [f.code.slice(0, -5), f]),
  );
  for (const section of SECTION_ORDER) {
    const fields = program.fields.filter(
      (f) => f.section === section && !(f.type === 'url' && links.has(f.code.slice(0, -5)) && f.code.endsWith('_link')),
    );
    if (fields.length === 0) continue;
    layout.sectionRows.push(row);
    anchor(row, 1, T.section[section]);
    row += 1;
    layout.tableHeaderRows.push(row);
    anchor(row, 1, T.indicatorColumn);
    anchor(row, VALUE_COL, T.valueColumn);
    if (section === 'items') anchor(row, LINK_COL, T.linkColumn);
    row += 1;
    for (const field of fields) {
      anchor(row, 1, field.label);
      layout.inputs.push({ field, row, col: VALUE_COL });
      const link = links.get(field.code);
      if (link) layout.inputs.push({ field: link, row, col: LINK_COL });
      row += 1;
    }
    row += 1;
  }
  put(row, 1, T.footer);
  return layout;
}
