/**
 * zod schemas for the scenario of model §11, one per field kind so that a form can validate a
 * single field with the same rules (and the same issue codes) as the whole file. Relations between
 * fields (unique ids, overdue ≤ principal, …) live in crosscheck.ts, which also runs when some
 * other field is malformed, so that every problem is reported at once.
 */
import { z } from 'zod';
import {
  checkAnnualEquivalent,
  checkDate,
  checkInteger,
  checkMoney,
  checkMoneyOrAll,
  checkMonth,
  checkPercent,
  checkRateValue,
  checkText,
  type FieldProblem,
} from './fields';
import { toRate } from '../rates';
import { Dec } from '../money';

/** Marks our own issues inside zod's, so the mapper can tell them from zod's built-in ones. */
export const ISSUE_CODE_PARAM = 'ashoreCode';

function withCheck<T extends z.ZodType<string>>(schema: T, check: (value: string) => FieldProblem) {
  return schema.check((ctx) => {
    const problem = check(ctx.value);
    if (problem !== null) {
      ctx.issues.push({
        code: 'custom',
        message: problem.code,
        input: ctx.value,
        params: { [ISSUE_CODE_PARAM]: problem.code, ...problem.params },
      });
    }
  });
}

export const moneySchema = withCheck(z.string(), (v) => checkMoney(v, false));
export const positiveMoneySchema = withCheck(z.string(), (v) => checkMoney(v, true));
export const moneyOrAllSchema = withCheck(z.string(), checkMoneyOrAll);
export const percentSchema = withCheck(z.string(), checkPercent);
export const dateSchema = withCheck(z.string(), checkDate);
export const monthSchema = withCheck(z.string(), checkMonth);
export const rateValueSchema = withCheck(z.string(), checkRateValue);
const idSchema = withCheck(z.string(), (v) => checkText(v, 64, false));
const nameSchema = withCheck(z.string(), (v) => checkText(v, 200, true));

function integerSchema(min: number, max: number) {
  return z.number().check((ctx) => {
    const problem = checkInteger(ctx.value, min, max);
    if (problem !== null) {
      ctx.issues.push({
        code: 'custom',
        message: problem.code,
        input: ctx.value,
        params: { [ISSUE_CODE_PARAM]: problem.code, ...problem.params },
      });
    }
  });
}

/** Exactly one unit; the annual equivalent is capped at 10 (1000 %): above that it is a typo. */
export const rateSchema = z
  .strictObject({
    daily: rateValueSchema.optional(),
    monthly: rateValueSchema.optional(),
    annual: rateValueSchema.optional(),
  })
  .check((ctx) => {
    const units = (['daily', 'monthly', 'annual'] as const).filter(
      (u) => ctx.value[u] !== undefined,
    );
    const push = (problem: FieldProblem) => {
      if (problem === null) return;
      ctx.issues.push({
        code: 'custom',
        message: problem.code,
        input: ctx.value,
        params: { [ISSUE_CODE_PARAM]: problem.code, ...problem.params },
      });
    };
    if (units.length !== 1) {
      push({ code: 'rate.one_unit', params: { count: units.length } });
      return;
    }
    const unit = units[0] as 'daily' | 'monthly' | 'annual';
    const value = ctx.value[unit] as string;
    if (checkRateValue(value) !== null) return;
    const rate = toRate({ [unit]: value });
    push(checkAnnualEquivalent(rate.annual));
  });

/** An installment agreement's monthly rate r: a bare fraction, capped like every other rate. */
export const monthlyRateSchema = withCheck(z.string(), (v) => {
  const format = checkRateValue(v);
  if (format !== null) return format;
  return checkAnnualEquivalent(new Dec(v).times(12));
});

export const budgetItemSchema = z.strictObject({
  name: nameSchema,
  amount: moneySchema,
  frequency: z.enum(['monthly', 'yearly', 'once']).default('monthly'),
  startMonth: monthSchema.optional(),
  endMonth: monthSchema.optional(),
  // Its meaning depends on `frequency` (1–12 for yearly, "YYYY-MM" for once); crosscheck.ts
  // checks it against the frequency.
  month: z.union([z.number(), z.string()]).optional(),
});

export const reserveSchema = z.strictObject({
  percentOfIncome: percentSchema.optional(),
  amount: moneySchema.optional(),
});

/**
 * The most entries a scenario's lists may hold. Far beyond any household (a backup holds at most
 * 1,000 debts and 10,000 items per budget list, so every backup still fits); they only keep a
 * hostile or corrupted file from making the planner allocate without bound.
 */
export const LIST_LIMITS = {
  debts: 1000,
  budgetItems: 10_000,
  agreements: 10_000,
  rateChanges: 1000,
  customOrder: 1000,
  payments: 10_000,
} as const;

const itemList = z.array(budgetItemSchema).max(LIST_LIMITS.budgetItems);

export const budgetSchema = z.strictObject({
  incomes: itemList.default([]),
  fixedCosts: itemList.default([]),
  obligations: itemList.default([]),
  reserve: reserveSchema.optional(),
  paymentLimit: moneySchema.optional(),
  /** v2 (§3): money set aside for the debts; no reserve, not cut by paymentLimit. */
  extras: itemList.optional(),
});

export const minimumPaymentSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('percentOfBalance'),
    percent: percentSchema,
    floor: moneySchema.default('0.00'),
  }),
  z.strictObject({ kind: z.literal('fixed'), amount: moneySchema }),
  z.strictObject({
    kind: z.literal('interestPlusPercent'),
    percent: percentSchema,
    floor: moneySchema.default('0.00'),
  }),
  z.strictObject({ kind: z.literal('none') }),
]);

export const lateFeeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('fixed'), amount: moneySchema }),
  z.strictObject({
    kind: z.literal('percentOfShortfall'),
    percent: percentSchema,
    min: moneySchema.default('0.00'),
    max: moneySchema.optional(),
  }),
  z.strictObject({ kind: z.literal('none') }),
]);

const statusSchema = z.enum(['proposed', 'agreed', 'refused']).default('agreed');

export const waiverSchema = z.strictObject({
  kind: z.literal('waiver'),
  date: dateSchema,
  status: statusSchema,
  penalty: moneyOrAllSchema.optional(),
  interest: moneyOrAllSchema.optional(),
  fees: moneyOrAllSchema.optional(),
});

export const installmentSchema = z.strictObject({
  kind: z.literal('installment'),
  date: dateSchema,
  status: statusSchema,
  months: integerSchema(1, 120),
  method: z.enum(['equalPayment', 'flatFee']),
  rate: monthlyRateSchema,
  waivePenalty: z.boolean().default(false),
  waiveInterest: z.boolean().default(false),
  waiveFees: z.boolean().default(false),
  /** v2 (§8): "reinstate" brings the waived amounts back when the agreement breaks. */
  onBreak: z.enum(['keep', 'reinstate']).optional(),
});

export const settlementSchema = z.strictObject({
  kind: z.literal('settlement'),
  date: dateSchema,
  status: statusSchema,
  amount: positiveMoneySchema,
});

export const agreementSchema = z.discriminatedUnion('kind', [
  waiverSchema,
  installmentSchema,
  settlementSchema,
]);

/** v2 (§12): replaces the rates it names from the period containing `date`. */
export const rateChangeSchema = z.strictObject({
  date: dateSchema,
  interestRate: rateSchema.optional(),
  penaltyRate: rateSchema.optional(),
});

export const debtSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  kind: withCheck(z.string(), (v) => checkText(v, 40, true)).optional(),
  principal: positiveMoneySchema,
  overdue: z.boolean().optional(),
  overduePrincipal: moneySchema.optional(),
  interest: moneySchema.optional(),
  penalty: moneySchema.optional(),
  fees: moneySchema.optional(),
  interestRate: rateSchema.optional(),
  penaltyRate: rateSchema.optional(),
  accrual: z.enum(['daily', 'monthly']).default('daily'),
  penaltyBase: z.enum(['principal', 'principalAndInterest']).default('principal'),
  compound: z.boolean().default(false),
  minimumPayment: minimumPaymentSchema.default({ kind: 'none' }),
  lateFee: lateFeeSchema.default({ kind: 'none' }),
  agreements: z.array(agreementSchema).max(LIST_LIMITS.agreements).default([]),
  rateChanges: z.array(rateChangeSchema).max(LIST_LIMITS.rateChanges).optional(),
});

export const STRATEGIES = ['avalanche', 'snowball', 'custom', 'minimumOnly'] as const;

/** v2 (§15): the annual rate of principal a court would uphold, a fraction in (0, 10]. */
export const chargeCapSchema = z.strictObject({
  annualRate: withCheck(z.string(), (v) => {
    const format = checkRateValue(v);
    if (format !== null) return format;
    if (new Dec(v).isZero()) return { code: 'chargeCap.zero', params: { got: JSON.stringify(v) } };
    return checkAnnualEquivalent(new Dec(v));
  }),
});

/** v2 (§14): a payment actually made, dated in [startDate, asOf). */
export const actualPaymentSchema = z.strictObject({
  date: dateSchema,
  debtId: idSchema,
  amount: positiveMoneySchema,
});

export const actualsSchema = z.strictObject({
  asOf: dateSchema,
  payments: z.array(actualPaymentSchema).max(LIST_LIMITS.payments).default([]),
});

/**
 * A 方案 (issue 14): a named set of changes over the household, planned without touching it.
 * Agreements are assumed agreed; an agreement already on the debt's list with the same terms
 * is that one, not a second. The delay postpones every payment by whole months.
 */
export const planVariantSchema = z.strictObject({
  strategy: z.enum(STRATEGIES).optional(),
  paymentLimit: moneySchema.optional(),
  extras: itemList.optional(),
  agreements: z
    .array(z.strictObject({ debtId: idSchema, agreement: agreementSchema }))
    .max(LIST_LIMITS.agreements)
    .optional(),
  rateChanges: z
    .array(z.strictObject({ debtId: idSchema, change: rateChangeSchema }))
    .max(LIST_LIMITS.rateChanges)
    .optional(),
  delayMonths: integerSchema(0, 120).optional(),
});

/** How a scenario file carries its 方案: each named, in the person's order. */
export const namedPlanVariantSchema = z.strictObject({
  name: nameSchema,
  variant: planVariantSchema,
});

/** At most 4 方案 are compared at once; a file may keep a few more. */
export const MAX_PLAN_VARIANTS = 20;

export const scenarioSchema = z.strictObject({
  version: z.literal(1),
  startDate: dateSchema,
  currency: withCheck(z.string(), (v) =>
    /^[A-Z]{3}$/.test(v) ? null : { code: 'currency.format', params: { got: JSON.stringify(v) } },
  ).default('CNY'),
  strategy: z.enum(STRATEGIES).default('avalanche'),
  customOrder: z.array(idSchema).max(LIST_LIMITS.customOrder).default([]),
  horizonMonths: integerSchema(1, 1200).default(600),
  budget: budgetSchema.default({ incomes: [], fixedCosts: [], obligations: [] }),
  debts: z.array(debtSchema).max(LIST_LIMITS.debts),
  chargeCap: chargeCapSchema.optional(),
  actuals: actualsSchema.optional(),
  /**
   * The household's 方案 (issue 14), so a file carries them: the engine plans the scenario
   * itself and ignores them; files without them are as before.
   */
  plans: z.array(namedPlanVariantSchema).max(MAX_PLAN_VARIANTS).optional(),
});
