/**
 * Customer lifetime value for non-contractual buyers: the BG/NBD purchase model and the Gamma-Gamma spend model,
 * fitted by maximum likelihood, with their predictions. Pure functions over plain data (no clock: `asOf` is a
 * parameter). Simulation helpers for tests and benchmarks live in ./simulate.
 */
export { summariseCustomers } from "./summarise";
export {
  bgNbdLogLikelihood,
  expectedPurchases,
  expectedPurchasesNewCustomer,
  fitBgNbd,
  probabilityAlive,
} from "./bgnbd";
export { expectedAverageValue, fitGammaGamma, gammaGammaLogLikelihood } from "./gamma-gamma";
export { customerLifetimeValue, DAYS_PER_MONTH, type LifetimeValueOptions } from "./value";
export { hyp2f1 } from "./special";
export { ClvError, type ClvErrorCode } from "./errors";
export type {
  BgNbdFit,
  BgNbdParams,
  ClvOrder,
  ClvUnit,
  CustomerSummary,
  FitOptions,
  GammaGammaFit,
  GammaGammaParams,
  PurchaseHistory,
  SpendHistory,
} from "./types";
