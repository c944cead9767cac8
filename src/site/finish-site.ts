import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copyBrowserBundles } from './browser-bundles.js';
import type { SearchIndex } from './search-index.js';
import { serviceWorkerSource } from './service-worker.js';

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((f) => f !== 'sw.js')
    .sort();
}

/**
 * After Eleventy wrote the pages: copy the page scripts while the search index (filled from the start of
 * the build) is written, then write the manifest and the service worker (which hashes everything,
 * so it comes last).
 */
export async function finishSite(outDir: string, search: SearchIndex): Promise<{ files: number; cache: string }> {
  const t0 = Date.now();
  const times = { bundles: 0, search: 0 };
  await Promise.all([
    copyBrowserBundles(path.join(outDir, 'assets')).then(() => (times.bundles = Date.now() - t0)),
    search.write(path.join(outDir, 'pagefind')).then(() => (times.search = Date.now() - t0)),
  ]);
  const t2 = Date.now();
  await writeFile(path.join(outDir, 'manifest.webmanifest'), JSON.stringify(manifest(), null, 2));
  const files = await listFiles(outDir);
  // Names and contents of every file, in order. Blocking reads: for thousands of small files one
  // synchronous read each is several times faster than a promise each, and nothing else is running.
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${f}\0`).update(readFileSync(path.join(outDir, f))).update('\0');
  const cache = `digimat-${hash.digest('hex').slice(0, 16)}`;
  // Directory URLs are what visitors navigate to; cache them under that name too.
  const urls = files.flatMap((f) => (f === 'index.html' ? ['./', f] : f.endsWith('/index.html') ? [f.slice(0, -'index.html'.length), f] : [f]));
  await writeFile(path.join(outDir, 'sw.js'), serviceWorkerSource(cache, urls));
  // DIGIMAT_TIMING=1 prints where a build's time goes after the pages are written (for bench/).
  if (process.env.DIGIMAT_TIMING === '1') process.stderr.write(`timing: bundles ${times.bundles} ms, search index ${times.search} ms (in parallel), service worker ${Date.now() - t2} ms\n`);
  return { files: files.length, cache };
}

function manifest() {
  return {
    name: 'digimat',
    short_name: 'digimat',
    description: 'Digital service maturity assessment for small businesses',
    start_url: './es/',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1d4f73',
    icons: [{ src: 'assets/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
}
