import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDigimat } from '../helpers/run-cli.js';

describe('a build after one that was interrupted', () => {
  it('removes the _site.tmp-* and _site.old-* folders of builds whose process is gone, and only those', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'digimat-stale-')), '_site');
    // The id of a process that has certainly ended: one we ran to completion.
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    const stale = [`${out}.tmp-${dead}`, `${out}.old-${dead}`];
    // This test's own process is alive: a build running in another terminal must keep its folder.
    const live = `${out}.tmp-${process.pid}`;
    const unrelated = `${out}.tmp-notes`;
    for (const folder of [...stale, live, unrelated]) {
      mkdirSync(path.join(folder, 'es'), { recursive: true });
      writeFileSync(path.join(folder, 'es/index.html'), '<!doctype html><title>half written</title>');
    }
    const r = runDigimat(['build', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(path.join(out, 'index.html'))).toBe(true);
    for (const folder of stale) expect(existsSync(folder), folder).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(existsSync(unrelated)).toBe(true);
    // And the build's own temporary folder is gone too.
    expect(existsSync(`${out}.tmp-${r.pid}`)).toBe(false);
  }, 300_000);
});
