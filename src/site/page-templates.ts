import { readFileSync } from 'node:fs';
import { PAGE_KINDS } from './page-kinds.js';
import { templateFile, type TemplateFolders } from './template-folders.js';

/** Each page kind's Handlebars source from `pages/` (the site's own file, else the bundled one), by kind id. */
export function readPageTemplates(folders: TemplateFolders): Map<string, string> {
  return new Map(PAGE_KINDS.map((kind) => [kind.id, readFileSync(templateFile(folders, `pages/${kind.template}`), 'utf8')]));
}
