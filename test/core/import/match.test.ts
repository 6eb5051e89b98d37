// Tests school matching: by login (including a school holding both its old sch… and new edu… login),
// by normalised name when only the old login is on file (the sch→edu change), by a remembered mapping,
// ambiguous and unknown rows left for the user, and the municipality row's cross-check.
import { describe, expect, it } from 'vitest';
import { matchSchools, mappingKey } from '../../../src/core/import/match';
import { normalizeSchoolName, sameMunicipality } from '../../../src/core/import/names';
import type { ImportedRow } from '../../../src/core/import/types';
import { School } from '../../../src/core/schools';

const registry = [
  {
    code: 'sosh1',
    name: 'СОШ №1',
    fullName: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»',
    logins: ['sch220001', 'edu220001'],
  },
  { code: 'sosh2', name: 'МБОУ "СОШ № 2"', logins: ['sch220002'] },
  { code: 'lic', name: 'Лицей' },
  { code: 'sosh3a', name: 'СОШ №3' },
  { code: 'sosh3b', name: 'МКОУ СОШ № 3' },
  { code: 'gym', name: 'Гимназия им. Пушкина' },
].map((s) => School.parse(s));

const school = (line: number, name: string, login: string | undefined, n: number, m2: number): ImportedRow => ({
  kind: 'school',
  name,
  ...(login !== undefined ? { login } : {}),
  parent: 'Энский муниципальный район',
  line,
  values: { 'vpr.rus.4.n': n, 'vpr.rus.4.m2': m2 },
});

describe('normalizeSchoolName', () => {
  it('ignores quotes, org-form prefixes, «№ 7» vs «№7», ё/е and case', () => {
    const forms = [
      'МБОУ «СОШ № 7»',
      'мбоу "сош №7"',
      'МОУ СОШ N 7',
      'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа №7»',
      'МБОУ «СОШ №7»(edu220007)',
    ];
    expect(new Set(forms.map(normalizeSchoolName))).toEqual(new Set(['сош №7']));
    expect(normalizeSchoolName('Школа «Ёлочка» им. Пушкина')).toBe(normalizeSchoolName('школа "елочка" имени Пушкина'));
    expect(normalizeSchoolName('СОШ №1')).not.toBe(normalizeSchoolName('СОШ №11'));
  });
});

describe('sameMunicipality', () => {
  it('matches the forms a municipality is written in, and not a different place', () => {
    expect(sameMunicipality('Энский район', 'Энский муниципальный район(reg99_m001)')).toBe(true);
    expect(sameMunicipality('Город Чита', 'Комитет образования администрации городского округа "Город Чита"')).toBe(
      true,
    );
    expect(sameMunicipality('г. Стрежевой', 'городской округ Стрежевой')).toBe(true);
    expect(sameMunicipality('город Энск', 'Энский муниципальный район')).toBe(false);
  });
});

describe('matchSchools', () => {
  const rows: ImportedRow[] = [
    { kind: 'municipality', name: 'Энский муниципальный район', login: 'reg22_m001', line: 9, values: {} },
    school(10, 'МБОУ «СОШ №1»', 'edu220001', 85, 6),
    school(11, 'МБОУ «СОШ №2»', 'edu220002', 89, 11),
    school(12, 'МАОУ «Лицей»', 'edu220003', 40, 2),
    school(13, 'МОУ «СОШ №3»', 'edu220004', 30, 3),
    school(14, 'МБОУ «Гимназия №5»', 'edu220005', 20, 0),
  ];

  it('matches by login, then by name when only the old sch… login is on file', () => {
    const r = matchSchools(rows, registry);
    expect(r.matched.map((m) => [m.line, m.school, m.by])).toEqual([
      [10, 'sosh1', 'login'],
      [11, 'sosh2', 'name'],
      [12, 'lic', 'name'],
    ]);
    // the new edu… logins of schools found otherwise are offered for `Школы`
    expect(r.newLogins).toEqual([
      { school: 'sosh2', login: 'edu220002' },
      { school: 'lic', login: 'edu220003' },
    ]);
  });

  it('leaves ambiguous and unknown rows for the user, with the key to remember', () => {
    const r = matchSchools(rows, registry);
    expect(r.unmatched).toEqual([
      {
        line: 13,
        name: 'МОУ «СОШ №3»',
        login: 'edu220004',
        parent: 'Энский муниципальный район',
        key: 'login:edu220004',
        candidates: ['sosh3a', 'sosh3b'],
      },
      {
        line: 14,
        name: 'МБОУ «Гимназия №5»',
        login: 'edu220005',
        parent: 'Энский муниципальный район',
        key: 'login:edu220005',
        candidates: [],
      },
    ]);
  });

  it('uses the mapping the user made once, by login or by name', () => {
    const r = matchSchools(rows, registry, {
      'login:edu220004': 'sosh3b',
      [mappingKey({ name: 'Гимназия №5' })]: 'gym',
    });
    expect(r.matched.filter((m) => m.by === 'mapping').map((m) => [m.line, m.school])).toEqual([
      [13, 'sosh3b'],
      [14, 'gym'],
    ]);
    expect(r.unmatched).toEqual([]);
  });

  it('matches an old file by its sch… login when the school holds both', () => {
    const r = matchSchools([school(5, 'СОШ №1 (старое название)', 'sch220001', 70, 4)], registry);
    expect(r.matched.map((m) => [m.school, m.by])).toEqual([['sosh1', 'login']]);
  });

  it('warns about a remembered mapping to a school no longer in the registry', () => {
    const r = matchSchools([school(5, 'Школа', 'edu229999', 10, 1)], registry, { 'login:edu229999': 'closed' });
    expect(r.warnings.map((w) => w.message)).toEqual([
      'Запомненное сопоставление «login:edu229999» ведёт к школе «closed», которой нет в списке «Школы»; сопоставьте заново.',
    ]);
    expect(r.unmatched).toHaveLength(1);
  });

  it('warns when two rows land on one school', () => {
    const r = matchSchools(
      [school(5, 'СОШ №1', 'edu220001', 10, 1), school(6, 'СОШ №1', 'sch220001', 10, 1)],
      registry,
    );
    expect(r.warnings.map((w) => w.message)).toEqual([
      'Школе «sosh1» сопоставлены несколько строк отчёта: «СОШ №1», «СОШ №1».',
    ]);
  });
});

describe('municipality cross-check', () => {
  const muni = (n: number, m2: number): ImportedRow => ({
    kind: 'municipality',
    name: 'Энский муниципальный район',
    line: 9,
    values: { 'vpr.rus.4.n': n, 'vpr.rus.4.m2': m2 },
  });
  const s1 = school(10, 'СОШ №1', 'edu220001', 85, 6);
  const s2 = school(11, 'СОШ № 2', 'edu220002', 89, 11);
  const other = school(12, 'Школа не из списка', 'edu220099', 40, 2);

  it('agrees silently when the matched schools pool to the municipality row', () => {
    // n: 85 + 89 = 174; «2»: 6 + 11 = 17
    const r = matchSchools([muni(174, 17), s1, s2], registry);
    expect(r.warnings).toEqual([]);
    expect(r.crossChecks).toEqual([
      { municipality: 'Энский муниципальный район', field: 'vpr.rus.4.n', reported: 174, pooled: 174 },
      { municipality: 'Энский муниципальный район', field: 'vpr.rus.4.m2', reported: 17, pooled: 17 },
    ]);
  });

  it('names the fields that differ and the unmatched rows', () => {
    // the file lists all schools (85 + 89 + 40 = 214), but only two are matched: 174 of 214, «2» 17 of 19
    const r = matchSchools([muni(214, 19), s1, s2, other], registry);
    expect(r.warnings.map((w) => w.message)).toEqual([
      '«Энский муниципальный район»: сумма по сопоставленным школам не совпадает со строкой муниципалитета ' +
        '(vpr.rus.4.n: 174 вместо 214; vpr.rus.4.m2: 17 вместо 19); не сопоставлено строк школ: 1.',
    ]);
  });

  it('says when the file itself lists only some of the schools', () => {
    // a school's own download: 85 of the municipality's 3162 participants
    const r = matchSchools([muni(3162, 429), s1], registry);
    expect(r.warnings.map((w) => w.message)).toEqual([
      '«Энский муниципальный район»: в файле перечислены не все школы (участников по строкам школ 85 из 3162); ' +
        'сверка с итогом муниципалитета не проводилась.',
    ]);
  });
});
