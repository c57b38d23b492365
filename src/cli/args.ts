/**
 * Command-line arguments: each command declares its options; `node:util`'s `parseArgs` reads them strictly, the
 * options every command shares (`--format`, `--lang`, `--help`) are added, and the help text is generated.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import { CxError } from '../core/errors.js';
import type { Locale } from '../model/labels.js';
import type { OutputFormat } from './format.js';

/** One option of a command. */
export interface OptionSpec {
  /** `string` takes a value; `boolean` is a flag. */
  readonly type: 'string' | 'boolean';
  /** One-letter alias. */
  readonly short?: string;
  /** The value's name in the help (`DATE`, `N`, …). */
  readonly value?: string;
  /** What it does (English; shown in `--help`). */
  readonly help: string;
}

/** A command's declaration. */
export interface CommandSpec {
  /** The command's name (`nps`, `demo`, …). */
  readonly name: string;
  /** Usage line after `cxkit NAME`, e.g. `FILE [options]`. */
  readonly usage: string;
  /** One-line summary. */
  readonly summary: string;
  /** Longer description lines. */
  readonly details?: readonly string[];
  /** The command's own options. */
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** How many positional arguments it takes. */
  readonly positionals: { readonly min: number; readonly max: number };
}

/** The options every command has. */
export const COMMON_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  format: { type: 'string', short: 'f', value: 'table|json|csv', help: 'output format (default: table on a terminal, json otherwise)' },
  lang: { type: 'string', value: 'en|zh-CN', help: 'language of tables and messages (default: en)' },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
};

/** Parsed arguments of a command. */
export interface ParsedArgs {
  /** Option values by name (strings or booleans; absent when not given). */
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  /** Positional arguments. */
  readonly positionals: readonly string[];
  /** `--format`, resolved (table on a terminal, JSON otherwise). */
  readonly format: OutputFormat;
  /** `--lang`. */
  readonly lang: Locale;
  /** `--help` was given. */
  readonly help: boolean;
}

/** A usage error (exit code 2). */
export function usageError(message: string, arg = ''): CxError {
  return new CxError('INVALID_ARGUMENT', message, { path: ['argv', arg], details: { usage: true } });
}

/** True when an error is a usage error, or a source that cannot be read (both exit with 2). */
export function isUsageError(e: unknown): boolean {
  return e instanceof CxError && (e.path[0] === 'argv' || e.path[0] === 'source');
}

/**
 * Reads `argv` (after the command name) by the command's spec.
 *
 * @throws CxError `INVALID_ARGUMENT` (a usage error) for an unknown option, a missing value, a bad `--format` or
 *   `--lang`, or the wrong number of positional arguments (unless `--help` is given).
 */
export function parseCommandArgs(spec: CommandSpec, argv: readonly string[], stdoutIsTTY: boolean): ParsedArgs {
  const all = { ...spec.options, ...COMMON_OPTIONS };
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const [name, o] of Object.entries(all)) options[name] = o.short === undefined ? { type: o.type } : { type: o.type, short: o.short };
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    const r = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    parsed = { values: r.values, positionals: r.positionals };
  } catch (e) {
    throw usageError(`${e instanceof Error ? e.message.replace(/\. To specify a positional argument.*$/s, '') : String(e)} (see cxkit ${spec.name} --help)`);
  }
  const { values, positionals } = parsed;
  const help = values.help === true;
  const f = values.format;
  if (f !== undefined && f !== 'table' && f !== 'json' && f !== 'csv') throw usageError(`--format must be table, json or csv, got ${JSON.stringify(f)}`, 'format');
  const lang = values.lang ?? 'en';
  if (lang !== 'en' && lang !== 'zh-CN') throw usageError(`--lang must be en or zh-CN, got ${JSON.stringify(lang)}`, 'lang');
  if (!help && (positionals.length < spec.positionals.min || positionals.length > spec.positionals.max)) {
    const want = spec.positionals.min === spec.positionals.max ? String(spec.positionals.min) : `${spec.positionals.min}–${spec.positionals.max}`;
    throw usageError(`cxkit ${spec.name} takes ${want} argument${want === '1' ? '' : 's'}, got ${positionals.length}: cxkit ${spec.name} ${spec.usage}`);
  }
  const format: OutputFormat = f ?? (stdoutIsTTY ? 'table' : 'json');
  return { values, positionals, format, lang, help };
}

/** The help text of a command. */
export function helpText(spec: CommandSpec): string {
  const rows = Object.entries({ ...spec.options, ...COMMON_OPTIONS }).map(([name, o]) => {
    const flag = `${o.short === undefined ? '    ' : `-${o.short}, `}--${name}${o.value === undefined ? '' : ` ${o.value}`}`;
    return [flag, o.help] as const;
  });
  let w = 0;
  for (const r of rows) w = Math.max(w, r[0].length);
  return [
    `Usage: cxkit ${spec.name} ${spec.usage}`,
    '',
    spec.summary,
    ...(spec.details === undefined ? [] : ['', ...spec.details]),
    '',
    'Options:',
    ...rows.map(([flag, text]) => `  ${flag.padEnd(w)}  ${text}`),
    '',
  ].join('\n');
}

/** A string option's value, or `undefined`. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}

/** An integer option's value within [min, max], or the default. */
export function intOption(args: ParsedArgs, name: string, fallback: number, min: number, max: number): number {
  const v = stringOption(args, name);
  if (v === undefined) return fallback;
  const n = /^\d+$/.test(v.trim()) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw usageError(`--${name} must be an integer ${min}–${max}, got ${JSON.stringify(v)}`, name);
  return n;
}

/** A choice option's value, or the default. */
export function choiceOption<T extends string>(args: ParsedArgs, name: string, choices: readonly T[], fallback: T): T {
  const v = stringOption(args, name);
  if (v === undefined) return fallback;
  if (!(choices as readonly string[]).includes(v)) throw usageError(`--${name} must be one of ${choices.join(', ')}, got ${JSON.stringify(v)}`, name);
  return v as T;
}
