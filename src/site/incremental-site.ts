import { rm } from 'node:fs/promises';
import path from 'node:path';
import { PageFingerprints, PAGE_LISTS } from './changed-pages.js';
import { CoursePageCache } from './content-cache.js';
import { finishSite, type RenderedPage } from './finish-site.js';
import { indexBodies, searchBodies } from './index-site.js';
import { loadSite, type SiteSources } from './load-site.js';
import type { SearchIndex } from './search-index.js';
import type { SiteData } from './site-data.js';
import { writeSitePdfs } from './site-pdfs.js';
import type { TemplateFolders } from './template-folders.js';
import { WrittenFiles } from './written-files.js';

/** Page kinds whose data the site's PDFs (worksheets, published reports) are made from. */
const PDF_KINDS = new Set(['questionnaire', 'assessment', 'worksheets']);

/** One watch-mode build: the whole site, and the part of it Eleventy renders again. */
export interface IncrementalLoad {
  site: SiteData;
  render: SiteData;
}

/**
 * What `digimat serve` / `npm start` keep between rebuilds so that one saved file costs only what
 * depends on it: the pages whose data changed are rendered (the others keep their files), the search
 * index is made again from the pages' bodies kept in memory and only its changed files are written,
 * the service worker hashes only files written since, scripts are bundled once, PDFs are made again
 * only when questionnaires, assessments or worksheets changed. After the first build the search
 * index and service worker are finished in the background, so the live reload does not wait for them;
 * the next rebuild waits for them first.
 */
export class IncrementalSite {
  private readonly pages = new PageFingerprints();
  private readonly coursePages = new CoursePageCache();
  private readonly bodies = new Map<string, string>();
  private readonly written = new WrittenFiles();
  private bundled = false;
  private rendered = true;
  private background: Promise<void> = Promise.resolve();
  /** The index the background work is writing, until it is written; a newer save stops it. */
  private indexing: SearchIndex | undefined;
  private pending: { site: SiteData; kinds: Set<string>; removed: string[]; search: SearchIndex } | undefined;

  /**
   * A saved template needs nothing here: the plugin watches the site's templates folder with a
   * configuration reset, so Eleventy runs the plugin again and a new IncrementalSite renders every page.
   */
  constructor(
    private readonly sources: SiteSources,
    private readonly folders: TemplateFolders,
  ) {}

  /** Loads the content (throws DigimatError listing every problem) and starts the search index. */
  async load(): Promise<IncrementalLoad> {
    // A newer save makes the index still being made out of date: stop it rather than wait for it
    // (Pagefind over a whole course takes seconds of both cores); this build makes a new one.
    const running = this.indexing;
    this.indexing = undefined;
    await running?.cancel();
    await this.background;
    // A build that stopped between loading and writing (a template error) may have left pages unrendered.
    if (!this.rendered) this.pages.forget();
    await this.pending?.search.cancel();
    this.pending = undefined;
    const t0 = Date.now();
    const { data } = await loadSite(this.sources, this.coursePages.load).finally(() => this.coursePages.settle());
    const t1 = Date.now();
    const site = Object.freeze(data);
    const { render, removed, kinds } = this.pages.changes(site, new Set());
    for (const url of removed) this.bodies.delete(url);
    for (const [url, html] of searchBodies(render, this.folders)) this.bodies.set(url, html);
    this.pending = { site, kinds, removed, search: indexBodies(this.bodies, site, this.written) };
    this.rendered = false;
    if (process.env.DIGIMAT_TIMING === '1') {
      const pages = PAGE_LISTS.reduce((n, k) => n + (render[k] as unknown[]).length, 0);
      process.stderr.write(
        `timing: watch load ${t1 - t0} ms, changes and search bodies ${Date.now() - t1} ms; ${pages} page(s) to render (${[...kinds].join(', ') || 'none'})\n`,
      );
    }
    return { site, render: Object.freeze(render) };
  }

  /** After Eleventy wrote the changed pages: stale pages, PDFs, then search index and service worker. */
  async finish(outDir: string, pages: readonly RenderedPage[] = []): Promise<void> {
    const job = this.pending;
    if (!job) return;
    this.pending = undefined;
    this.rendered = true;
    await Promise.all(job.removed.map((url) => rm(path.join(outDir, url, 'index.html'), { force: true })));
    if (!this.bundled || [...job.kinds].some((k) => PDF_KINDS.has(k))) await writeSitePdfs(outDir, job.site);
    const first = !this.bundled;
    const t0 = Date.now();
    this.indexing = job.search;
    const done = finishSite(outDir, job.search, { bundle: first, pages, devServer: true }).then(
      () => {
        if (process.env.DIGIMAT_TIMING === '1')
          process.stderr.write(`timing: watch search index and service worker ${Date.now() - t0} ms\n`);
      },
      (error: Error) => {
        // An index stopped by a newer save is no failure.
        if (this.indexing === job.search) process.stderr.write(`digimat: ${error.message}\n`);
      },
    );
    done.finally(() => {
      if (this.indexing === job.search) this.indexing = undefined;
    });
    this.bundled = true;
    // The first build has nothing on disk yet: wait for all of it. Later, the page is what the author waits for.
    if (first) await done;
    else this.background = done;
  }
}

/** Every page list empty: what Eleventy renders while the content has errors (the last good files stay). */
export function nothingToRender(): Record<string, unknown> {
  return Object.fromEntries(PAGE_LISTS.map((k) => [k, []]));
}
