/**
 * What a command is: its declaration (options, help) and what it does.
 *
 * @module
 */
import type { CommandSpec, ParsedArgs } from './args.js';
import type { Ctx } from './inputs.js';
import type { Report } from './report.js';

/** Text printed as is (whatever `--format` says), e.g. a JSON Schema. */
export interface RawOutput {
  /** The text. */
  readonly raw: string;
}

/** A command of the CLI. */
export interface Command {
  /** Declaration. */
  readonly spec: CommandSpec;
  /** Runs it; the report is rendered in the chosen format. */
  run(args: ParsedArgs, ctx: Ctx): Promise<Report | RawOutput>;
}
