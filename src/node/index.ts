/**
 * `cxkit/node` — Node-only adapters: records from CSV, NDJSON and JSON files and streams, validated against the
 * model's schemas with line-numbered issues, in constant memory.
 *
 * The main entry `cxkit` stays browser-safe; everything that touches `node:` modules lives here.
 *
 * @packageDocumentation
 */
export * from './read.js';
