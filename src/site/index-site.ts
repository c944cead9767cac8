import { SiteBuildError } from './site-build-error.js';
import { createHandlebars } from './handlebars-helpers.js';
import { PAGE_KINDS } from './page-kinds.js';
import { readPageTemplates } from './page-templates.js';
import { startSearchIndex, type SearchIndex, type SearchRecord } from './search-index.js';
import type { BasicPage, SiteData } from './site-data.js';
import { templateFile, type TemplateFolders } from './template-folders.js';
import type { WrittenFiles } from './written-files.js';

/**
 * Starts the search index for a build and hands it every indexed page and questionnaire question
 * before Eleventy renders anything; the index is written while the pages render. Each page's body is
 * its own page template rendered with the page's data (`p`) and the same Handlebars helpers, so the
 * index holds what the page shows; the layout around it has no `data-pagefind-body` part.
 */
export function indexSite(site: SiteData, folders: TemplateFolders): SearchIndex {
  return indexBodies(searchBodies(site, folders), site);
}

/**
 * What the search index holds of each indexed page of `site`, by URL: the page kind's own template
 * rendered with the page's data, without the layout. Watch mode calls this for the changed pages only.
 */
export function searchBodies(site: SiteData, folders: TemplateFolders): Map<string, string> {
  const hbs = createHandlebars();
  const templates = readPageTemplates(folders);
  const bodies = new Map<string, string>();
  for (const kind of PAGE_KINDS) {
    if (!kind.indexed || kind.data === 'root') continue;
    const file = templateFile(folders, `pages/${kind.template}`);
    try {
      const render = hbs.compile(templates.get(kind.id) ?? '');
      for (const p of site[kind.data] as unknown as BasicPage[]) {
        bodies.set(p.url, `<!doctype html><html lang="${p.lang}"><body>${render({ p })}</body></html>`);
      }
    } catch (cause) {
      throw new SiteBuildError(`site build failed: ${templateProblem(file, cause)}`, { cause });
    }
  }
  return bodies;
}

/** Starts an index and hands it these page bodies and the site's question records. */
export function indexBodies(bodies: ReadonlyMap<string, string>, site: SiteData, written?: WrittenFiles): SearchIndex {
  const index = startSearchIndex(written);
  for (const [url, html] of bodies) index.addPage(url, html);
  for (const record of questionRecords(site)) index.addRecord(record);
  index.seal();
  return index;
}

/** One search record per question, pointing at the question on its page; Pagefind skips forms. */
export function questionRecords(site: SiteData): SearchRecord[] {
  const plain = (html: string) =>
    html
      .replace(/<[^>]+>/g, ' ')
      .replace(/&[a-z#0-9]+;/gi, ' ')
      .replace(/\s+/g, ' ')
      .trim();
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

/** A Handlebars error as `file:line:col: message` when it names a line (parse errors do), else `file: message`. */
function templateProblem(file: string, cause: unknown): string {
  const lines = String((cause as Error)?.message ?? cause).split('\n');
  const at = /^Parse error on line (\d+):$/.exec(lines[0] ?? '');
  return at ? `${file}:${at[1]}:1: ${lines.at(-1)}` : `${file}: ${lines[0]}`;
}
