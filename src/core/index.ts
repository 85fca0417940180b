/** The pure planning domain: validation, the engine of the planning model, explanations. */
export { Dec, formatMoney, posted } from './money';
export * from './scenario/types';
export * from './scenario/issues';
export {
  validateScenario,
  parseScenarioJson,
  validateDebt,
  validateBudgetItem,
  validateAgreement,
  validateRate,
  validateMoney,
  type Validation,
  type ScenarioValidation,
} from './scenario/validate';
export {
  scenarioSchema,
  budgetSchema,
  budgetItemSchema,
  debtSchema,
  agreementSchema,
  waiverSchema,
  installmentSchema,
  settlementSchema,
  minimumPaymentSchema,
  lateFeeSchema,
  rateSchema,
  moneySchema,
  positiveMoneySchema,
  percentSchema,
  dateSchema,
  monthSchema,
  rateChangeSchema,
  chargeCapSchema,
  actualsSchema,
  actualPaymentSchema,
  STRATEGIES,
  LIST_LIMITS,
  planVariantSchema,
  namedPlanVariantSchema,
  MAX_PLAN_VARIANTS,
} from './scenario/schema';
export * from './engine/output';
export * from './engine/explanation';
export { plan, planDetailed, explain, findExplanation } from './engine/api';
export { compareStrategies, type StrategyComparison, type ComparisonKey } from './engine/compare';
export type { Outcome } from './engine/plan';
export type { DueRule } from './engine/dues';
export type { BasePart } from './engine/accrual';
