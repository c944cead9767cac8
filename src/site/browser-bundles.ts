import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { packagePath } from '../node/package-dir.js';

/** Browser entry points, one per page kind, plus the lazily loaded import/export code. */
export const BROWSER_ENTRIES = [
  'site',
  'questionnaire',
  'results',
  'search',
  'answers-io',
  'pdf-report',
  'worksheets',
  'workshop',
  'workshop-join',
  'hand-in',
  'qr-scanner',
] as const;

/** The room's page script, served by the room rather than written into the site. */
export const ROOM_ENTRY = 'room';

/** Where the compiled package keeps its browser bundles (written by `npm run compile`). */
export const BUNDLES_DIR = packagePath('dist', 'assets');

/**
 * Copies the page scripts and the QR reader's WebAssembly, bundled when the package was compiled,
 * into a built site's assets/ folder.
 */
export async function copyBrowserBundles(siteAssets: string): Promise<void> {
  await Promise.all(
    ['js', 'wasm'].map((sub) =>
      cp(path.join(BUNDLES_DIR, sub), path.join(siteAssets, sub), { recursive: true }).catch((cause: NodeJS.ErrnoException) => {
        if (cause.code !== 'ENOENT') throw cause;
        throw new Error(`the browser bundles are missing from ${BUNDLES_DIR}; run \`npm run compile\` in the digimat checkout`, { cause });
      }),
    ),
  );
}

/** The room's page script as bundled when the package was compiled. */
export async function readRoomScript(): Promise<string> {
  return readFile(path.join(BUNDLES_DIR, ROOM_ENTRY, `${ROOM_ENTRY}.js`), 'utf8');
}
