/**
 * (in progress)
 *
 * @module
 */
export {};
