/**
 * Probability distributions: normal ({@link normalCdf}, {@link normalSurvival}, {@link normalPdf},
 * {@link normalQuantile}), Student's t ({@link studentTCdf}, {@link studentTSurvival}, {@link studentTPdf},
 * {@link studentTQuantile}) and chi-square ({@link chiSquareCdf}, {@link chiSquareSurvival},
 * {@link chiSquareQuantile}). Upper tails are computed directly, never as 1 − cdf.
 *
 * @module
 */
export * from './normal.js';
export * from './student-t.js';
export * from './chi-square.js';
