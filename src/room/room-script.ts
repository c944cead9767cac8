import { readRoomScript } from '../site/browser-bundles.js';

/**
 * The room's page script, bundled from its TypeScript source when the package was compiled (a classic
 * script, like the site's own, so it runs wherever the site's pages run); the room keeps it in memory
 * and serves it.
 */
export async function bundleRoomScript(): Promise<string> {
  return readRoomScript();
}
