import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder digimat is installed in (holding package.json, templates/, content/, schema/ and dist/).
 * This file sits two levels down, in dist/node when compiled and in src/node under tsx, so the
 * bundled files are found wherever the package lives, never from the current directory.
 */
export const PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A path inside the installed package, e.g. packagePath('templates', 'pages', 'home.hbs'). */
export function packagePath(...parts: string[]): string {
  return path.join(PACKAGE_DIR, ...parts);
}
