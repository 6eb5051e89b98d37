// This file writes the rules' editable parameters into the `Правила` tab (one row per threshold,
// operator or count) and reads the methodologist's edits back into the program.
import type { Program } from '../program';
import { CFG, TAB } from '../text/config';
import { OP_TEXT, cellError, parseNumber, parseOp, parseYesNo, text, type Cell, type CellError } from './cells';
import { applyParams, ruleParams, type ParamEdit } from './params';
import type { Column, TabContent } from './tab';

const FLAG_TEXT = {
  shnor: 'ШНОР',
  shnsu: 'ШНСУ',
  lowResult: 'низкий результат',
  risk: 'фактор риска',
  info: 'для сведения',
} as const;

export function rulesTab(program: Program): TabContent {
  const columns: Column[] = [
    { header: 'Код правила', note: 'Код правила. Не меняйте.', width: 110 },
    { header: 'Параметр', note: 'Код параметра внутри правила. Не меняйте.', width: 100 },
    { header: 'Правило / критерий', note: 'Что проверяется.', width: 340 },
    { header: 'Что отмечает', note: 'Какой признак получает школа, если правило выполнено.', width: 110 },
    {
      header: 'Оператор',
      note: '≥, >, ≤, < или = (можно словами: «не менее», «более», «не более», «менее»).',
      width: 80,
      editable: true,
    },
    {
      header: 'Значение',
      note: 'Порог: для долей — проценты; для критериев «да/нет» — «Да» или «Нет».',
      width: 80,
      editable: true,
    },
    { header: 'Ед.', note: 'Единица порога.', width: 60 },
    {
      header: 'Основание',
      note: 'Строка программы; «по умолчанию» — программа числа не даёт, значение можно менять.',
      width: 200,
    },
  ];
  const rules = new Map(program.rules.map((r) => [r.code, r]));
  const rows: Cell[][] = ruleParams(program).map((p) => [
    p.rule,
    p.key,
    p.label,
    FLAG_TEXT[rules.get(p.rule)?.flags ?? 'info'],
    p.op === null ? '' : OP_TEXT[p.op],
    typeof p.value === 'boolean' ? (p.value ? 'Да' : 'Нет') : p.value,
    p.unit,
    p.source ?? CFG.sourceDefault,
  ]);
  return { name: TAB.rules, columns, rows, frozenRows: 1, frozenCols: 2 };
}

/** Applies the edits found in the `Правила` grid (header in row 1) to `program`. */
export function readRulesTab(program: Program, grid: Cell[][]): { program: Program; errors: CellError[] } {
  const params = ruleParams(program);
  const errors: CellError[] = [];
  const edits: ParamEdit[] = [];
  grid.slice(1).forEach((row, i) => {
    const r = i + 2;
    const rule = text(row[0] ?? null);
    const key = text(row[1] ?? null);
    if (rule === '') return;
    const param = params.find((p) => p.rule === rule && p.key === key);
    if (!param) {
      errors.push(cellError(TAB.rules, r, 2, CFG.unknownParam(rule, key)));
      return;
    }
    let op = param.op;
    if (param.op !== null) {
      op = parseOp(row[4] ?? null);
      if (op === null) {
        errors.push(cellError(TAB.rules, r, 5, CFG.badOp));
        return;
      }
    }
    const cell = row[5] ?? null;
    if (typeof param.value === 'boolean') {
      const v = parseYesNo(cell);
      if (v === null) errors.push(cellError(TAB.rules, r, 6, CFG.badYesNo));
      else edits.push({ rule, key, op, value: v });
      return;
    }
    const v = parseNumber(cell);
    const integer = ['minCount', 'minPrevYear', 'minEachOfTwo', 'years'].includes(key);
    if (v === null || (integer && (!Number.isInteger(v) || v < 1)) || (key === 'years' && (v < 2 || v > 10))) {
      errors.push(
        cellError(TAB.rules, r, 6, key === 'years' ? CFG.yearsValue : integer ? CFG.countValue : CFG.mustBeNumber),
      );
      return;
    }
    edits.push({ rule, key, op, value: v });
  });
  return { program: applyParams(program, edits), errors };
}
