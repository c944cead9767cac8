import type { Lang } from '../../core/lang.js';
import { pdfText, type PdfText } from '../../pdf/pdf-text.js';
import { CHANNELS, CONSUMER_FAMILIES } from '../../schema/worksheets-schema.js';
import { siteText } from '../site-text.js';
import { paths, relativeUrl } from '../urls.js';
import { basicPage, questionnairesIn, type BasicPage, type SiteContext } from './site-context.js';
import { blankWorksheets, type BlankWorksheet } from './worksheet-titles.js';

/** A fillable journey map for one questionnaire; `draft` keys what the visitor types in the browser's storage. */
export interface JourneyForm {
  questionnaire: string;
  heading: string;
  draft: string;
  stages: { id: string; title: string; fields: { key: string; label: string; name: string }[] }[];
}

/** The fillable worksheets (empathy map, persona, journey) and the blank PDFs. */
export interface WorksheetsPage extends BasicPage {
  pdf: PdfText;
  /** One fillable journey map per questionnaire in the language, its columns that questionnaire's stages. */
  journeys: JourneyForm[];
  blank: { id: string; title: string; url: string }[];
  /** The blank PDFs the build writes for this language (the journey map once per questionnaire). */
  blankPdfs: BlankWorksheet[];
  channels: { id: string; label: string }[];
  families: { title: string; types: { id: string; label: string; note: string }[] }[];
  dataJson: string;
}

/**
 * The worksheets page of one language. The journey map follows the questionnaire it is made for: one
 * form per questionnaire in the language, each with that questionnaire's stages as columns (named by
 * the questionnaire's title when there are several).
 */
export function buildWorksheetsPages(site: SiteContext, lang: Lang): WorksheetsPage[] {
  const t = siteText(lang);
  const pdf = pdfText(lang);
  const url = paths.worksheets(lang);
  const blanks = blankWorksheets(site.content.questionnaires, lang);
  const qs = questionnairesIn(site, lang);
  const journeys: JourneyForm[] = qs.map((q, i) => ({
    questionnaire: q.id,
    heading: qs.length > 1 ? `${pdf.journey.title} — ${q.title}` : pdf.journey.title,
    // The first keeps the key drafts were saved under before there could be several.
    draft: i === 0 ? 'customer-journey' : `customer-journey.${q.id}`,
    stages: q.stages.map((s) => ({
      id: s.id,
      title: s.title,
      fields: Object.entries(pdf.journey.rows).map(([key, label]) => ({ key, label, name: `journey.${s.id}.${key}` })),
    })),
  }));
  const stagesOf = Object.fromEntries(qs.map((q) => [q.id, q.stages.map((s) => ({ id: s.id, title: s.title }))]));
  return [
    {
      ...basicPage(site, lang, url, t.home.worksheets),
      pdf,
      journeys,
      blank: blanks.map((w) => ({ id: w.id, title: w.title, url: relativeUrl(url, w.path) })),
      blankPdfs: blanks,
      channels: CHANNELS.map((c) => ({ id: c, label: pdf.persona.channelNames[c] ?? c })),
      families: CONSUMER_FAMILIES.map(([family, types]) => ({
        title: pdf.persona.families[family],
        types: types.map((id) => ({ id, label: pdf.persona.types[id]![0], note: pdf.persona.types[id]![1] })),
      })),
      dataJson: JSON.stringify({
        lang,
        stages: stagesOf,
        pdf: relativeUrl(url, '/assets/js/pdf-report.js'),
        restored: t.ui.worksheetRestored,
      }).replace(/</g, '\\u003c'),
    },
  ];
}
