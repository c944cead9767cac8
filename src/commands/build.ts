import { buildSite } from '../site/build-site.js';
import { displayPath } from '../node/display-path.js';
import { EXIT, type CommandIo } from './io.js';

export interface BuildCommandOptions {
  out: string;
  content: string;
  assessments: string;
  templates: string;
  includePrivate: boolean;
}

/** `digimat build`: the static site into `out` (default _site/), swapped in only when complete. */
export async function buildCommand(options: BuildCommandOptions, io: CommandIo): Promise<number> {
  const { out, pages, ms, warnings } = await buildSite(options);
  // Warnings (a language shown in English, say) do not stop a build, but are said every time.
  for (const warning of warnings) io.err(warning);
  io.err(
    `built ${displayPath(out)}: ${pages} pages in ${(ms / 1000).toFixed(1)} s${options.includePrivate ? ' (private assessments included)' : ''}`,
  );
  return EXIT.ok;
}
