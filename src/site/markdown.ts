import MarkdownIt from 'markdown-it';
import anchor from 'markdown-it-anchor';

export type Markdown = InstanceType<typeof MarkdownIt>;

/** Slugs for heading anchors: accents folded so Spanish headings give readable, stable ids. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The one markdown-it instance for every piece of Markdown: raw HTML off, anchored headings. */
export function createMarkdown(): Markdown {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: true });
  md.use(anchor, { slugify, level: [2, 3], tabIndex: false });
  return md;
}

let shared: Markdown | undefined;
// Watch mode builds the site data again on every save; a course page whose Markdown did not change
// gets its HTML from here. Bounded: started again when full, so a long session does not grow.
const rendered = new Map<string, string>();
const MAX_REMEMBERED = 20_000;

/** Renders Markdown with the shared instance (block Markdown is remembered by its text). */
export function renderMarkdown(text: string, inline = false): string {
  shared ??= createMarkdown();
  if (inline) return shared.renderInline(text);
  let html = rendered.get(text);
  if (html === undefined) {
    if (rendered.size >= MAX_REMEMBERED) rendered.clear();
    html = shared.render(text);
    rendered.set(text, html);
  }
  return html;
}
