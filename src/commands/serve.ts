import { type ServeOptions, serveSite } from '../site/serve-site.js';
import { EXIT, type CommandIo } from './io.js';

export interface ServeCommandOptions extends ServeOptions {
  /** Resolves when the user stops the server (Ctrl-C). */
  interrupted: Promise<void>;
}

/** `digimat serve`: build, watch and live-reload the site until interrupted. */
export async function serveCommand(options: ServeCommandOptions, io: CommandIo): Promise<number> {
  const served = await serveSite(options);
  io.err('digimat: watching content, assessments and templates; Ctrl-C stops');
  await options.interrupted;
  await served.stop();
  return EXIT.ok;
}
