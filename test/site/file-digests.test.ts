import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestOf, FileDigests } from '../../src/site/file-digests.js';

describe('FileDigests (the service worker cache name)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'digimat-digests-'));
  writeFileSync(path.join(dir, 'a.html'), '<p>a</p>');
  writeFileSync(path.join(dir, 'b.css'), 'p{}');
  const files = ['a.html', 'b.css'];

  it('gives the same hash whether a file is read or its digest is known from memory', () => {
    const read = new FileDigests(false);
    const fromDisk = read.hashAll(dir, files);
    expect(read.read).toBe(2);
    const given = new FileDigests(false);
    expect(given.hashAll(dir, files, new Map([['a.html', digestOf('<p>a</p>')]]))).toBe(fromDisk);
    expect(given.read).toBe(1);
  });

  it('in watch mode reads again only files whose size or time changed, and the hash follows the change', () => {
    const digests = new FileDigests();
    const first = digests.hashAll(dir, files);
    expect(digests.hashAll(dir, files)).toBe(first);
    expect(digests.read).toBe(0);
    writeFileSync(path.join(dir, 'a.html'), '<p>A</p>');
    utimesSync(path.join(dir, 'a.html'), new Date(), new Date(Date.now() + 5000));
    const second = digests.hashAll(dir, files);
    expect(digests.read).toBe(1);
    expect(second).not.toBe(first);
    expect(second).toBe(new FileDigests(false).hashAll(dir, files));
  });
});
