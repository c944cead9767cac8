import path from 'node:path';
import { createEleventy } from './build-site.js';

export interface ServeOptions {
  out: string;
  content: string;
  assessments: string;
  templates: string;
  includePrivate: boolean;
  port: number;
}

/** A running `digimat serve`: stop it to close the server and the watcher. */
export interface ServedSite {
  stop(): Promise<void>;
}

/**
 * Builds the site into `out`, then lets Eleventy's own watcher rebuild it on every saved file and its
 * dev server reload the open pages. A content error is printed as `digimat validate` would print it
 * and the last good site stays served (the plugin decides that, in watch mode).
 */
export async function serveSite(options: ServeOptions): Promise<ServedSite> {
  const eleventy = await createEleventy(options, path.resolve(options.out), 'serve');
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(options.port);
  return { stop: () => eleventy.stopWatch() };
}
