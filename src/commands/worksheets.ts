import { contentLanguages } from '../model/content-languages.js';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Lang } from '../core/lang.js';
import { displayPath } from '../node/display-path.js';
import { loadContent } from '../node/load-content.js';
import { loadPdfFonts } from '../node/pdf-fonts.js';
import { WORKSHEETS } from '../pdf/worksheets.js';
import { BLANK_WORKSHEET_DATE, type WorksheetInput } from '../pdf/worksheet-input.js';
import { loadScored } from '../node/load-scored.js';
import { UsageError } from '../core/errors.js';
import { EXIT, type CommandIo } from './io.js';

export interface WorksheetsOptions {
  assessment?: string;
  lang?: Lang;
  out: string;
  content: string;
  questionnaire?: string;
}

/** `digimat worksheets`: the empathy map, buyer persona and journey map, blank or filled from an assessment. */
export async function worksheetsCommand(options: WorksheetsOptions, io: CommandIo): Promise<number> {
  const content = await loadContent(options.content);
  let input: WorksheetInput;
  if (options.assessment) {
    const s = await loadScored(options.assessment, options.content, content);
    input = {
      lang: s.questionnaire.lang,
      stages: s.questionnaire.stages.map((x) => ({ id: x.id, title: x.title })),
      ...(s.assessment.worksheets ? { material: s.assessment.worksheets } : {}),
      company: s.assessment.company.name,
      date: s.assessment.date,
    };
  } else {
    // Without --lang: the site's first language (Spanish before English) that has a questionnaire.
    const lang = options.lang ?? contentLanguages(content).find((l) => content.questionnaires.some((q) => q.lang === l.lang))?.lang ?? 'es';
    const q = content.questionnaires.find((x) => x.lang === lang && (!options.questionnaire || x.id === options.questionnaire));
    if (!q) throw new UsageError(`no questionnaire in \`${lang}\` to take the journey's stages from`);
    input = { lang, stages: q.stages.map((x) => ({ id: x.id, title: x.title })), date: BLANK_WORKSHEET_DATE };
  }
  const fonts = await loadPdfFonts();
  await mkdir(options.out, { recursive: true });
  const suffix = options.assessment ? path.basename(options.assessment).replace(/\.ya?ml$/, '') : 'blank';
  for (const w of WORKSHEETS) {
    const file = path.join(options.out, `${w.id}.${suffix}.${input.lang}.pdf`);
    await writeFile(file, await w.render(input, fonts));
    io.err(`wrote ${displayPath(file)}`);
  }
  return EXIT.ok;
}
