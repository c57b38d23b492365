/**
 * cxkit — customer-experience analytics for TypeScript.
 *
 * The main entry is browser-safe: nothing under it imports `node:` modules, reads the clock, or touches
 * global state.
 *
 * @packageDocumentation
 */
export * from './core/errors.js';
export * from './core/sum.js';
export * from './core/stats.js';
export * from './core/quantile.js';
export * from './core/ranks.js';
export * from './core/special.js';
export * from './core/distributions.js';
export * from './core/optimize.js';
export * from './core/money.js';
export * from './core/time.js';
export * from './core/period.js';
export * from './model/labels.js';
export * from './model/customer.js';
export * from './model/transaction.js';
export * from './model/survey-response.js';
export * from './model/journey-event.js';
export * from './model/touchpoint.js';
export * from './model/feedback-case.js';
export * from './model/json-schema.js';
export * from './model/privacy.js';
export * from './model/entities.js';
export * from './model/validate.js';
export * from './core/random.js';
export * from './survey/intervals.js';
export * from './survey/nps.js';
export * from './survey/csat.js';
export * from './survey/ces.js';
export * from './survey/compare.js';
export * from './core/matrix.js';
export * from './survey/csi.js';
export * from './survey/key-drivers.js';
export * from './survey/series.js';
export * from './retention/kaplan-meier.js';
export * from './retention/log-rank.js';
export * from './retention/survival-data.js';
export * from './retention/churn.js';
export * from './retention/inactivity.js';
export * from './retention/revenue-retention.js';
export * from './retention/cohorts.js';
export * from './segmentation/rfm.js';
export * from './segmentation/rfm-segments.js';
export * from './segmentation/value-tiers.js';
export * from './segmentation/lifecycle.js';
export * from './segmentation/churn-risk.js';
export * from './value/historic-clv.js';
export * from './value/simulate.js';
export * from './value/pareto-nbd.js';
export * from './value/gamma-gamma.js';
export * from './value/clv.js';
export * from './value/summary.js';
export * from './value/bg-nbd.js';
export * from './value/mbg-nbd.js';
export * from './value/bg-bb.js';
export * from './value/predict.js';
export * from './value/diagnostics.js';
export * from './journey/journey.js';
export * from './journey/states.js';
export * from './journey/transitions.js';
export * from './journey/funnel.js';
export * from './journey/time-in-stage.js';
export * from './journey/touchpoints.js';
export * from './journey/pain-points.js';
export * from './journey/markov.js';
export * from './feedback/case.js';
export * from './feedback/sla.js';
export * from './maturity/definition.js';
export * from './maturity/input.js';
export * from './maturity/result.js';
export * from './maturity/levels.js';
export * from './maturity/checklist-gbt42509.js';
export * from './maturity/schema.js';
export * from './maturity/validate-checklist.js';
export * from './maturity/assess.js';
export * from './maturity/compare.js';
export * from './maturity/evidence.js';
export * from './maturity/gaps.js';
