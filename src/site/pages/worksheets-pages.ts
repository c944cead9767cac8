import type { Lang } from '../../core/lang.js';
import { pdfText, type PdfText } from '../../pdf/pdf-text.js';
import { CHANNELS, CONSUMER_FAMILIES } from '../../schema/worksheets-schema.js';
import { siteText } from '../site-text.js';
import { paths, relativeUrl } from '../urls.js';
import { basicPage, questionnairesIn, type BasicPage, type SiteContext } from './site-context.js';
import { blankWorksheets, type BlankWorksheet } from './worksheet-titles.js';

/** The fillable worksheets (empathy map, persona, journey) and the blank PDFs. */
export interface WorksheetsPage extends BasicPage {
  pdf: PdfText;
  stages: { id: string; title: string; fields: { key: string; label: string; name: string }[] }[];
  blank: { id: string; title: string; url: string }[];
  /** The blank PDFs the build writes for this language (the journey map once per questionnaire). */
  blankPdfs: BlankWorksheet[];
  channels: { id: string; label: string }[];
  families: { title: string; types: { id: string; label: string; note: string }[] }[];
  dataJson: string;
}

/** The worksheets page of one language; the journey's columns are the stages of its first questionnaire. */
export function buildWorksheetsPages(site: SiteContext, lang: Lang): WorksheetsPage[] {
  const t = siteText(lang);
  const pdf = pdfText(lang);
  const url = paths.worksheets(lang);
  const blanks = blankWorksheets(site.content.questionnaires, lang);
  const stages = questionnairesIn(site, lang)[0]?.stages.map((s) => ({ id: s.id, title: s.title })) ?? [];
  return [
    {
      ...basicPage(site, lang, url, t.home.worksheets),
      pdf,
      stages: stages.map((s) => ({ ...s, fields: Object.entries(pdf.journey.rows).map(([key, label]) => ({ key, label, name: `journey.${s.id}.${key}` })) })),
      blank: blanks.map((w) => ({ id: w.id, title: w.title, url: relativeUrl(url, w.path) })),
      blankPdfs: blanks,
      channels: CHANNELS.map((c) => ({ id: c, label: pdf.persona.channelNames[c] ?? c })),
      families: CONSUMER_FAMILIES.map(([family, types]) => ({ title: pdf.persona.families[family], types: types.map((id) => ({ id, label: pdf.persona.types[id]![0], note: pdf.persona.types[id]![1] })) })),
      dataJson: JSON.stringify({ lang, stages, pdf: relativeUrl(url, '/assets/js/pdf-report.js'), restored: t.ui.worksheetRestored }).replace(/</g, '\\u003c'),
    },
  ];
}
