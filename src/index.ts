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
export * from './core/special.js';
export * from './core/distributions.js';
export * from './core/optimize.js';
export * from './core/money.js';
export * from './core/time.js';
export * from './model/labels.js';
export * from './model/customer.js';
export * from './model/transaction.js';
export * from './model/survey-response.js';
export * from './model/journey-event.js';
export * from './model/touchpoint.js';
export * from './model/feedback-case.js';
export * from './model/json-schema.js';
export * from './model/privacy.js';
