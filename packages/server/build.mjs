// Bundles the server (and the workspace packages it imports, which ship TypeScript source) into
// dist/main.js, and the ECG ingest worker thread into dist/ingest-worker.js (loaded by main.js from
// its own folder). Third-party dependencies stay external and load from node_modules.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies ?? {}).filter((name) => !name.startsWith('@gesang/'));

await build({
  entryPoints: {
    main: 'src/main.ts',
    'ingest-worker': 'src/ecg/ingest/ingest-worker.ts',
    'report-worker': 'src/reports/report-worker.ts',
    'quality-report-worker': 'src/centre-metrics/quality-report-worker.ts',
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external: [...external, ...external.map((name) => `${name}/*`)],
  logLevel: 'warning',
});
