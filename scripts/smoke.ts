/**
 * Package smoke test: packs the package, installs the tarball into a fresh temporary project (with its zod peer),
 * then imports it from ESM and requires it from CJS and checks a value from each. It also bundles the main entry
 * for the browser (esbuild, platform 'browser'), which fails if anything under it imports a `node:` module.
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
  console.log(`smoke test passed: ${packed[0]!.filename} (version ${pkg.version}) imports from ESM and CJS`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
