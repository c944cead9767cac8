import { resultToJson } from '../core/result-json.js';
import { formatIssue } from '../core/issue.js';
import { EXIT, type CommandIo } from './io.js';
import { formatScore } from './format-score.js';
import { loadScored } from './load-scored.js';

export interface ScoreOptions {
  file: string;
  content: string;
  json: boolean;
}

/** `digimat score`: the stage table and plan, or the result as JSON. */
export async function scoreCommand(options: ScoreOptions, io: CommandIo): Promise<number> {
  const scored = await loadScored(options.file, options.content);
  for (const w of scored.warnings) io.err(formatIssue(w));
  if (options.json) io.out(JSON.stringify(resultToJson(scored.result), null, 2));
  else io.out(formatScore(scored.assessment, scored.result, scored.questionnaire.lang, scored.content.kitDigital));
  return EXIT.ok;
}
