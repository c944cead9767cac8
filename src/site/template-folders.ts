import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { packagePath } from '../node/package-dir.js';

/**
 * Where a site's templates come from: the ones installed with digimat, each replaceable by a file
 * with the same relative path in the site's own folder (copy one file from the package's
 * templates/ into the site's templates/ and edit it; everything else keeps following the package).
 */
export interface TemplateFolders {
  /** The site's own templates folder; it may be missing or hold only a few files. */
  own: string;
  /** The templates shipped with the package. */
  bundled: string;
}

/** The template folders for a site whose own overrides live in `own` (resolved against the current directory). */
export function templateFolders(own = 'templates'): TemplateFolders {
  return { own: path.resolve(own), bundled: packagePath('templates') };
}

/** The file to use for a template path such as `pages/home.hbs`: the site's own, else the bundled one. */
export function templateFile(folders: TemplateFolders, rel: string): string {
  const own = path.join(folders.own, rel);
  return existsSync(own) ? own : path.join(folders.bundled, rel);
}

/** Every file under `sub` (e.g. `assets`) in either folder, as paths relative to the folder, sorted. */
export function templateFilesUnder(folders: TemplateFolders, sub: string): string[] {
  const found = new Set<string>();
  for (const root of [folders.bundled, folders.own]) {
    const dir = path.join(root, sub);
    if (!existsSync(dir)) continue;
    for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (e.isFile()) found.add(path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
    }
  }
  return [...found].sort();
}
