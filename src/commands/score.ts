import { resultToJson } from '../core/result-json.js';
import { formatIssue } from '../core/issue.js';
import { EXIT, type CommandIo } from './io.js';
import { formatScore } from './format-score.js';
import { formatWorkshop } from './format-workshop.js';
import { aggregateWorkshop } from '../core/workshop-aggregate.js';
import { workshopJson } from '../core/workshop-json.js';
import { loadScored } from '../node/load-scored.js';
import { fundingFor } from '../model/content-set.js';

export interface ScoreOptions {
  file: string;
  content: string;
  json: boolean;
}

/** `digimat score`: the stage table and plan, or the result as JSON. */
export async function scoreCommand(options: ScoreOptions, io: CommandIo): Promise<number> {
  const scored = await loadScored(options.file, options.content);
  for (const w of scored.warnings) io.err(formatIssue(w));
  const workshop = scored.assessment.workshop;
  const aggregate = workshop ? aggregateWorkshop(scored.questionnaire, workshop.participants) : undefined;
  const json = resultToJson(scored.result);
  if (options.json) io.out(JSON.stringify(aggregate ? workshopJson(json, aggregate) : json, null, 2));
  else io.out(formatScore(scored.assessment, scored.result, scored.questionnaire.lang, fundingFor(scored.content, scored.questionnaire)));
  if (!options.json && workshop && aggregate)
    io.out(`\n${formatWorkshop(scored.questionnaire, workshop, aggregate, scored.result, scored.questionnaire.lang)}`);
  return EXIT.ok;
}
