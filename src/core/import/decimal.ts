// This file represents a cell's number as an exact decimal (integer units × 10^-scale), so that
// «12.36» % is 1236 hundredths and never the float 12.3599…; all percent arithmetic uses it.

export interface Decimal {
  units: bigint;
  scale: number;
}

/** Most decimals kept from a float cell; report percentages have 2. */
const MAX_SCALE = 9;

/** The shortest decimal that the float stands for (12.36 → 1236 × 10^-2). */
export function decimalFromNumber(x: number): Decimal {
  for (let scale = 0; scale < MAX_SCALE; scale++) {
    const s = x * 10 ** scale;
    const r = Math.round(s);
    if (Math.abs(s - r) <= 1e-9 * Math.max(1, Math.abs(s))) return { units: BigInt(r), scale };
  }
  return { units: BigInt(Math.round(x * 10 ** MAX_SCALE)), scale: MAX_SCALE };
}

/** «12,36», «12.36», «1 234», «40 %» → decimal; anything else → null. */
export function decimalFromText(text: string): Decimal | null {
  const t = text
    .replace(/[\s\u00a0\u2009\u202f]/g, '')
    .replace(/%$/, '')
    .replace(',', '.');
  const m = /^(\d+)(?:\.(\d+))?$/.exec(t);
  if (m === null) return null;
  const frac = m[2] ?? '';
  return { units: BigInt((m[1] ?? '') + frac), scale: frac.length };
}

export function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** The same value with `scale` decimals (scale ≥ d.scale). */
export function rescale(d: Decimal, scale: number): bigint {
  return d.units * pow10(scale - d.scale);
}

export function isWhole(d: Decimal): boolean {
  return d.units % pow10(d.scale) === 0n;
}

export function decimalToNumber(d: Decimal): number {
  return Number(d.units) / 10 ** d.scale;
}

/** Russian display: «100,01». */
export function formatDecimal(d: Decimal): string {
  const s = d.units.toString().padStart(d.scale + 1, '0');
  if (d.scale === 0) return s;
  return `${s.slice(0, s.length - d.scale)},${s.slice(s.length - d.scale)}`;
}

/** round(a / b), halves up, for a ≥ 0, b > 0. */
export function divRoundHalfUp(a: bigint, b: bigint): bigint {
  return (2n * a + b) / (2n * b);
}
