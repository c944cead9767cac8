import type { Lang } from '../core/lang.js';
import { displayPath } from '../node/display-path.js';
import { writeNewSite } from '../node/write-new-site.js';
import { EXIT, type CommandIo } from './io.js';

export interface InitOptions {
  folder: string;
  lang: Lang;
  example: boolean;
}

/** `digimat init`: a new site folder with content, assessments, package.json and README; never over files. */
export async function initCommand(options: InitOptions, io: CommandIo): Promise<number> {
  const site = await writeNewSite(options);
  const shown = displayPath(site.folder);
  io.out(
    `wrote ${shown}/ (${site.files.join(', ')}) with ${options.example ? 'the bundled example' : 'a one-question skeleton'} in ${options.lang}`,
  );
  io.out(`next: cd ${shown} && npm install && npm start`);
  return EXIT.ok;
}
