import { contentLanguages } from '../model/content-languages.js';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError, ValidationError, WriteRefusedError } from '../core/errors.js';
import { formatIssue, hasErrors } from '../core/issue.js';
import type { Lang } from '../core/lang.js';
import { assessmentTemplate } from '../model/assessment-template.js';
import { displayPath } from '../node/display-path.js';
import { loadContent } from '../node/load-content.js';
import { schemaFile } from '../node/package-dir.js';
import { EXIT, type CommandIo } from './io.js';

export interface NewOptions {
  slug: string;
  /** The questionnaire's language; the first questionnaire's when not given. */
  lang?: Lang;
  questionnaire?: string;
  content: string;
  assessments: string;
  /** Fixed date for reproducible output; today by default. */
  date?: string;
}

/** `digimat new`: writes a blank assessment listing every question; never overwrites. */
export async function newCommand(options: NewOptions, io: CommandIo): Promise<number> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(options.slug)) {
    throw new UsageError(`slug \`${options.slug}\` must use lower-case letters, digits and dashes (it becomes the file name)`);
  }
  const content = await loadContent(options.content);
  const errors = content.issues.filter((i) => i.severity === 'error');
  if (hasErrors(errors)) throw new ValidationError(errors.map(formatIssue).join('\n'));
  // Without --lang: the site's first language (Spanish before English) that has the questionnaire.
  const lang =
    options.lang ??
    contentLanguages(content).find((l) =>
      content.questionnaires.some((q) => q.lang === l.lang && (!options.questionnaire || q.id === options.questionnaire)),
    )?.lang;
  const candidates = content.questionnaires.filter((q) => q.lang === lang && (!options.questionnaire || q.id === options.questionnaire));
  const questionnaire = candidates[0];
  if (!questionnaire) {
    const known = content.questionnaires.map((q) => `${q.id} (${q.lang})`).join(', ') || 'none';
    throw new UsageError(
      `no questionnaire ${options.questionnaire ? `\`${options.questionnaire}\` ` : ''}in \`${lang ?? '?'}\`; available: ${known}`,
    );
  }
  const file = path.join(options.assessments, `${options.slug}.yaml`);
  const schema = path.relative(options.assessments, schemaFile('assessment.schema.json')).split(path.sep).join('/');
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  await mkdir(options.assessments, { recursive: true });
  try {
    await writeFile(file, assessmentTemplate(questionnaire, options.slug, date, schema), { flag: 'wx' });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new WriteRefusedError(`${displayPath(file)} already exists; choose another slug or delete the file first`, { cause });
    }
    throw cause;
  }
  io.out(
    `wrote ${displayPath(file)} (${questionnaire.questions.length} questions, ${questionnaire.id} v${questionnaire.version}, ${questionnaire.lang})`,
  );
  return EXIT.ok;
}
