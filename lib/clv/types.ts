/** The time unit of a summary and of the parameters fitted to it. */
export type ClvUnit = "day" | "week";

/** One order as the lifetime-value engine reads it; `amount` is revenue or margin, whichever the caller values. */
export type ClvOrder = { accountId: string; date: Date; amount: number };

/** A customer's history, in the BG/NBD notation x = frequency, t_x = recency, T. */
export type PurchaseHistory = { frequency: number; recency: number; T: number };

/** The spend side of a history: `monetaryValue` is the mean amount per repeat purchase day. */
export type SpendHistory = { frequency: number; monetaryValue: number };

export type CustomerSummary = PurchaseHistory & SpendHistory & { accountId: string };

export type BgNbdParams = { r: number; alpha: number; a: number; b: number };
export type BgNbdFit = BgNbdParams & { logLikelihood: number; iterations: number; converged: boolean };

export type GammaGammaParams = { p: number; q: number; v: number };
export type GammaGammaFit = GammaGammaParams & { logLikelihood: number; iterations: number; converged: boolean };

export type FitOptions = {
  /**
   * L2 penalty λ·Σθ² added to the mean negative log-likelihood, θ the logarithms of the parameters after the
   * internal rescaling (times so that the longest T is 10, money so that the mean spend is 1), so its strength
   * does not depend on the time unit or the currency. Penalising the logarithms pulls towards the starting point
   * 1 from both sides: a parameter can run neither to ∞ nor to 0. 0 (default) is plain maximum likelihood;
   * 0.001–0.1 keeps small or uniform portfolios from running to a boundary.
   */
  penalizer?: number;
  /** Gradient tolerance of the optimiser on the per-customer objective (default 1e-8). */
  tolerance?: number;
  maxIterations?: number;
};
