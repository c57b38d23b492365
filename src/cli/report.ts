/**
 * The shape every command prints: a report of sections, each with tables for people and plain JSON data for
 * programs. The renderers are in `format.ts`.
 *
 * @module
 */
import type { Labels, Locale } from '../model/labels.js';

/** How a column's cells are written in a table. */
export type ColumnFormat = 'text' | 'int' | 'num1' | 'num2' | 'num3' | 'pct' | 'money';

/** A column of a table. */
export interface Column {
  /** The key of the cell in each row (also the CSV header). */
  readonly key: string;
  /** The header shown in a table. */
  readonly label: Labels;
  /** How cells are written (default `'text'`). */
  readonly format?: ColumnFormat;
}

/** A cell: text, a number, or `null` (shown as `–`). */
export type Cell = string | number | boolean | null;

/** A table of a section. */
export interface Table {
  /** Stable id (the CSV block name). */
  readonly id: string;
  /** Title shown above it. */
  readonly title?: Labels;
  /** The columns, in order. */
  readonly columns: readonly Column[];
  /** The rows. */
  readonly rows: readonly Readonly<Record<string, Cell>>[];
}

/** One section of a report. */
export interface Section {
  /** Stable id (the key in JSON output). */
  readonly id: string;
  /** Title. */
  readonly title: Labels;
  /** Tables, in order. */
  readonly tables: readonly Table[];
  /** Lines of text shown after the tables. */
  readonly notes?: readonly Labels[];
  /** The plain JSON data of the section. */
  readonly data: unknown;
}

/** A report: what a command prints. */
export interface Report {
  /** Title (shown in table output only). */
  readonly title?: Labels;
  /** Sections, in order. */
  readonly sections: readonly Section[];
  /** Extra top-level JSON fields (e.g. the demo's seed and dates). */
  readonly meta?: Readonly<Record<string, unknown>>;
}

/** A label in both languages. */
export function L(en: string, zh: string): Labels {
  return { en, 'zh-CN': zh };
}

/** The text of a label in a locale. */
export function t(labels: Labels, lang: Locale): string {
  return labels[lang];
}
