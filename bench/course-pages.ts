// Generated course pages shared by the site benchmarks: the same Markdown for digimat (with its front
// matter) and for bare Eleventy (a title only), so both sides render the same text.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const paragraph = (i: number) =>
  `Page ${i} explains one part of serving customers online. A small business checks its listing, answers reviews, ` +
  `keeps delivery promises and follows up after the sale. Each step is measured and improved over time.`;

/** Page `i`'s Markdown; `front` is digimat's front matter (module, order, title, lang) or a bare title. */
export function coursePage(i: number, withFrontMatter: boolean, body = paragraph(i)): string {
  const lang = i % 2 === 0 ? 'es' : 'en';
  const front = withFrontMatter
    ? `---\nmodule: journey\norder: ${i + 10}\ntitle: Bench page ${i}\nlang: ${lang}\n---\n`
    : `---\ntitle: Bench page ${i}\n---\n`;
  return `${front}\n## Section one\n\n${body}\n\n## Section two\n\n${paragraph(i + 1)}\n`;
}

/** Where page `i` lives under `dir`: `<lang>/bench/page-<i>.md`. */
export function coursePagePath(dir: string, i: number): string {
  return path.join(dir, i % 2 === 0 ? 'es' : 'en', 'bench', `page-${i}.md`);
}

/** Writes `count` pages under `dir`. */
export function writeCoursePages(dir: string, count: number, withFrontMatter: boolean): void {
  for (let i = 0; i < count; i++) {
    const file = coursePagePath(dir, i);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, coursePage(i, withFrontMatter));
  }
}

/**
 * A bare Eleventy project over the same `count` pages in `dir`/src, with a one-line layout (so the
 * pages are whole HTML documents, which Pagefind and the dev server's live reload need). Its config
 * names no folders: callers pass input and output.
 */
export function writeBareProject(dir: string, count: number): void {
  writeCoursePages(path.join(dir, 'src'), count, false);
  mkdirSync(path.join(dir, 'src/_includes'), { recursive: true });
  writeFileSync(
    path.join(dir, 'src/_includes/base.liquid'),
    '<!doctype html><html><head><title>{{ title }}</title></head><body>{{ content }}</body></html>\n',
  );
  writeFileSync(path.join(dir, 'src/src.json'), '{ "layout": "base.liquid" }\n');
  writeFileSync(path.join(dir, 'eleventy.config.mjs'), 'export default function () { return { markdownTemplateEngine: false }; }\n');
}
