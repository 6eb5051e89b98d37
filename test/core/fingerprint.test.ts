// Tests the data fingerprint: independent of key order, sensitive to any value change.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, fingerprint, fnv1a64 } from '../../src/core/fingerprint';

describe('fingerprint', () => {
  it('matches the published FNV-1a 64 test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('ignores key order and sees value changes', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe('{"a":[2,{"c":4,"d":3}],"b":1}');
    expect(fingerprint({ a: 1, b: 2 })).toBe(fingerprint({ b: 2, a: 1 }));
    expect(fingerprint({ a: 1, b: 2 })).not.toBe(fingerprint({ a: 1, b: 3 }));
  });

  it('is deterministic and 16 hex digits for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const f = fingerprint(v);
        return /^[0-9a-f]{16}$/.test(f) && f === fingerprint(JSON.parse(JSON.stringify(v)));
      }),
    );
  });
});
