import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
};

/** A file of the built site as the room serves it. */
export interface SiteFile {
  body: Buffer;
  type: string;
}

/**
 * Reads files of a built site (the same output `digimat build` writes) and keeps them in memory:
 * a room serves the same few pages to every phone. Paths outside the site are never read.
 */
export class StaticSite {
  private readonly cache = new Map<string, SiteFile | null>();

  constructor(readonly root: string) {}

  /** The file for a site path (directory paths answer with their index.html), or undefined. */
  async get(sitePath: string): Promise<SiteFile | undefined> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(sitePath);
    } catch {
      return undefined;
    }
    if (decoded.includes('\0')) return undefined;
    const cached = this.cache.get(decoded);
    if (cached !== undefined) return cached ?? undefined;
    const root = path.resolve(this.root);
    let file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
    if (file !== root && !file.startsWith(`${root}${path.sep}`)) return undefined;
    let found: SiteFile | null = null;
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      found = { body: await readFile(file), type: TYPES[path.extname(file)] ?? 'application/octet-stream' };
    } catch {
      found = null;
    }
    this.cache.set(decoded, found);
    return found ?? undefined;
  }
}
