import { defineConfig } from 'tsup';

// One output module per source module (every file under src/ is an entry), so that bundlers can drop what an
// application does not import: importing `nps` must not pull zod in through a schema in another file.
export default defineConfig({
  entry: ['src/**/*.ts'],
  format: ['esm', 'cjs'],
  target: 'es2022',
  platform: 'neutral',
  splitting: true,
  treeshake: false,
  sourcemap: false,
  clean: true,
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  outDir: 'dist',
  external: ['zod', 'date-fns', '@date-fns/tz', 'decimal.js'],
  // Keep zh-CN labels as UTF-8 instead of \uXXXX escapes (half the bytes for the bilingual content).
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
});
