/**
 * End-to-end: the CLI run as a process from source (`node --import tsx src/cli/main.ts`, so the tests do not need
 * the build; scripts/smoke.ts runs the built, installed bin). Checks stdout, stderr and the exit code.
 * Expected numbers are computed by hand from the fixtures (see tests/fixtures/ingest/README.md).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const fixture = (name: string): string => join(root, 'tests', 'fixtures', 'ingest', name);

function cxkit(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli', 'main.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    input: input ?? '',
    env: { ...process.env, NO_COLOR: '1', TZ: 'Asia/Shanghai' },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cxkit (process)', { timeout: 180_000 }, () => {
  it('prints the version and the help, exit 0; no command is a usage error, exit 2', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(cxkit(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    const help = cxkit(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: cxkit <command>/);
    for (const name of ['demo', 'nps', 'csat', 'ces', 'rfm', 'clv', 'retention', 'journey', 'maturity', 'report', 'schema']) expect(help.stdout).toContain(`  ${name} `);
    expect(cxkit([]).code).toBe(2);
  });

  it('has --help on every command', () => {
    const r = cxkit(['clv', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: cxkit clv FILE/);
    expect(r.stdout).toContain('--observation-end DATE');
    expect(r.stdout).toContain('--format table|json|csv');
  });

  it('exits 2 on usage errors, with the reason on stderr and nothing on stdout', () => {
    for (const args of [['bogus'], ['nps'], ['nps', 'a', 'b'], ['nps', fixture('survey-responses.csv'), '--nope'], ['nps', fixture('survey-responses.csv'), '--format', 'xml'], ['clv', fixture('transactions-messy.csv'), '--model', 'magic'], ['nps', 'no-such-file.csv']]) {
      const r = cxkit(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^cxkit: /);
    }
  });

  it('processes the good rows of a bad file, reports each bad row by line on stderr, and exits 1', () => {
    const r = cxkit(['nps', fixture('survey-responses.csv')]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { metric: string; result: { n: number; score: number; promoters: number } };
    expect(out.metric).toBe('nps');
    expect(out.result).toMatchObject({ n: 5, score: 20, promoters: 2 });
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/survey-responses\.csv:5: score: an nps score must be an integer 0–10, got 11$/);
    expect(lines[1]).toMatch(/survey-responses\.csv:8: respondedAt: /);
    expect(lines[2]).toMatch(/survey-responses\.csv: 8 rows read, 6 valid, 2 invalid \(skipped\)$/);
  });

  it('reads the messy CSV (BOM, CRLF, quoted newline, __proto__ column) and reports its bad lines', () => {
    const r = cxkit(['rfm', fixture('transactions-messy.csv'), '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('transactions-messy.csv:3: amount: ');
    expect(r.stderr).toContain('transactions-messy.csv:6: customer_id: an id must not be empty');
    expect(r.stderr).toContain('transactions-messy.csv:8: occurred_at: ');
    expect(r.stderr).toContain('transactions-messy.csv:9: expected 7 fields, got 4');
    expect(r.stdout.split('\n')[0]).toBe('segment,count,share,revenue,meanRecencyDays,meanFrequency,meanMonetary');
  });

  it('reads stdin for -', () => {
    const csv = 'respondedAt,metric,score\n2024-05-01,nps,10\n2024-05-01,nps,0\n';
    const r = cxkit(['nps', '-'], csv);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { result: { score: number } }).result.score).toBe(0);
    const nd = cxkit(['nps', '-', '--format', 'csv'], '{"respondedAt":"2024-05-01","metric":"nps","score":9}\n');
    expect(nd.stdout).toBe('n,score,lower,upper,promoters,passives,detractors\n1,100,' + nd.stdout.split('\n')[1]!.split(',').slice(2).join(',') + '\n');
  });

  it('prints a table in Chinese with --lang zh-CN', () => {
    const r = cxkit(['nps', fixture('survey-responses.csv'), '--format', 'table', '--lang', 'zh-CN', '--period', 'month']);
    expect(r.stdout).toContain('净推荐值（NPS）');
    expect(r.stdout).toContain('2024-05');
    expect(r.stderr).toContain('读取 8 行，有效 6 行，无效 2 行');
  });

  it('prints a JSON Schema', () => {
    const r = cxkit(['schema', 'transaction']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { title: string; required: string[] };
    expect(schema.title).toBe('Transaction');
    expect(schema.required).toEqual(expect.arrayContaining(['customerId', 'occurredAt', 'amount']));
    expect(cxkit(['schema', 'person']).code).toBe(2);
  });

  it('runs the demo deterministically for a seed, writes its files, and reports the same from them', () => {
    const a = cxkit(['demo', '--customers', '200', '--seed', '3', '--format', 'json']);
    const b = cxkit(['demo', '--customers', '200', '--seed', '3', '--format', 'json']);
    expect(a.code).toBe(0);
    expect(a.stderr).toBe('');
    expect(a.stdout).toBe(b.stdout);
    const report = JSON.parse(a.stdout) as { asOf: string; missing: string[]; sections: Record<string, unknown> };
    expect(report.asOf).toBe('2025-12-31T23:59:59.999Z');
    expect(report.missing).toEqual([]);
    expect(Object.keys(report.sections)).toEqual(['overview', 'nps', 'csat', 'ces', 'retention', 'clv', 'rfm', 'journey', 'feedback', 'maturity']);
    const other = cxkit(['demo', '--customers', '200', '--seed', '4', '--format', 'json']);
    expect(other.stdout).not.toBe(a.stdout);

    const dir = mkdtempSync(join(tmpdir(), 'cxkit-demo-'));
    const c = cxkit(['demo', '--customers', '200', '--seed', '3', '--format', 'json', '--out', dir]);
    expect(c.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['customers.csv', 'feedback-events.csv', 'journey-events.csv', 'maturity-answers.csv', 'survey-responses.csv', 'touchpoints.json', 'transactions.csv']);
    const fromFiles = cxkit(['report', dir, '--format', 'json', '--as-of', '2025-12-31']);
    expect(fromFiles.code).toBe(0);
    const again = JSON.parse(fromFiles.stdout) as { sections: Record<string, unknown> };
    expect(again.sections).toEqual(report.sections);
    // Each command on the demo files.
    for (const args of [['nps', 'survey-responses.csv'], ['csat', 'survey-responses.csv', '--group-by', 'touchpointId'], ['ces', 'survey-responses.csv', '--period', 'quarter'], ['rfm', 'transactions.csv'], ['clv', 'transactions.csv', '--model', 'pareto-nbd'], ['retention', 'transactions.csv'], ['journey', 'journey-events.csv', '--touchpoints', 'touchpoints.json', '--responses', 'survey-responses.csv'], ['maturity', 'maturity-answers.csv']]) {
      const r = cxkit([args[0]!, join(dir, args[1]!), ...args.slice(2).map((x) => (x.endsWith('.json') || x.endsWith('.csv') ? join(dir, x) : x))]);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stderr, args.join(' ')).toBe('');
      expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
    }
  });
});
