import { readFileSync } from 'node:fs';
import type { Assessment, Questionnaire } from '../../src/core/model.js';
import { loadAssessmentText } from '../../src/model/load-assessment.js';
import { loadContent } from '../../src/node/load-content.js';
import { ROOT, runDigimat } from './run-cli.js';

/** An example assessment as loaded by the core, and what `digimat score --json` says about it. */
export async function exampleAssessment(file: string): Promise<{ assessment: Assessment; questionnaire: Questionnaire; expected: any }> {
  const content = await loadContent(`${ROOT}/content`);
  const parsed = loadAssessmentText(readFileSync(`${ROOT}/${file}`, 'utf8'), file, content);
  const r = runDigimat(['score', file, '--json']);
  if (r.code !== 0) throw new Error(r.stderr);
  return { assessment: parsed.value!, questionnaire: parsed.questionnaire!, expected: JSON.parse(r.stdout) };
}
