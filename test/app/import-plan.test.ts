// Tests the labels a conflict is shown with: the program's own label where it declares the field, else
// one built from the code (an import brings ВПР «3»..«5», which strezhevoy-2023 does not collect).
import { describe, expect, it } from 'vitest';
import { fieldLabels } from '../../src/app/import-plan';
import { program } from './import-fixtures';

describe('fieldLabels', () => {
  const label = fieldLabels(program);

  it('uses the program’s label, else builds one from the code, else shows the code', () => {
    expect(label('vpr.math.5.m2')).toBe('ВПР математика 5 кл.: «2»');
    expect(label('vpr.math.5.m3')).toBe('ВПР математика 5 кл.: «3»');
    expect(label('oge.hist.9.mean')).toBe('ОГЭ история 9 кл.: средний балл');
    expect(label('staff.contests')).toBe('Приняли участие в профессиональных конкурсах, конференциях и др.');
    expect(label('vpr.klingon.5.n')).toBe('vpr.klingon.5.n');
    expect(label('vpr.math.пятый.n')).toBe('vpr.math.пятый.n');
  });
});
