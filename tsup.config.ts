import { rmSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

const external = ['zod', 'date-fns', '@date-fns/tz', 'decimal.js', 'papaparse'];
const dts = { compilerOptions: { ignoreDeprecations: '6.0' } };

/**
 * Keeps the Node-only builds from copying the library: a relative import that leaves the build's own folders
 * (`../core/errors.js` from `src/node/read.ts`) stays an import of the main build's module for that file
 * (`dist/core/errors.js` or `.cjs`), so `cxkit/node` and `cxkit` share one `CxError` class and one copy of the code.
 */
function shareLibrary(own: string[], base: string): NonNullable<Options['esbuildPlugins']>[number] {
  return {
    name: 'share-library',
    setup(build) {
      const ext = build.initialOptions.format === 'cjs' ? '.cjs' : '.js';
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const target = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
        if (own.some((dir) => target.startsWith(resolve(dir) + '/'))) return undefined;
        const rel = relative(resolve(base), target).replace(/\.ts$/, ext);
        return { path: rel.startsWith('.') ? rel : `./${rel}`, external: true };
      });
    },
  };
}

// One output module per source module (every file under src/ is an entry), so that bundlers can drop what an
// application does not import: importing `nps` must not pull zod in through a schema in another file.
// The main entry is built platform-neutral; `cxkit/node` (src/node) and the `cxkit` bin (src/cli) for Node.
export default defineConfig((): Options[] => {
  // Clean once here: the three builds run in parallel, and tsup's per-build clean would race.
  rmSync('dist', { recursive: true, force: true });
  return [
    {
      entry: ['src/**/*.ts', '!src/node/**', '!src/cli/**'],
      format: ['esm', 'cjs'],
      target: 'es2022',
      platform: 'neutral',
      splitting: true,
      treeshake: false,
      sourcemap: false,
      clean: false,
      dts,
      outDir: 'dist',
      external,
    },
    {
      entry: { 'node/index': 'src/node/index.ts' },
      format: ['esm', 'cjs'],
      target: 'node20',
      platform: 'node',
      splitting: false,
      sourcemap: false,
      clean: false,
      dts,
      outDir: 'dist',
      external,
      esbuildPlugins: [shareLibrary(['src/node'], dirname('src/node/index.ts'))],
    },
    {
      entry: { 'cli/main': 'src/cli/main.ts' },
      format: ['esm'],
      target: 'node20',
      platform: 'node',
      splitting: false,
      sourcemap: false,
      clean: false,
      dts: false,
      outDir: 'dist',
      external,
      esbuildPlugins: [shareLibrary(['src/cli', 'src/node'], dirname('src/cli/main.ts'))],
    },
  ];
});
