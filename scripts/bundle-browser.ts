// Part of `npm run compile`: bundles the page scripts into dist/assets so that the packed package
// carries them ready to copy (an installed digimat has neither src/browser nor esbuild).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleBrowser } from '../src/site/bundle-browser.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await bundleBrowser(path.join(root, 'src', 'browser'), path.join(root, 'dist', 'assets'));
