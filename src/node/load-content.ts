import path from 'node:path';
import { existsSync } from 'node:fs';
import { buildContentSet, type ContentFiles, type ContentSet } from '../model/content-set.js';
import { loadActionLibraryText, loadKitDigitalText } from '../model/load-actions.js';
import { loadQuestionnaireText } from '../model/load-questionnaire.js';
import { displayPath } from './display-path.js';
import { findYaml } from './find-yaml.js';
import { readText } from './read-text.js';

/** Where the content folder's parts live; authors add files, never code. */
export const CONTENT_LAYOUT = {
  questionnaires: 'questionnaires',
  actions: 'actions',
  kitDigital: 'kit-digital.yaml',
} as const;

/** Reads and checks a content folder (questionnaires, action library, Kit Digital categories). */
export async function loadContent(dir: string): Promise<ContentSet> {
  const files: ContentFiles = { questionnaires: [], actionLibraries: [] };
  const qdir = path.join(dir, CONTENT_LAYOUT.questionnaires);
  if (existsSync(qdir)) {
    for (const file of await findYaml(qdir)) files.questionnaires.push(loadQuestionnaireText(await readText(file), displayPath(file)));
  }
  const adir = path.join(dir, CONTENT_LAYOUT.actions);
  if (existsSync(adir)) {
    for (const file of await findYaml(adir)) files.actionLibraries.push(loadActionLibraryText(await readText(file), displayPath(file)));
  }
  const kit = path.join(dir, CONTENT_LAYOUT.kitDigital);
  if (existsSync(kit)) files.kitDigital = loadKitDigitalText(await readText(kit), displayPath(kit));
  return buildContentSet(files);
}
