import { z } from 'zod';
import { DecimalFormatError, parseDecimal, parseMoney } from '../../core/money.ts';
import { UTBMS_ACTIVITY_CODES, UTBMS_EXPENSE_CODES, UTBMS_TASK_CODES } from './utbms-codes.ts';

/** Zod pieces shared by the billing services' inputs. */

/** A decimal-string amount of `currency`, as minor units; `positive` refuses zero and below. */
export const moneyInput = (currency: string, options: { positive?: boolean; allowZero?: boolean } = {}) =>
  z.string().transform((text, ctx) => {
    try {
      const minor = parseMoney(text, currency);
      if (minor < 0n || (options.positive && minor === 0n && !options.allowZero)) {
        ctx.addIssue({ code: 'custom', message: options.positive ? 'Must be more than zero' : 'Must not be negative' });
        return z.NEVER;
      }
      return minor;
    } catch (error) {
      if (!(error instanceof DecimalFormatError)) throw error;
      ctx.addIssue({ code: 'custom', message: error.message });
      return z.NEVER;
    }
  });

/** A percentage between 0 and 100 as a decimal string with at most 4 decimals, scaled by 10^4. */
export const percentInput = () =>
  z.string().transform((text, ctx) => {
    try {
      const value = parseDecimal(text, 4);
      if (value < 0n || value > 1_000_000n) {
        ctx.addIssue({ code: 'custom', message: 'Must be between 0 and 100' });
        return z.NEVER;
      }
      return value;
    } catch (error) {
      if (!(error instanceof DecimalFormatError)) throw error;
      ctx.addIssue({ code: 'custom', message: error.message });
      return z.NEVER;
    }
  });

/** A positive quantity with at most 4 decimals, scaled by 10^4. */
export const quantityInput = () =>
  z.string().transform((text, ctx) => {
    try {
      const value = parseDecimal(text, 4);
      if (value <= 0n) {
        ctx.addIssue({ code: 'custom', message: 'Must be more than zero' });
        return z.NEVER;
      }
      return value;
    } catch (error) {
      if (!(error instanceof DecimalFormatError)) throw error;
      ctx.addIssue({ code: 'custom', message: error.message });
      return z.NEVER;
    }
  });

const codeIn = (codes: Readonly<Record<string, string>>, kind: string) =>
  z
    .string()
    .trim()
    .toUpperCase()
    .refine((code) => code in codes, { message: `Not a UTBMS ${kind} code` });

export const TaskCode = codeIn(UTBMS_TASK_CODES, 'task');
export const ActivityCode = codeIn(UTBMS_ACTIVITY_CODES, 'activity');
export const ExpenseCode = codeIn(UTBMS_EXPENSE_CODES, 'expense');

/** A calendar day; the time of day is dropped (UTC). */
export const Day = z.date().transform((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())));

/** Today as a calendar day (UTC). */
export function today(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** A list of ids for a bulk action: one to `max`, no repeats. */
export const Ids = (max: number) =>
  z
    .array(z.string())
    .min(1, 'Give at least one id')
    .max(max, `At most ${max} ids a call`)
    .transform((ids) => [...new Set(ids)]);
