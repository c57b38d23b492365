/**
 * Package smoke test: packs the package, installs the tarball into a fresh temporary project (with its zod peer),
 * then imports it from ESM and requires it from CJS and checks a value from each. It also bundles the main entry
 * for the browser (esbuild, platform 'browser'), which fails if anything under it imports a `node:` module.
 * Then the Node entry: `readAll` from `cxkit/node` in ESM and CJS (and its errors are the main entry's `CxError`),
 * and the installed `cxkit` bin: `--version` and `cxkit demo --customers 200`.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; devDependencies: Record<string, string> };
const dir = mkdtempSync(join(tmpdir(), 'cxkit-smoke-'));
const run = (cmd: string, args: string[], cwd: string): string =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

try {
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir], root)) as { filename: string }[];
  const tarball = join(dir, packed[0]!.filename);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'cxkit-smoke', private: true, version: '0.0.0' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball, `zod@${pkg.devDependencies.zod ?? '^4'}`], dir);
  writeFileSync(
    join(dir, 'esm.mjs'),
    `import { CxError, sum, mean } from 'cxkit';
import assert from 'node:assert/strict';
assert.equal(sum([0.1, 0.2, 0.3]), 0.6);
assert.equal(mean([1, 2, 3]), 2);
assert.equal(new CxError('EMPTY_INPUT', 'x').code, 'EMPTY_INPUT');
console.log('esm ok');
`,
  );
  writeFileSync(
    join(dir, 'cjs.cjs'),
    `const { CxError, sum, isCxError } = require('cxkit');
const assert = require('node:assert/strict');
assert.equal(sum([1e100, 1, -1e100]), 1);
assert.equal(isCxError(new CxError('NON_FINITE', 'x')), true);
console.log('cjs ok');
`,
  );
  await build({
    stdin: { contents: `export * from 'cxkit';`, resolveDir: dir, loader: 'js' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  console.log('browser bundle of the main entry ok');
  process.stdout.write(run('node', ['esm.mjs'], dir));
  process.stdout.write(run('node', ['cjs.cjs'], dir));
  writeFileSync(join(dir, 'orders.csv'), '\uFEFFcustomer_id,occurred_at,amount\r\nc1,2024-05-01,19.90\r\nc2,someday,5\r\n');
  writeFileSync(
    join(dir, 'node-esm.mjs'),
    `import { readAll } from 'cxkit/node';
import { TransactionSchema, CxError } from 'cxkit';
import assert from 'node:assert/strict';
const r = await readAll('orders.csv', { schema: TransactionSchema });
assert.equal(r.records.length, 1);
assert.equal(r.records[0].amount.toString(), '19.9');
assert.deepEqual(r.errors.map((e) => [e.line, e.column]), [[3, 'occurred_at']]);
await assert.rejects(readAll('orders.csv', { schema: TransactionSchema, onError: 'throw' }), (e) => e instanceof CxError && e.code === 'VALIDATION_FAILED');
console.log('cxkit/node esm ok');
`,
  );
  writeFileSync(
    join(dir, 'node-cjs.cjs'),
    `const { readAll } = require('cxkit/node');
const { TransactionSchema } = require('cxkit');
const assert = require('node:assert/strict');
readAll('orders.csv', { schema: TransactionSchema }).then((r) => {
  assert.equal(r.stats.valid, 1);
  assert.equal(r.stats.invalid, 1);
  console.log('cxkit/node cjs ok');
});
`,
  );
  process.stdout.write(run('node', ['node-esm.mjs'], dir));
  process.stdout.write(run('node', ['node-cjs.cjs'], dir));
  const bin = join(dir, 'node_modules', '.bin', 'cxkit');
  const version = run(bin, ['--version'], dir).trim();
  if (version !== pkg.version) throw new Error(`cxkit --version printed ${version}, expected ${pkg.version}`);
  const demo = JSON.parse(run(bin, ['demo', '--customers', '200', '--format', 'json'], dir)) as { sections: Record<string, unknown> };
  if (!('overview' in demo.sections) || Object.keys(demo.sections).length < 2) throw new Error(`cxkit demo printed sections ${Object.keys(demo.sections).join(', ')}`);
  console.log(`installed bin ok: cxkit demo --customers 200 printed ${Object.keys(demo.sections).join(', ')}`);
  console.log(`smoke test passed: ${packed[0]!.filename} (version ${pkg.version}) imports from ESM and CJS, cxkit/node reads, the bin runs`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
