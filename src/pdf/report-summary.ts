import { cliText } from '../i18n/cli-text.js';
import { weakestMissing } from '../i18n/weakest-missing.js';
import { formatPercent } from '../i18n/format-number.js';
import { contentWidth, drawBlocks, ensureSpace, heading, paragraph } from './draw.js';
import { COLOR, MARGIN, type Doc } from './pdf-doc.js';
import { pdfText } from './pdf-text.js';
import type { ReportInput } from './report-input.js';
import { openRange, scoreFigure, stageVerdict, startReason } from './report-words.js';

/**
 * The executive summary at the top of page 2: the overall score (provisional while incomplete),
 * a line per stage, the weakest stage, and the start-here actions with their one-line reason.
 */
export function executiveSummary(doc: Doc, { questionnaire: q, result }: ReportInput): void {
  const lang = q.lang;
  const t = pdfText(lang);
  const cli = cliText(lang);
  const { score, plan } = result;
  heading(doc, t.summary);

  const overall = score.overall;
  const head = `${t.overall}: ${t.outOf100(scoreFigure(lang, overall.score))}`;
  paragraph(doc, overall.complete && overall.level ? `${head} · ${t.level}: ${overall.level.label}` : `${head} (${t.provisionalWord})`, {
    bold: true,
    size: 12,
  });
  if (!overall.complete)
    paragraph(doc, `${t.provisional(openRange(lang, overall.range))} ${t.overallWaits}`, { size: 9, color: COLOR.muted });
  doc.moveDown(0.5);

  // One row per stage: title, score (with its range while open), level or what is missing, answered.
  const w = contentWidth(doc);
  const cols = [
    // A stage title of up to 60 characters wraps to two or three lines here; the level keeps room for
    // "provisional: answer N more questions" on one line, and rules under the rows keep them apart.
    { title: t.stage, x: 0, w: w * 0.3 },
    { title: t.score, x: w * 0.3, w: w * 0.19 },
    { title: t.level, x: w * 0.49, w: w * 0.37 },
    { title: t.completeness, x: w * 0.86, w: w * 0.14 },
  ];
  const row = (cells: string[], bold: boolean, color: string = COLOR.ink, rule = false) => {
    doc.font(bold ? 'bold' : 'body').fontSize(9);
    const h = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: cols[i]!.w - 6 })));
    ensureSpace(doc, h + 8);
    const y = doc.y;
    cells.forEach((c, i) => doc.fillColor(color).text(c, MARGIN + cols[i]!.x, y, { width: cols[i]!.w - 6 }));
    doc.x = MARGIN;
    doc.y = y + h + 7;
    // A faint rule under each stage keeps a wrapped title visibly in its own row.
    if (rule)
      doc
        .lineWidth(0.3)
        .strokeColor(COLOR.line)
        .moveTo(MARGIN, doc.y - 3.5)
        .lineTo(MARGIN + w, doc.y - 3.5)
        .stroke();
  };
  row(
    cols.map((c) => c.title),
    true,
    COLOR.muted,
  );
  doc
    .lineWidth(0.5)
    .strokeColor(COLOR.line)
    .moveTo(MARGIN, doc.y - 2)
    .lineTo(MARGIN + w, doc.y - 2)
    .stroke();
  for (const s of score.stages) {
    const range = openRange(lang, s.range);
    row(
      [
        s.title,
        range ? `${scoreFigure(lang, s.score)} (${range})` : scoreFigure(lang, s.score),
        stageVerdict(lang, s),
        `${s.answered}/${s.applicable} · ${formatPercent(lang, s.completeness)}`,
      ],
      false,
      COLOR.ink,
      true,
    );
  }
  doc.moveDown(0.4);
  const weakest = score.stages.find((s) => s.id === score.weakest);
  const missing = score.weakestUnknownBecause.length ? `${cli.weakest}: ${weakestMissing(cli, score)}` : t.noWeakestYet;
  paragraph(doc, weakest ? `${cli.weakest}: ${weakest.title}` : missing, { size: 10 });

  const items = new Map(plan.items.map((i) => [i.action, i]));
  if (plan.startHere.length === 0) return;
  heading(doc, t.startHere, 13);
  // Numbered in their own order (1-3); the plan rank stays in the words.
  plan.startHere.forEach((id, n) => {
    const item = items.get(id)!;
    drawBlocks(doc, [
      { text: `${n + 1}. ${item.title}`, bold: true, size: 10.5 },
      {
        text: `${startReason(lang, item, score)} · ${t.rankOf(item.rank, plan.items.length)} · ${t.horizons[item.horizon]}`,
        size: 9,
        color: COLOR.muted,
      },
    ]);
    doc.moveDown(0.3);
  });
}
