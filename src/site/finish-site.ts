import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { DigimatError } from '../core/errors.js';
import { bundleBrowser } from './bundle-browser.js';
import { serviceWorkerSource } from './service-worker.js';
import type { SiteData } from './site-data.js';

/** Search index failures, reported as one line like every other build error. */
export class SearchIndexError extends DigimatError {}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((f) => f !== 'sw.js')
    .sort();
}

/** A rendered page as Eleventy reports it after a build. */
export interface RenderedPage {
  url: string | false;
  content: string;
  outputPath: string | false;
}

/**
 * After Eleventy wrote the pages: bundle scripts and index for search side by side, then write the
 * manifest and the service worker (which hashes everything, so it comes last). Pages Eleventy just
 * rendered are indexed from memory instead of being read back from disk.
 */
export async function finishSite(outDir: string, site?: SiteData, rendered?: RenderedPage[]): Promise<{ files: number; cache: string }> {
  const t0 = Date.now();
  const times = { bundles: 0, search: 0 };
  await Promise.all([
    bundleBrowser(path.join(outDir, 'assets/js')).then(() => (times.bundles = Date.now() - t0)),
    indexForSearch(outDir, site ? questionRecords(site) : [], rendered).then(() => (times.search = Date.now() - t0)),
  ]);
  const t2 = Date.now();
  await writeFile(path.join(outDir, 'manifest.webmanifest'), JSON.stringify(manifest(), null, 2));
  const files = await listFiles(outDir);
  // Hash each file on its own (reads in parallel batches), then hash the list of names and digests.
  const digests: string[] = [];
  for (let i = 0; i < files.length; i += 64) {
    const batch = files.slice(i, i + 64);
    const contents = await Promise.all(batch.map((f) => readFile(path.join(outDir, f))));
    contents.forEach((c, j) => digests.push(`${batch[j]}\0${createHash('sha256').update(c).digest('hex')}`));
  }
  const hash = createHash('sha256').update(digests.join('\n'));
  const cache = `digimat-${hash.digest('hex').slice(0, 16)}`;
  // Directory URLs are what visitors navigate to; cache them under that name too.
  const urls = files.flatMap((f) => (f === 'index.html' ? ['./', f] : f.endsWith('/index.html') ? [f.slice(0, -'index.html'.length), f] : [f]));
  await writeFile(path.join(outDir, 'sw.js'), serviceWorkerSource(cache, urls));
  // DIGIMAT_TIMING=1 prints where a build's time goes after the pages are written (for bench/).
  if (process.env.DIGIMAT_TIMING === '1') process.stderr.write(`timing: bundles ${times.bundles} ms, search index ${times.search} ms (in parallel), service worker ${Date.now() - t2} ms\n`);
  return { files: files.length, cache };
}

/** One search record per question with help text, pointing at the question on its page. */
export function questionRecords(site: SiteData): SearchRecord[] {
  const plain = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ').replace(/\s+/g, ' ').trim();
  return site.questionnaires.flatMap((q) =>
    q.stages.flatMap((stage) =>
      stage.questions.map((question) => ({
        url: `${q.url}#q-${question.id}`,
        content: `${question.prompt} ${plain(question.helpHtml)} ${question.options.map((o) => o.label).join('. ')}`,
        language: q.lang,
        meta: { title: `${question.prompt} — ${q.title}` },
      })),
    ),
  );
}

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
}

async function indexForSearch(outDir: string, records: SearchRecord[], rendered?: RenderedPage[]): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ rootSelector: 'html' });
  if (!index || errors.length) throw new SearchIndexError(`search index: ${errors.join('; ')}`);
  try {
    const pages = rendered?.filter((p): p is RenderedPage & { url: string } => typeof p.url === 'string' && p.content.includes('data-pagefind-body'));
    const added = pages
      ? { errors: (await Promise.all(pages.map((p) => index.addHTMLFile({ url: p.url, content: p.content })))).flatMap((r) => r.errors) }
      : await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new SearchIndexError(`search index: ${added.errors.join('; ')}`);
    // Pagefind leaves forms out of pages it indexes, so questionnaire help is added record by record.
    const custom = await Promise.all(records.map((record) => index.addCustomRecord(record)));
    const customErrors = custom.flatMap((r) => r.errors);
    if (customErrors.length) throw new SearchIndexError(`search index: ${customErrors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length) throw new SearchIndexError(`search index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
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
