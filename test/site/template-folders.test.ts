import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateFile, templateFilesUnder, templateFolders } from '../../src/site/template-folders.js';
import { ROOT } from '../helpers/run-cli.js';

describe('template folders', () => {
  it('take the bundled templates from the package folder, whatever the current directory', () => {
    const folders = templateFolders('no-such-folder');
    expect(folders.bundled).toBe(path.join(ROOT, 'templates'));
    expect(folders.own).toBe(path.resolve('no-such-folder'));
    expect(templateFile(folders, 'pages/home.hbs')).toBe(path.join(ROOT, 'templates/pages/home.hbs'));
  });

  it("prefer the site's own copy of a file and list the files of both folders once", () => {
    const own = mkdtempSync(path.join(tmpdir(), 'digimat-templates-'));
    mkdirSync(path.join(own, 'assets'));
    writeFileSync(path.join(own, 'assets/site.css'), 'body {}');
    writeFileSync(path.join(own, 'assets/logo.svg'), '<svg/>');
    const folders = templateFolders(own);
    expect(templateFile(folders, 'assets/site.css')).toBe(path.join(own, 'assets/site.css'));
    expect(templateFile(folders, 'assets/print.css')).toBe(path.join(ROOT, 'templates/assets/print.css'));
    const assets = templateFilesUnder(folders, 'assets');
    expect(assets).toContain('assets/logo.svg');
    expect(assets).toContain('assets/print.css');
    expect(assets.filter((f) => f === 'assets/site.css')).toHaveLength(1);
  });
});
