/**
 * Runs every benchmark in bench/ (each file `*.bench.ts` is a standalone script), passing the arguments on.
 * Run: npm run bench -- --n=1000000
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
for (const f of readdirSync(dir).filter((x) => x.endsWith('.bench.ts')).sort()) {
  console.log(`\n=== ${f}`);
  execFileSync(process.execPath, ['--import', 'tsx', join(dir, f), ...process.argv.slice(2)], { stdio: 'inherit' });
}
