import { readFileSync } from 'node:fs';
import path from 'node:path';
import handlebarsPlugin from '@11ty/eleventy-plugin-handlebars';
import { contentSecurityPolicy } from './csp.js';
import { finishSite, type RenderedPage } from './finish-site.js';
import { IncrementalSite, nothingToRender } from './incremental-site.js';
import type { SearchIndex } from './search-index.js';
import { writeSitePdfs } from './site-pdfs.js';
import { createHandlebars } from './handlebars-helpers.js';
import { loadSite, startSite, type LoadedSite, type SiteSources, type StartedSite } from './load-site.js';
import { PAGE_KINDS } from './page-kinds.js';
import { readPageTemplates } from './page-templates.js';
import type { SiteData } from './site-data.js';
import { siteText } from './site-text.js';
import { BUNDLED_CATALOGUES, textCatalogue } from '../i18n/catalogues.js';
import { templateFile, templateFilesUnder, templateFolders } from './template-folders.js';
import { paths, relativeUrl } from './urls.js';
import type { Lang } from '../core/lang.js';
import { DigimatError } from '../core/errors.js';

export interface DigimatPluginOptions {
  /** Content folder (questionnaires, actions, course); default `content`. */
  content?: string;
  /** Assessments folder; default `assessments`. */
  assessments?: string;
  /** The site's own templates, each replacing the bundled file of the same path; default `templates`. */
  templates?: string;
  /** Also publish assessments without `publish: true`. */
  includePrivate?: boolean;
  /**
   * A site already loaded and validated (by `digimat build`), used for the first build instead of a
   * second load; when its search index is already started, that index is used too.
   */
  loaded?: LoadedSite | StartedSite;
}

type Data = Record<string, any>;

const NO_PAGES = Object.freeze(Object.fromEntries(PAGE_KINDS.filter((k) => k.data !== 'root').map((k) => [k.data, []])));

/** The layout every page uses; a virtual template, so it may come from the package or the site's own folder. */
const LAYOUT = 'digimat/base.hbs';

/**
 * Eleventy plugin: validated content in, every page out, then scripts, search index and service worker.
 * Every setting arrives as `options` (`eleventyConfig.addPlugin(digimat, { content, assessments })`);
 * relative folders are taken from the current directory.
 */
export default function digimatPlugin(eleventyConfig: any, options: DigimatPluginOptions = {}): void {
  const sources: SiteSources = {
    content: path.resolve(options.content ?? 'content'),
    assessments: path.resolve(options.assessments ?? 'assessments'),
    includePrivate: options.includePrivate ?? false,
  };
  const folders = templateFolders(options.templates);
  const hbs = createHandlebars();
  for (const file of templateFilesUnder(folders, 'partials'))
    hbs.registerPartial(file.replace(/\.hbs$/, ''), readFileSync(templateFile(folders, file), 'utf8'));
  eleventyConfig.addPlugin(handlebarsPlugin, { eleventyLibraryOverride: hbs });
  eleventyConfig.addPassthroughCopy(
    Object.fromEntries(templateFilesUnder(folders, 'assets').map((file) => [templateFile(folders, file), file])),
  );
  for (const dir of [sources.content, sources.assessments]) eleventyConfig.addWatchTarget(`${dir}/`);
  // The plugin makes every page from these folders; in a site whose input folder holds them (an
  // existing Eleventy site with input `.`), Eleventy must not render the course Markdown a second time.
  for (const dir of [sources.content, sources.assessments, folders.own]) {
    const rel = path.relative(process.cwd(), dir);
    if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) eleventyConfig.ignores.add(`${rel.split(path.sep).join('/')}/**`);
  }
  // A changed template is read again by running this plugin again.
  eleventyConfig.addWatchTarget(`${folders.own}/`, { resetConfig: true });

  const templates = readPageTemplates(folders);
  // Layouts are looked up under Eleventy's layouts (or includes) folder, relative to its input folder.
  const dirs = eleventyConfig.directories ?? {};
  const layoutsDir = path.relative(path.resolve(dirs.input ?? '.'), path.resolve(dirs.layouts ?? dirs.includes ?? '_includes'));
  eleventyConfig.addTemplate(
    path.join(layoutsDir, LAYOUT).split(path.sep).join('/'),
    readFileSync(templateFile(folders, 'layouts/base.hbs'), 'utf8'),
    {},
  );
  let preloaded = options.loaded;
  let site: SiteData | undefined;
  let search: SearchIndex | undefined;
  let renderStart = 0;
  let failing = false;
  // Watch mode (`digimat serve`, `npm start`): rebuilds render only the pages whose data changed.
  let incremental: IncrementalSite | undefined;
  let render: SiteData | Record<string, unknown> | undefined;
  eleventyConfig.on('eleventy.before', async ({ runMode }: { runMode?: string }) => {
    if (runMode === 'serve' || runMode === 'watch') {
      incremental ??= new IncrementalSite(sources, folders);
      try {
        ({ site, render } = await incremental.load());
        if (failing) process.stderr.write('digimat: content fixed, site rebuilt\n');
        failing = false;
      } catch (error) {
        if (!(error instanceof DigimatError)) throw error;
        reportFailure(error, site !== undefined);
        render = nothingToRender();
        failing = true;
      }
      renderStart = Date.now();
      return;
    }
    if (process.env.DIGIMAT_TIMING === '1')
      process.stderr.write(`timing: eleventy ready at ${Math.round(performance.now())} ms since start\n`);
    // A watch-mode rebuild that failed left its index unwritten; this build starts a new one.
    await search?.cancel();
    search = undefined;
    try {
      // The first build takes the site `digimat build` already validated; watch-mode rebuilds load again.
      const loaded = preloaded ?? (await loadSite(sources));
      preloaded = undefined;
      ({ data: site, search } = isStarted(loaded) ? loaded : startSite(loaded, folders));
      if (failing) process.stderr.write('digimat: content fixed, site rebuilt\n');
      failing = false;
    } catch (error) {
      // `npm start` keeps running: say what is wrong, as `digimat validate` would, and go on serving the
      // last good site (Eleventy renders it again unchanged) until a save fixes the file.
      if (runMode === 'build' || runMode === undefined || !(error instanceof DigimatError)) throw error;
      reportFailure(error, site !== undefined);
      failing = true;
    }
    renderStart = Date.now();
  });
  // Before any good load (a watch session that starts with an error) every page list is empty.
  eleventyConfig.addGlobalData('digimat', () => render ?? site ?? NO_PAGES);
  eleventyConfig.addGlobalData('eleventyComputed', { chrome: (d: Data) => chrome(d) });

  for (const kind of PAGE_KINDS) {
    const body = templates.get(kind.id)!;
    const common = {
      layout: LAYOUT,
      permalink: (d: Data) => `${d.p.url}index.html`,
      kind: kind.id,
      scripts: kind.scripts,
      csp: contentSecurityPolicy(kind.csp),
    };
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

  eleventyConfig.on('eleventy.after', async ({ directories, results }: { directories: { output: string }; results?: RenderedPage[] }) => {
    if (process.env.DIGIMAT_TIMING === '1') process.stderr.write(`timing: eleventy pages ${Date.now() - renderStart} ms\n`);
    if (incremental) return incremental.finish(directories.output, results);
    if (!site || !search) return;
    const index = search;
    search = undefined;
    await writeSitePdfs(directories.output, site);
    await finishSite(directories.output, index, { pages: results });
  });
}

/** A watch-mode load that failed: say what is wrong, as `digimat validate` would; the last good files stay served. */
function reportFailure(error: Error, hadSite: boolean): void {
  const lines = error.message.split('\n');
  process.stderr.write(
    `${lines.join('\n')}\ndigimat: ${lines.length} problem(s); ${hadSite ? 'still serving the last good site' : 'nothing to serve until they are fixed'}\n`,
  );
}

function isStarted(site: LoadedSite | StartedSite): site is StartedSite {
  return 'search' in site;
}

/** What the layout around every page needs: language, title, links to home, course, search and the other language. */
function chrome(d: Data) {
  const url: string = typeof d.page?.url === 'string' ? d.page.url : '/';
  const langs: { lang: Lang; name: string }[] = d.digimat?.langs ?? [];
  const lang: Lang = d.p?.lang ?? (typeof d.lang === 'string' && langs.some((l) => l.lang === d.lang) ? d.lang : (langs[0]?.lang ?? 'es'));
  const rel = (to: string) => relativeUrl(url, to);
  const title: string = d.p?.title ?? d.title ?? 'digimat';
  return {
    lang,
    title,
    // The browser tab: the page's title, then the site's name, which the home and root pages already are.
    documentTitle: title === 'digimat' ? title : `${title} · digimat`,
    text: siteText(lang),
    csp: d.csp ?? contentSecurityPolicy('default'),
    home: rel(paths.home(lang)),
    course: rel(paths.courseIndex(lang)),
    search: rel(paths.search(lang)),
    worksheets: rel(paths.worksheets(lang)),
    // The switch lists the site's other languages; pages from content give theirs, others link to homes.
    textsJson: pageTexts(lang, (d.scripts ?? []).length > 0),
    languages:
      d.p?.languages ?? langs.filter((l) => l.lang !== lang).map((l) => ({ lang: l.lang, name: l.name, url: rel(paths.home(l.lang)) })),
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
