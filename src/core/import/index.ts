// This file is the public face of the result import (issue 8): parse a sheet's grid into blocks, match
// their school rows to the registry, turn them into `Данные` rows and diff those against what is stored.
export { parseReport } from './parse-report';
export { detectReport, type Detection } from './detect';
export { ParseOptions } from './context';
export {
  matchSchools,
  mappingKey,
  SchoolMapping,
  type MatchResult,
  type SchoolMatch,
  type UnmatchedRow,
} from './match';
export type { CrossCheck } from './cross-check';
export { toDataRows, type DataRowsResult } from './data-rows';
export { diffAgainstExisting, type Conflict, type ImportDiff } from './diff';
export { importKey, keyOfSource, Provenance } from './provenance';
export { normalizeSchoolName, sameMunicipality } from './names';
export {
  REPORT_TYPES,
  type ImportedBlock,
  type ImportedRow,
  type ImportIssue,
  type ParseResult,
  type ReportType,
  type RowKind,
} from './types';
