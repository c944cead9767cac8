import { existsSync } from 'node:fs';
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

/**
 * The JSON Schema an editor should check a new file against: the working folder's own `schema/` when
 * it has one (a digimat checkout), else the package installed in its `node_modules/`, else the
 * running package (run through npx, say).
 */
export function schemaFile(name: string, cwd = process.cwd()): string {
  const candidates = [path.join(cwd, 'schema', name), path.join(cwd, 'node_modules', 'digimat', 'schema', name)];
  return candidates.find((file) => existsSync(file)) ?? packagePath('schema', name);
}
