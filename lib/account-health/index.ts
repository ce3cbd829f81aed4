/**
 * Account health on the database: loads the engine's inputs set-based, keeps AccountHealth and the daily
 * HealthSnapshot up to date with the ACTIVE model, and previews a draft model. The engine is lib/health.
 */
export { isKeyContact, loadHealthInputs, loadHealthInputsAt, type LoadHealthOptions } from "./load-inputs";
export { activeHealthModel, BOOTSTRAP_MODEL_NAME, type ActiveHealthModel } from "./model";
export { HEALTH_CHANGE_DAYS, refreshHealth, type RefreshHealthOptions, type RefreshHealthResult } from "./refresh";
export { previewHealthModel, type BandCounts, type HealthModelPreview } from "./preview";
