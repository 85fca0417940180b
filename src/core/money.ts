import Decimal from 'decimal.js';

/**
 * The one decimal type of the domain. A dedicated clone, so that raising the precision (the model
 * asks for ≥ 40 significant digits, so repeating rates such as 0.18/365 round the same way
 * everywhere) never leaks into other users of decimal.js in the same process.
 */
export const Dec = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  // Plain notation for every magnitude, so toString() can serve as the fast path of formatMoney.
  toExpNeg: -9e15,
  toExpPos: 9e15,
});
export type Dec = InstanceType<typeof Dec>;

export const ZERO: Dec = new Dec(0);
export const ONE: Dec = new Dec(1);
export const HUNDRED: Dec = new Dec(100);

/** Money as exchanged in input: digits, optionally a point and one or two decimals. */
export const MONEY_PATTERN = /^\d+(\.\d{1,2})?$/;
/** A non-negative decimal fraction or percentage, as written in input ("0.0005", "10"). */
export const DECIMAL_PATTERN = /^\d+(\.\d+)?$/;
export const MONEY_LIMIT: Dec = new Dec('1e12');

/** "Posted": rounded half-up to the cent, the only place where the model rounds. */
export function posted(x: Dec): Dec {
  return x.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}

/** The output form of a posted amount: "1234.50". */
export function formatMoney(x: Dec): string {
  // Formatting is a fifth of a plan's time. Most figures are zero or already posted (≤ 2
  // decimals), and for those the plain string only needs padding; toFixed does the rest.
  if (x.isZero()) return '0.00';
  const text = x.toString();
  const point = text.indexOf('.');
  if (point === -1) return `${text}.00`;
  const decimals = text.length - point - 1;
  if (decimals === 2) return text;
  if (decimals === 1) return `${text}0`;
  return x.toFixed(2, Dec.ROUND_HALF_UP);
}

/** a + b, without allocating when b is zero (the common case in accrual and totals). */
export function add(a: Dec, b: Dec): Dec {
  return b.isZero() ? a : a.isZero() ? b : a.plus(b);
}

/** a − b, without allocating when b is zero (a period's payment, most periods of a debt behind). */
export function sub(a: Dec, b: Dec): Dec {
  return b.isZero() ? a : a.minus(b);
}

/**
 * x > 0 from the sign alone: a comparison copies its operand, and this is asked of every debt
 * every month (decimal.js's own isPositive() counts 0 as positive).
 */
export function isAboveZero(x: Dec): boolean {
  return !x.isZero() && !x.isNegative();
}

/** max(x, 0) from the sign alone, without a comparison. */
export function atLeastZero(x: Dec): Dec {
  return x.isNegative() ? ZERO : x;
}

export function minDec(a: Dec, b: Dec): Dec {
  return a.lt(b) ? a : b;
}

export function maxDec(a: Dec, b: Dec): Dec {
  return a.gt(b) ? a : b;
}
