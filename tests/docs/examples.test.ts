/// <reference types="vite/client" />
/**
 * Runs every `@example` in src/ (extracted by scripts/extract-examples.ts, which `npm run examples` and
 * `npm test` call first) and checks each `//=>` value.
 */
import { describe, expect, it } from 'vitest';

const modules = import.meta.glob<{ file: string; examples: [string, () => Promise<void>][] }>('../../.tmp/examples/*.examples.ts', { eager: true });

describe('@example blocks', () => {
  it('were extracted', () => {
    expect(Object.keys(modules).length).toBeGreaterThan(0);
  });
  for (const mod of Object.values(modules)) {
    describe(mod.file, () => {
      for (const [name, run] of mod.examples) it(name, run);
    });
  }
});
