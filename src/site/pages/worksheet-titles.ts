import type { Lang } from '../../core/lang.js';
import type { Questionnaire } from '../../core/model.js';
import { pdfText } from '../../pdf/pdf-text.js';

/**
 * Blank worksheets the build writes, with their titles from the PDF's texts; files live under
 * /worksheets/. The journey map's columns are a questionnaire's stages, so it is written once per
 * questionnaire.
 */
export const WORKSHEET_TITLES = [
  { id: 'empathy-map', title: (lang: Lang) => pdfText(lang).empathy.title, perQuestionnaire: false },
  { id: 'buyer-persona', title: (lang: Lang) => pdfText(lang).persona.title, perQuestionnaire: false },
  { id: 'customer-journey', title: (lang: Lang) => pdfText(lang).journey.title, perQuestionnaire: true },
] as const;

/** Where the blank worksheet `id` in `lang` is written, from the site's root; per questionnaire when it has one. */
export function worksheetPath(id: string, lang: Lang, questionnaire?: string): string {
  return questionnaire ? `/worksheets/${id}.${questionnaire}.${lang}.pdf` : `/worksheets/${id}.${lang}.pdf`;
}

/** One blank worksheet PDF of the site: what it is, where it goes and the stages its journey has. */
export interface BlankWorksheet {
  id: string;
  title: string;
  path: string;
  stages: { id: string; title: string }[];
}

/**
 * The blank worksheets of one language: the empathy map and persona once, and the journey map once
 * per questionnaire in that language, with that questionnaire's stages (its title is added when
 * there are several, so a reader can tell them apart).
 */
export function blankWorksheets(questionnaires: readonly Questionnaire[], lang: Lang): BlankWorksheet[] {
  const qs = questionnaires.filter((q) => q.lang === lang);
  if (qs.length === 0) return [];
  const stagesOf = (q: Questionnaire) => q.stages.map((s) => ({ id: s.id, title: s.title }));
  return WORKSHEET_TITLES.flatMap((w): BlankWorksheet[] =>
    w.perQuestionnaire
      ? qs.map((q) => ({
          id: w.id,
          title: qs.length > 1 ? `${w.title(lang)} — ${q.title}` : w.title(lang),
          path: worksheetPath(w.id, lang, q.id),
          stages: stagesOf(q),
        }))
      : [{ id: w.id, title: w.title(lang), path: worksheetPath(w.id, lang), stages: stagesOf(qs[0]!) }],
  );
}
