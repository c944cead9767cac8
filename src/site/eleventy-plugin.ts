import { readFileSync } from 'node:fs';
import path from 'node:path';
import handlebarsPlugin from '@11ty/eleventy-plugin-handlebars';
import Handlebars from 'handlebars';
import { contentSecurityPolicy } from './csp.js';
import { finishSite, type RenderedPage } from './finish-site.js';
import { writeSitePdfs } from './site-pdfs.js';
import { HELPERS } from './handlebars-helpers.js';
import { loadSiteOnce } from './load-site.js';
import { createMarkdown } from './markdown.js';
import { PAGE_KINDS } from './page-kinds.js';
import type { SiteData } from './site-data.js';
import { SITE_TEXT } from './site-text.js';
import { paths, relativeUrl } from './urls.js';
import type { Lang } from '../core/lang.js';

export interface DigimatPluginOptions {
  content?: string;
  assessments?: string;
  templates?: string;
  includePrivate?: boolean;
}

type Data = Record<string, any>;

/** A course page's path under content/course/: language folder, then the page's slug. */
const COURSE_PAGE = /^(es|en)\/(.+)\.md$/;

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
  const hbs = Handlebars.create();
  for (const [name, fn] of Object.entries(HELPERS)) hbs.registerHelper(name, fn);
  eleventyConfig.addPlugin(handlebarsPlugin, { eleventyLibraryOverride: hbs });
  eleventyConfig.setLibrary('md', createMarkdown());
  eleventyConfig.setTemplateFormats(['md', 'hbs']);
  eleventyConfig.addPassthroughCopy({ [path.join(opts.templates, 'assets')]: 'assets' });
  for (const dir of [opts.content, opts.assessments, opts.templates]) eleventyConfig.addWatchTarget(`${dir}/`);

  let site: SiteData | undefined;
  let renderStart = 0;
  eleventyConfig.on('eleventy.before', async () => {
    if (process.env.DIGIMAT_TIMING === '1') process.stderr.write(`timing: eleventy ready at ${Math.round(performance.now())} ms since start\n`);
    const loaded = await loadSiteOnce({ content: opts.content, assessments: opts.assessments, includePrivate: opts.includePrivate });
    // Frozen, so Eleventy's data cascade shares it instead of deep-copying it into every page
    // (a copy per page made a 4,000-page course quadratic in memory).
    site = Object.freeze(loaded.data);
    renderStart = Date.now();
  });
  eleventyConfig.addGlobalData('digimat', () => site);
  eleventyConfig.addGlobalData('layout', 'layouts/course.hbs');
  eleventyConfig.addGlobalData('eleventyComputed', {
    permalink: (d: Data) => {
      if (d.p) return `${d.p.url}index.html`;
      const rel = path.relative(path.resolve(opts.content, 'course'), path.resolve(String(d.page?.inputPath ?? ''))).split(path.sep).join('/');
      const m = COURSE_PAGE.exec(rel);
      return m ? `/${m[1]}/course/${m[2]}/index.html` : false;
    },
    nav: (d: Data) => d.digimat?.coursePages?.[d.page?.url],
    chrome: (d: Data) => chrome(d),
  });

  for (const kind of PAGE_KINDS) {
    const body = readFileSync(path.join(opts.templates, 'pages', kind.template), 'utf8');
    const common = { layout: 'layouts/base.hbs', kind: kind.id, scripts: kind.scripts, csp: contentSecurityPolicy(kind.csp) };
    if (kind.data === 'root') {
      const t = SITE_TEXT.es;
      eleventyConfig.addTemplate(`digimat-${kind.id}.hbs`, body, { ...common, p: { url: '/', lang: 'es', title: 'digimat', text: t, alternate: 'en/', otherLang: 'en' } });
      continue;
    }
    eleventyConfig.addTemplate(`digimat-${kind.id}.hbs`, body, {
      ...common,
      pagination: { data: `digimat.${kind.data}`, size: 1, alias: 'p', addAllPagesToCollections: false },
    });
  }

  eleventyConfig.on('eleventy.after', async ({ directories, results }: { directories: { output: string }; results?: RenderedPage[] }) => {
    if (process.env.DIGIMAT_TIMING === '1') process.stderr.write(`timing: eleventy pages ${Date.now() - renderStart} ms\n`);
    if (site) await writeSitePdfs(directories.output, site);
    await finishSite(directories.output, site, results);
  });
}

/** What the layout around every page needs: language, title, links to home, course, search and the other language. */
function chrome(d: Data) {
  const url: string = typeof d.page?.url === 'string' ? d.page.url : '/';
  const lang: Lang = d.p?.lang ?? (d.lang === 'en' ? 'en' : 'es');
  const rel = (to: string) => relativeUrl(url, to);
  const nav = d.digimat?.coursePages?.[url];
  return {
    lang,
    title: d.p?.title ?? d.title ?? 'digimat',
    text: SITE_TEXT[lang],
    csp: d.csp ?? contentSecurityPolicy('default'),
    home: rel(paths.home(lang)),
    course: rel(paths.courseIndex(lang)),
    search: rel(paths.search(lang)),
    worksheets: rel(paths.worksheets(lang)),
    alternate: d.p?.alternate ?? nav?.alternate ?? rel(paths.home(lang === 'es' ? 'en' : 'es')),
    otherLang: lang === 'es' ? 'en' : 'es',
  };
}
