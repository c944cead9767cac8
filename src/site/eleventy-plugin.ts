import path from 'node:path';
import handlebarsPlugin from '@11ty/eleventy-plugin-handlebars';
import { contentSecurityPolicy } from './csp.js';
import { finishSite } from './finish-site.js';
import type { SearchIndex } from './search-index.js';
import { writeSitePdfs } from './site-pdfs.js';
import { createHandlebars } from './handlebars-helpers.js';
import { loadSiteOnce } from './load-site.js';
import { PAGE_KINDS } from './page-kinds.js';
import { readPageTemplates } from './page-templates.js';
import type { SiteData } from './site-data.js';
import { siteText } from './site-text.js';
import { BUNDLED_CATALOGUES, textCatalogue } from '../i18n/catalogues.js';
import { paths, relativeUrl } from './urls.js';
import type { Lang } from '../core/lang.js';
import { DigimatError } from '../core/errors.js';

export interface DigimatPluginOptions {
  content?: string;
  assessments?: string;
  templates?: string;
  includePrivate?: boolean;
}

type Data = Record<string, any>;

const NO_PAGES = Object.freeze(Object.fromEntries(PAGE_KINDS.filter((k) => k.data !== 'root').map((k) => [k.data, []])));

/**
 * The folders a build reads: the defaults, or what `digimat build` was told (passed through the
 * environment, since Eleventy loads .eleventy.js itself).
 */
export function siteFolders(): { content: string; assessments: string; templates: string } {
  return {
    content: process.env.DIGIMAT_CONTENT ?? 'content',
    assessments: process.env.DIGIMAT_ASSESSMENTS ?? 'assessments',
    templates: process.env.DIGIMAT_TEMPLATES ?? 'templates',
  };
}

/** Eleventy's `dir` settings for those folders: content is the input, templates hold layouts and partials. */
export function eleventyDirectories(): { input: string; includes: string; layouts: string } {
  const f = siteFolders();
  const rel = path.relative(f.content, f.templates) || '.';
  return { input: f.content, includes: rel, layouts: rel };
}

/** Eleventy plugin: validated content in, every page out, then scripts, search index and service worker. */
export default function digimatPlugin(eleventyConfig: any, options: DigimatPluginOptions = {}): void {
  const opts = { ...siteFolders(), ...options, includePrivate: options.includePrivate ?? process.env.DIGIMAT_INCLUDE_PRIVATE === '1' };
  eleventyConfig.addPlugin(handlebarsPlugin, { eleventyLibraryOverride: createHandlebars() });
  eleventyConfig.addPassthroughCopy({ [path.join(opts.templates, 'assets')]: 'assets' });
  for (const dir of [opts.content, opts.assessments, opts.templates]) eleventyConfig.addWatchTarget(`${dir}/`);

  const templates = readPageTemplates(opts.templates);
  let site: SiteData | undefined;
  let search: SearchIndex | undefined;
  let renderStart = 0;
  let failing = false;
  eleventyConfig.on('eleventy.before', async ({ runMode }: { runMode?: string }) => {
    if (process.env.DIGIMAT_TIMING === '1') process.stderr.write(`timing: eleventy ready at ${Math.round(performance.now())} ms since start\n`);
    // A watch-mode rebuild that failed left its index unwritten; this build starts a new one.
    await search?.cancel();
    search = undefined;
    try {
      ({ data: site, search } = await loadSiteOnce({ content: opts.content, assessments: opts.assessments, templates: opts.templates, includePrivate: opts.includePrivate }));
      if (failing) process.stderr.write('digimat: content fixed, site rebuilt\n');
      failing = false;
    } catch (error) {
      // `npm start` keeps running: say what is wrong, as `digimat validate` would, and go on serving the
      // last good site (Eleventy renders it again unchanged) until a save fixes the file.
      if (runMode === 'build' || runMode === undefined || !(error instanceof DigimatError)) throw error;
      const lines = error.message.split('\n');
      process.stderr.write(`${lines.join('\n')}\ndigimat: ${lines.length} problem(s); ${site ? 'still serving the last good site' : 'nothing to serve until they are fixed'}\n`);
      failing = true;
    }
    renderStart = Date.now();
  });
  // Before any good load (a watch session that starts with an error) every page list is empty.
  eleventyConfig.addGlobalData('digimat', () => site ?? NO_PAGES);
  eleventyConfig.addGlobalData('eleventyComputed', { chrome: (d: Data) => chrome(d) });

  for (const kind of PAGE_KINDS) {
    const body = templates.get(kind.id)!;
    const common = { layout: 'layouts/base.hbs', permalink: (d: Data) => `${d.p.url}index.html`, kind: kind.id, scripts: kind.scripts, csp: contentSecurityPolicy(kind.csp) };
    if (kind.data === 'root') {
      // The root's language is the site's first; its page data is the language list (digimat.langs).
      eleventyConfig.addTemplate(`digimat-${kind.id}.hbs`, body, { ...common, p: { url: '/', title: 'digimat' } });
      continue;
    }
    eleventyConfig.addTemplate(`digimat-${kind.id}.hbs`, body, {
      ...common,
      pagination: { data: `digimat.${kind.data}`, size: 1, alias: 'p', addAllPagesToCollections: false },
    });
  }

  eleventyConfig.on('eleventy.after', async ({ directories }: { directories: { output: string } }) => {
    if (process.env.DIGIMAT_TIMING === '1') process.stderr.write(`timing: eleventy pages ${Date.now() - renderStart} ms\n`);
    if (!site || !search) return;
    const index = search;
    search = undefined;
    await writeSitePdfs(directories.output, site);
    await finishSite(directories.output, index);
  });
}

/** What the layout around every page needs: language, title, links to home, course, search and the other language. */
function chrome(d: Data) {
  const url: string = typeof d.page?.url === 'string' ? d.page.url : '/';
  const langs: { lang: Lang; name: string }[] = d.digimat?.langs ?? [];
  const lang: Lang = d.p?.lang ?? (typeof d.lang === 'string' && langs.some((l) => l.lang === d.lang) ? d.lang : (langs[0]?.lang ?? 'es'));
  const rel = (to: string) => relativeUrl(url, to);
  return {
    lang,
    title: d.p?.title ?? d.title ?? 'digimat',
    text: siteText(lang),
    csp: d.csp ?? contentSecurityPolicy('default'),
    home: rel(paths.home(lang)),
    course: rel(paths.courseIndex(lang)),
    search: rel(paths.search(lang)),
    worksheets: rel(paths.worksheets(lang)),
    // The switch lists the site's other languages; pages from content give theirs, others link to homes.
    textsJson: pageTexts(lang, (d.scripts ?? []).length > 0),
    languages: d.p?.languages ?? langs.filter((l) => l.lang !== lang).map((l) => ({ lang: l.lang, name: l.name, url: rel(paths.home(l.lang)) })),
  };
}

/**
 * The catalogue a page's scripts need when the browser bundles do not hold it (a language without
 * bundled texts, or texts the site overrides), as JSON for a script element; pages without scripts
 * carry none.
 */
function pageTexts(lang: Lang, hasScripts: boolean): string | undefined {
  const catalogue = textCatalogue(lang);
  if (!hasScripts || catalogue === BUNDLED_CATALOGUES[lang]) return undefined;
  return JSON.stringify(catalogue).replace(/</g, '\\u003c');
}
