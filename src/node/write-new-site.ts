import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { WriteRefusedError } from '../core/errors.js';
import type { Lang } from '../core/lang.js';
import { packagePath } from './package-dir.js';

export interface NewSiteOptions {
  /** The folder to create (or an existing one holding nothing but dotfiles). */
  folder: string;
  lang: Lang;
  /** Start from the bundled questionnaire, actions and course instead of a one-question skeleton. */
  example: boolean;
}

/** Files and folders a new site starts with, as paths relative to it. */
export interface NewSite {
  folder: string;
  files: string[];
}

/**
 * Writes a new digimat site: content (the bundled example in one language, or a skeleton that
 * validates), an empty assessments folder, package.json, README and .gitignore. Everything is
 * written into a hidden folder beside the target first and moved in at the end, so a failure never
 * leaves half a site.
 */
export async function writeNewSite(options: NewSiteOptions): Promise<NewSite> {
  const folder = path.resolve(options.folder);
  const existing = existsSync(folder) ? await readdir(folder) : [];
  const visible = existing.filter((name) => !name.startsWith('.'));
  if (visible.length > 0) {
    throw new WriteRefusedError(
      `${options.folder} is not empty (it holds ${visible.slice(0, 3).join(', ')}${visible.length > 3 ? ', …' : ''}); choose a new or empty folder`,
    );
  }
  await mkdir(path.dirname(folder), { recursive: true });
  const staging = path.join(path.dirname(folder), `.${path.basename(folder)}.init-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  try {
    await writeInto(staging, folder, options);
    const written = await readdir(staging);
    if (existing.length === 0) {
      await rm(folder, { recursive: true, force: true });
      await rename(staging, folder);
    } else {
      // The folder holds dotfiles (a fresh git repository, say): keep them, and keep its own .gitignore.
      for (const name of written) {
        if (existing.includes(name)) continue;
        await rename(path.join(staging, name), path.join(folder, name));
      }
      await rm(staging, { recursive: true, force: true });
    }
    return { folder, files: written.filter((name) => !existing.includes(name)).sort() };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

async function writeInto(dir: string, folder: string, options: NewSiteOptions): Promise<void> {
  const starter = packagePath('starter', options.lang);
  await mkdir(path.join(dir, 'assessments'), { recursive: true });
  await writeFile(path.join(dir, 'assessments', '.gitkeep'), '');
  if (options.example) await copyExample(path.join(dir, 'content'), options.lang);
  else await cp(path.join(starter, 'content'), path.join(dir, 'content'), { recursive: true });
  await pointSchemasAtPackage(dir, path.join(dir, 'content'));
  const name = path.basename(folder);
  await writeFile(path.join(dir, 'README.md'), (await readFile(path.join(starter, 'README.md'), 'utf8')).replaceAll('{name}', name));
  await writeFile(path.join(dir, 'package.json'), `${JSON.stringify(sitePackage(name, await packageVersion()), null, 2)}\n`);
  await writeFile(path.join(dir, '.gitignore'), '_site/\nnode_modules/\nreports/\nworksheets/\n');
}

/** The bundled content in one language: its questionnaires, action library, course pages and own words. */
async function copyExample(target: string, lang: Lang): Promise<void> {
  const bundled = packagePath('content');
  const ofLang = (file: string) => !/\.(?:[a-z]{2})\.ya?ml$/.test(file) || file.endsWith(`.${lang}.yaml`) || file.endsWith(`.${lang}.yml`);
  await cp(bundled, target, {
    recursive: true,
    filter: (source) => {
      const rel = path.relative(bundled, source).split(path.sep);
      // Course pages sit under course/<lang>/.
      if (rel[0] === 'course' && rel.length > 1 && rel[1] !== lang && rel[1] !== 'modules.yaml') return false;
      // The site's own words are texts/<lang>.yaml.
      if (rel[0] === 'texts' && rel.length > 1 && rel[1] !== `${lang}.yaml`) return false;
      return ofLang(source);
    },
  });
}

/** Rewrites each YAML file's `$schema=` comment so the editor finds the schema inside the installed package. */
async function pointSchemasAtPackage(site: string, dir: string): Promise<void> {
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const text = await readFile(file, 'utf8');
    const fixed = text.replace(/(\$schema=)\S*?schema\/([\w.-]+\.json)/, (_, key: string, name: string) => {
      // Relative to where the file will live once moved in; node_modules/digimat is where npm installs the package.
      const schema = path.join(site, 'node_modules', 'digimat', 'schema', name);
      return key + path.relative(path.dirname(file), schema).split(path.sep).join('/');
    });
    if (fixed !== text) await writeFile(file, fixed);
  }
}

/** The new site's package.json: digimat as its one dependency, and the everyday commands as scripts. */
export function sitePackage(name: string, version: string): Record<string, unknown> {
  return {
    name:
      name
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'digimat-site',
    private: true,
    type: 'module',
    scripts: { start: 'digimat serve', build: 'digimat build', test: 'digimat validate', check: 'digimat validate' },
    dependencies: { digimat: `^${version}` },
  };
}

/** The version of the running digimat package. */
export async function packageVersion(): Promise<string> {
  return (JSON.parse(await readFile(packagePath('package.json'), 'utf8')) as { version: string }).version;
}
