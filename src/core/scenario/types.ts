/**
 * The scenario as the engine reads it: the output of validation, with every default filled in.
 * Derived from the schemas so that the two can never drift apart.
 */
import type { z } from 'zod';
import type {
  agreementSchema,
  budgetItemSchema,
  budgetSchema,
  debtSchema,
  installmentSchema,
  lateFeeSchema,
  minimumPaymentSchema,
  rateSchema,
  scenarioSchema,
  settlementSchema,
  waiverSchema,
  STRATEGIES,
  rateChangeSchema,
  chargeCapSchema,
  actualsSchema,
  actualPaymentSchema,
  planVariantSchema,
  namedPlanVariantSchema,
} from './schema';

export type Scenario = z.output<typeof scenarioSchema>;
/** What a file or form may hold before defaults are applied. */
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Budget = z.output<typeof budgetSchema>;
export type BudgetItem = z.output<typeof budgetItemSchema>;
export type Debt = z.output<typeof debtSchema>;
export type RateSpec = z.output<typeof rateSchema>;
export type MinimumPaymentRule = z.output<typeof minimumPaymentSchema>;
export type LateFeeRule = z.output<typeof lateFeeSchema>;
export type Agreement = z.output<typeof agreementSchema>;
export type Waiver = z.output<typeof waiverSchema>;
export type Installment = z.output<typeof installmentSchema>;
export type Settlement = z.output<typeof settlementSchema>;
export type Strategy = (typeof STRATEGIES)[number];
export type RateChange = z.output<typeof rateChangeSchema>;
export type ChargeCap = z.output<typeof chargeCapSchema>;
export type Actuals = z.output<typeof actualsSchema>;
export type ActualPayment = z.output<typeof actualPaymentSchema>;
/** A 方案 (issue 14): changes over the household, as planned. */
export type PlanVariant = z.output<typeof planVariantSchema>;
/** A 方案 as stored and written to files. */
export type PlanVariantInput = z.input<typeof planVariantSchema>;
export type NamedPlanVariant = z.input<typeof namedPlanVariantSchema>;
