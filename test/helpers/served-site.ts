import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.js';
import { buildOnce } from './site-build.js';
import { serveStatic } from './static-server.js';

/** The bundled site built, served on 127.0.0.1, and a Chromium to look at it with. */
export interface ServedSite {
  /** The built site's folder. */
  readonly dir: string;
  readonly server: Awaited<ReturnType<typeof serveStatic>>;
  readonly browser: Browser;
}

/**
 * Registers, for the calling test file, the start-up every browser test needs: build the bundled
 * site (once per file, with the real CLI), serve it, launch Chromium; and closes both after the
 * file's tests. The returned object's fields are there once the file's tests run (a file's own
 * `beforeAll`, registered after this call, may use them too); `onReady` hands them over as soon as
 * they are, for a file that keeps them in its own variables.
 */
export function servedSite(onReady?: (site: ServedSite) => void): ServedSite {
  let state: { dir: string; server: ServedSite['server']; browser: Browser } | undefined;
  const ready = () => {
    if (!state) throw new Error('servedSite() is ready only inside tests and hooks');
    return state;
  };
  beforeAll(async () => {
    const dir = buildOnce();
    const server = await serveStatic(dir);
    state = { dir, server, browser: await launchChromium() };
    onReady?.(state);
  }, 120_000);
  afterAll(async () => {
    await state?.browser.close();
    await state?.server.close();
  });
  return {
    get dir() {
      return ready().dir;
    },
    get server() {
      return ready().server;
    },
    get browser() {
      return ready().browser;
    },
  };
}
