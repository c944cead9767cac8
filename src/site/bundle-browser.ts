import { build, type BuildOptions } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { BROWSER_ENTRIES, ROOM_ENTRY } from './browser-bundles.js';

/**
 * How every page script is bundled, the site's and the room's: classic scripts (module scripts do
 * not load from file://, and the pages must work from a USB stick), minified, for current browsers.
 */
export const CLASSIC_SCRIPT_OPTIONS = {
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  platform: 'browser',
  legalComments: 'none',
  logLevel: 'error',
} as const satisfies BuildOptions;

/**
 * Bundles the browser scripts from the TypeScript sources in `srcDir` (the same core the CLI runs)
 * into `outDir`/js, and copies the QR reader's WebAssembly into `outDir`/wasm. Run when the package
 * is compiled (scripts/bundle-browser.ts), never while a site builds: the installed package ships
 * the bundles in dist/assets and neither the sources nor esbuild.
 */
export async function bundleBrowser(srcDir: string, outDir: string): Promise<void> {
  const wasm = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
  await mkdir(path.join(outDir, 'wasm'), { recursive: true });
  await copyFile(wasm, path.join(outDir, 'wasm', 'zxing_reader.wasm'));
  await Promise.all([
    build({
      entryPoints: BROWSER_ENTRIES.map((e) => ({ in: path.join(srcDir, `${e}-page.ts`), out: e })),
      outdir: path.join(outDir, 'js'),
      ...CLASSIC_SCRIPT_OPTIONS,
      // pdfkit's browser build resolves an ICC profile (used only for PDF/A) against import.meta.url at
      // load time; classic scripts have none, so point it at the page instead of letting it throw.
      define: { 'process.env.NODE_ENV': '"production"', 'import.meta.url': 'document.baseURI' },
      loader: { '.woff': 'binary' },
    }),
    // The room serves its page script itself, beside the built site rather than inside it.
    build({
      entryPoints: [{ in: path.join(srcDir, `${ROOM_ENTRY}-page.ts`), out: ROOM_ENTRY }],
      outdir: path.join(outDir, 'room'),
      ...CLASSIC_SCRIPT_OPTIONS,
    }),
  ]);
}
