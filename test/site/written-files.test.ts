import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WrittenFiles } from '../../src/site/written-files.js';

const file = (p: string, text: string) => ({ path: p, content: new TextEncoder().encode(text) });

describe('WrittenFiles', () => {
  it('writes only files that changed since the last update and removes those no longer there', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'digimat-written-')), 'pagefind');
    // A file left by an earlier session is not part of the new index.
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'stale.pf'), 'old');
    const written = new WrittenFiles();
    expect(await written.update(dir, [file('a.pf', 'A'), file('sub/b.pf', 'B')])).toMatchObject({ written: 2, removed: 0 });
    expect(existsSync(path.join(dir, 'stale.pf'))).toBe(false);
    const aTime = statSync(path.join(dir, 'a.pf')).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    expect(await written.update(dir, [file('a.pf', 'A'), file('sub/c.pf', 'C')])).toMatchObject({ written: 1, removed: 1 });
    expect(statSync(path.join(dir, 'a.pf')).mtimeMs).toBe(aTime);
    expect(existsSync(path.join(dir, 'sub/b.pf'))).toBe(false);
    expect(readFileSync(path.join(dir, 'sub/c.pf'), 'utf8')).toBe('C');
  });
});
