import { describe, expect, it } from 'vitest';
import { DecimalFormatError, divideHalfUp, formatMoney, parseMoney, percentOf } from '../../src/core/money.ts';

describe('money arithmetic', () => {
  it('parses decimal strings to exact minor units of the currency and formats them back', () => {
    expect(parseMoney('1250.00', 'USD')).toBe(125_000n);
    expect(parseMoney('1250.5', 'USD')).toBe(125_050n);
    expect(parseMoney('-0.25', 'USD')).toBe(-25n);
    expect(parseMoney('1250', 'JPY')).toBe(1250n);
    expect(parseMoney('1.234', 'KWD')).toBe(1234n);
    expect(formatMoney(125_050n, 'USD')).toBe('1250.50');
    expect(formatMoney(-5n, 'USD')).toBe('-0.05');
    expect(formatMoney(1250n, 'JPY')).toBe('1250');
    expect(formatMoney(90_071_992_547_409_931n, 'USD')).toBe('900719925474099.31');
  });

  it('refuses amounts with more decimals than the currency has, exponents and separators', () => {
    for (const text of ['12.345', '1e3', '1,000.00', '', '.5', '12.']) expect(() => parseMoney(text, 'USD')).toThrow(DecimalFormatError);
    expect(() => parseMoney('5.1', 'JPY')).toThrow(DecimalFormatError);
  });

  it('rounds half-up, away from zero on ties, and nowhere else', () => {
    expect(divideHalfUp(5n, 10n)).toBe(1n);
    expect(divideHalfUp(4n, 10n)).toBe(0n);
    expect(divideHalfUp(-5n, 10n)).toBe(-1n);
    expect(divideHalfUp(31_375n, 1000n)).toBe(31n);
    expect(divideHalfUp(313_750n, 10_000n)).toBe(31n);
    expect(divideHalfUp(315n, 10n)).toBe(32n);
    // 8.875% of 189.00 is 16.77375: 16.77; 10% of 19.95 is 1.995: 2.00.
    expect(percentOf(18_900n, 88_750n, 4)).toBe(1677n);
    expect(percentOf(1995n, 100_000n, 4)).toBe(200n);
  });
});
