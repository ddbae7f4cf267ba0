/**
 * Exact money arithmetic, written once. Amounts are integer minor units (`bigint`, cents for USD);
 * decimal strings such as "1250.00" are parsed and formatted with an explicit scale, and every
 * rounding is half-up (away from zero on ties), so no float ever touches an amount.
 */

/** ISO 4217 codes whose minor unit is not a hundredth (every other code has two decimals). */
const MINOR_DIGITS: Readonly<Record<string, number>> = {
  BHD: 3,
  CLP: 0,
  IQD: 3,
  ISK: 0,
  JOD: 3,
  JPY: 0,
  KRW: 0,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  PYG: 0,
  TND: 3,
  UGX: 0,
  VND: 0,
  XAF: 0,
  XOF: 0,
};

/** Digits after the decimal point of `currency`'s minor unit (2 unless ISO 4217 says otherwise). */
export function minorDigits(currency: string): number {
  return MINOR_DIGITS[currency] ?? 2;
}

/** True for a three-letter upper-case code, the shape of ISO 4217. */
export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code);
}

/** Why a decimal string was refused: shown to the caller as the field's validation message. */
export class DecimalFormatError extends Error {}

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/**
 * Parses a plain decimal string ("1250", "1250.5", "-0.25") into an integer scaled by 10^`scale`.
 * More fractional digits than `scale` are refused rather than rounded: an input amount is exact or
 * it is wrong. No exponents, separators or spaces.
 */
export function parseDecimal(text: string, scale: number): bigint {
  const match = /^(-?)(\d{1,15})(?:\.(\d+))?$/.exec(text.trim());
  if (!match) throw new DecimalFormatError(`"${text}" is not a decimal number such as "1250.00"`);
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > scale) throw new DecimalFormatError(`"${text}" has more than ${scale} decimal places`);
  const value = BigInt(whole) * pow10(scale) + BigInt(fraction.padEnd(scale, '0') || '0');
  return sign ? -value : value;
}

/** Formats an integer scaled by 10^`scale` as a decimal string with exactly `scale` decimals. */
export function formatDecimal(value: bigint, scale: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

/** Parses an amount of `currency` ("1250.00") into minor units. */
export function parseMoney(text: string, currency: string): bigint {
  return parseDecimal(text, minorDigits(currency));
}

/** Formats minor units of `currency` as a decimal string ("1250.00"). */
export function formatMoney(minor: bigint, currency: string): string {
  return formatDecimal(minor, minorDigits(currency));
}

/**
 * `numerator / denominator`, rounded half-up (ties away from zero): THE rounding rule of every
 * amount LexGraph computes (line amounts, discounts, tax). `denominator` must be positive.
 */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('denominator must be positive');
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const rounded = (magnitude * 2n + denominator) / (denominator * 2n);
  return negative ? -rounded : rounded;
}

/** `minor` × `percent`/100, where `percent` is scaled by 10^`percentScale`; half-up to the minor unit. */
export function percentOf(minor: bigint, percent: bigint, percentScale: number): bigint {
  return divideHalfUp(minor * percent, 100n * pow10(percentScale));
}

/** The sum of amounts in minor units. */
export function sum(amounts: Iterable<bigint>): bigint {
  let total = 0n;
  for (const amount of amounts) total += amount;
  return total;
}
