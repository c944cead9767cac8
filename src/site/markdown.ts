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

/** Renders Markdown with the shared instance. */
export function renderMarkdown(text: string, inline = false): string {
  shared ??= createMarkdown();
  return inline ? shared.renderInline(text) : shared.render(text);
}
