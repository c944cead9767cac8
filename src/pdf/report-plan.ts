import { textCatalogue } from '../i18n/catalogues.js';
import { planByHorizon } from '../core/plan.js';
import { cliText } from '../i18n/cli-text.js';
import { drawBlocks, ensureSpace, heading, paragraph, plain } from './draw.js';
import { COLOR, type Doc } from './pdf-doc.js';
import { pdfText } from './pdf-text.js';
import { fundingLabel, reasons, type ReportInput } from './report-input.js';
import { priorityWords } from './report-words.js';

/**
 * The whole plan by horizon, `later` included: each action numbered by its rank, with its priority
 * in words, Kit Digital category, description and the answers that call for it.
 */
export function actionPlan(doc: Doc, input: ReportInput): void {
  const lang = input.questionnaire.lang;
  const t = pdfText(lang);
  const cli = cliText(lang);
  const { plan } = input.result;
  heading(doc, t.plan);
  if (plan.items.length === 0) {
    paragraph(doc, t.noPlan);
    return;
  }
  paragraph(doc, cli.capacity(plan.capacity), { size: 9, color: COLOR.muted });
  const total = plan.items.length;
  for (const group of planByHorizon(plan, { later: true })) {
    if (group.items.length === 0) continue;
    ensureSpace(doc, 110); // the horizon's title never alone at the foot of a page
    heading(doc, t.horizons[group.horizon], 13);
    if (group.horizon === 'later') paragraph(doc, t.laterNote, { size: 9, color: COLOR.muted });
    for (const item of group.items) {
      const kit = fundingLabel(input.funding, item.funding);
      const action = input.actions.get(item.action);
      // One action is kept on one page: its reasons are what a reader checks the advice against.
      drawBlocks(doc, [
        { text: `${item.rank}. ${item.title}`, bold: true, size: 11 },
        {
          text: `${t.rankOf(item.rank, total)} · ${priorityWords(lang, item)} (${t.impact} ${item.impact}/5, ${t.effort} ${item.effort}/5)${kit}`,
          size: 9,
          color: COLOR.muted,
        },
        ...(action ? [{ text: plain(action.description) }] : []),
        { text: `${t.because}:`, bold: true, size: 9 },
        ...reasons(input, item.because, textCatalogue(lang).shared.notApplicable).map((r) => ({
          text: `${r.prompt} — ${r.answer}`,
          bullet: true,
        })),
        // Printed links: the reader of a handed-over PDF needs the address itself.
        ...(action?.resources?.length
          ? [
              { text: `${t.resources}:`, bold: true, size: 9 },
              ...action.resources.map((r) => ({ text: `${r.title} — ${r.url}`, bullet: true })),
            ]
          : []),
      ]);
      doc.moveDown(0.6);
    }
  }
  if (plan.excluded.length > 0)
    paragraph(doc, `${cli.excluded}: ${plan.excluded.map((e) => e.title).join(', ')}.`, { size: 9, color: COLOR.muted });
}
