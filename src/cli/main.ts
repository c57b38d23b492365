#!/usr/bin/env node
/**
 * The `cxkit` command line: `cxkit <command> [options]`. Exit codes: 0 ok, 1 bad data (invalid rows are reported
 * on stderr with their line numbers and skipped; the rest is still processed), 2 usage.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { CxError, isCxError } from '../core/errors.js';
import { helpText, isUsageError, parseCommandArgs } from './args.js';
import type { Command } from './command.js';
import type { Io, RunState } from './io.js';
import { render } from './format.js';
import { surveyCommand } from './commands/survey.js';
import { clvCommand, retentionCommand, rfmCommand } from './commands/transactions.js';
import { journeyCommand, maturityCommand, schemaCommand } from './commands/other.js';
import { demoCommand, reportCommand } from './commands/report.js';

/** Every command, by name, in the order of the help. */
export const COMMANDS: readonly Command[] = [
  demoCommand,
  surveyCommand('nps'),
  surveyCommand('csat'),
  surveyCommand('ces'),
  rfmCommand,
  clvCommand,
  retentionCommand,
  journeyCommand,
  maturityCommand,
  reportCommand,
  schemaCommand,
];

/** The package's version, from its package.json (two folders up from this file, in the source and in dist). */
export function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

function mainHelp(): string {
  let w = 0;
  for (const c of COMMANDS) w = Math.max(w, c.spec.name.length);
  return [
    'Usage: cxkit <command> [options]',
    '',
    'Customer-experience analytics on CSV, NDJSON and JSON files (- reads stdin).',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.spec.name.padEnd(w)}  ${c.spec.summary}`),
    '',
    'Options of every command: --format table|json|csv (table on a terminal, JSON otherwise), --lang en|zh-CN, --help.',
    'Exit codes: 0 ok, 1 bad data (invalid rows reported on stderr and skipped), 2 usage.',
    'Start with: cxkit demo',
    '',
  ].join('\n');
}

/** Runs the CLI on `argv` (without `node` and the script); resolves to the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(mainHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    io.out(`${version()}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.spec.name === name);
  const state: RunState = { badData: false };
  try {
    if (command === undefined) throw new CxError('INVALID_ARGUMENT', `unknown command ${JSON.stringify(name)}: expected one of ${COMMANDS.map((c) => c.spec.name).join(', ')} (see cxkit --help)`, { path: ['argv'] });
    const args = parseCommandArgs(command.spec, rest, io.stdoutIsTTY);
    if (args.help) {
      io.out(helpText(command.spec));
      return 0;
    }
    const result = await command.run(args, { io, state, lang: args.lang });
    io.out('raw' in result ? result.raw : render(result, args.format, args.lang));
    return state.badData ? 1 : 0;
  } catch (e) {
    if (isUsageError(e)) {
      io.err(`cxkit: ${(e as Error).message}\n`);
      return 2;
    }
    if (isCxError(e)) {
      io.err(`cxkit: ${e.code}: ${e.message}\n`);
      return 1;
    }
    io.err(`cxkit: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 1;
  }
}

/** True when this module is the program (not imported by a test). */
function isProgram(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  return /[\\/]cli[\\/]main\.(?:[cm]?js|ts)$/.test(entry) || /[\\/]cxkit$/.test(entry);
}

if (isProgram()) {
  const io: Io = {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    stdin: process.stdin,
    stdoutIsTTY: process.stdout.isTTY,
    stderrIsTTY: process.stderr.isTTY,
  };
  const code = await main(process.argv.slice(2), io);
  // Let stdout drain (a pipe) before exiting with the code.
  process.exitCode = code;
}
