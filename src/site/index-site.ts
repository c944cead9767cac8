import { createHandlebars } from './handlebars-helpers.js';
import { PAGE_KINDS } from './page-kinds.js';
import { readPageTemplates } from './page-templates.js';
import { startSearchIndex, type SearchIndex, type SearchRecord } from './search-index.js';
import type { BasicPage, SiteData } from './site-data.js';

/**
 * Starts the search index for a build and hands it every indexed page and questionnaire question
 * before Eleventy renders anything; the index is written while the pages render. Each page's body is its own page template rendered with the same
 * Handlebars helpers, so the index holds what the page shows (the layout around it carries nothing
 * Pagefind indexes).
 */
export function indexSite(site: SiteData, templatesDir: string): SearchIndex {
  const index = startSearchIndex();
  const hbs = createHandlebars();
  const templates = readPageTemplates(templatesDir);
  for (const kind of PAGE_KINDS) {
    if (!kind.indexed || kind.data === 'root') continue;
    const render = hbs.compile(templates.get(kind.id) ?? '');
    for (const p of site[kind.data] as unknown as BasicPage[]) {
      index.addPage(p.url, `<!doctype html><html lang="${p.lang}"><body>${render({ p })}</body></html>`);
    }
  }
  for (const record of questionRecords(site)) index.addRecord(record);
  index.seal();
  return index;
}

/** One search record per question, pointing at the question on its page; Pagefind skips forms. */
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
