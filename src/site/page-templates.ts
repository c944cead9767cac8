import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PAGE_KINDS } from './page-kinds.js';

/** Each page kind's Handlebars source from `<templates>/pages/`, by kind id. */
export function readPageTemplates(templatesDir: string): Map<string, string> {
  return new Map(PAGE_KINDS.map((kind) => [kind.id, readFileSync(path.join(templatesDir, 'pages', kind.template), 'utf8')]));
}
