import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLASSIC_SCRIPT_OPTIONS } from '../site/bundle-browser.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Bundles the room's page script from its TypeScript source, like the site's own scripts (a classic
 * script, so it runs wherever the site's pages run), and keeps it in memory for the room to serve.
 */
export async function bundleRoomScript(): Promise<string> {
  // Compiled to dist/room; the source sits in src/browser two levels up (or beside, under tsx).
  const candidates = [path.resolve(here, '../../src/browser/room-page.ts'), path.resolve(here, '../browser/room-page.ts')];
  const entry = candidates.find((c) => existsSync(c));
  if (!entry) throw new Error('room page script source (src/browser/room-page.ts) not found');
  const result = await build({
    entryPoints: [entry],
    ...CLASSIC_SCRIPT_OPTIONS,
    write: false,
  });
  return result.outputFiles[0]!.text;
}
