import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers, Questionnaire } from '../../src/core/model.js';
import { scoreAnswers } from '../../src/core/score.js';
import { projectorView, questionList, scoresTable } from '../../src/browser/board-render.js';
import { questionRows } from '../../src/browser/board-consensus.js';
import { takeHandIn } from '../../src/browser/board-intake.js';
import { newBoard, type BoardState } from '../../src/browser/board-state.js';
import { boardText } from '../../src/site/workshop-text.js';
import { loadContent } from '../../src/node/load-content.js';
import { ROOT } from '../helpers/run-cli.js';

let es: Questionnaire;
let en: Questionnaire;

beforeAll(async () => {
  const content = await loadContent(`${ROOT}/content`);
  es = content.questionnaires.find((x) => x.lang === 'es')!;
  en = content.questionnaires.find((x) => x.lang === 'en')!;
});

/** Every applicable question answered with its first option: a complete score with a level. */
function allFirst(q: Questionnaire): Answers {
  return Object.fromEntries(
    q.questions.map((x) => [x.id, { value: x.kind === 'multiple' ? [x.options[0]!.id] : x.options[0]!.id }]),
  ) as Answers;
}

/** The text a reader sees in some markup (the test runs in Node, without a DOM). */
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&nbsp;/g, '\u00a0');
/** The text of the score cell of the overall row, or of one stage's row. */
const overallCell = (html: string) => text(/<tfoot>.*?<td>(.*?)<\/td>/s.exec(html)![1]!);
const stageCell = (html: string, id: string) => text(new RegExp(`<tr data-stage="${id}"[^>]*>.*?<td>(.*?)</td>`, 's').exec(html)![1]!);

describe('board scores (regression: the board showed "Fidelización 100.0" and "Global 44.4" as final with 4 of 26 agreed)', () => {
  it('marks an incomplete consensus provisional, with its range in the page language and how much is agreed, and gives no level', () => {
    const few = Object.fromEntries(es.questions.slice(0, 4).map((x) => [x.id, { value: x.options[x.options.length - 1]!.id }])) as Answers;
    const score = scoreAnswers(es, few);
    expect(score.overall.complete).toBe(false);
    const html = scoresTable(score, {}, boardText('es'));
    const overall = overallCell(html);
    expect(overall).toContain('provisional');
    expect(overall).toContain(`${score.overall.range!.min.toFixed(1).replace('.', ',')}`);
    expect(overall).toMatch(/^\d+,\d /);
    expect(html).toMatch(/<tr data-overall="[^"]*" data-complete="false" data-level="">/);
    expect(text(/<p class="ws-completeness"[^>]*>(.*?)<\/p>/.exec(html)![1]!)).toContain(
      `4 de ${score.stages.reduce((n, s) => n + s.applicable, 0)} preguntas`,
    );
    for (const s of score.stages.filter((x) => !x.complete && x.score !== null)) {
      expect(stageCell(html, s.id)).toContain('provisional');
    }
    // No figure in English notation anywhere in the Spanish table.
    expect(text(html)).not.toMatch(/\d\.\d/);
  });

  it('shows a complete consensus as final, with its level and no range or provisional tag', () => {
    const score = scoreAnswers(en, allFirst(en));
    expect(score.overall.complete).toBe(true);
    const html = scoresTable(score, {}, boardText('en'));
    const overall = overallCell(html);
    expect(overall).not.toContain('provisional');
    expect(overall).toContain(score.overall.level!.label);
    expect(overall.startsWith(score.overall.score!.toFixed(1))).toBe(true);
    expect(html).not.toContain('ws-completeness');
  });
});

describe('board numbers in the page language (regression: the Spanish board and projector printed 33.3 and "28.6 · 40.9 · 60.0")', () => {
  it('writes spreads, disagreement and gap shares with the Spanish decimal comma and percent sign', () => {
    let board: BoardState = newBoard(es, 'Ferretería', 'facilitator', new Date('2026-03-01T09:00:00Z'));
    ['00000000000000a1', '00000000000000b2', '00000000000000c3'].forEach((key, i) => {
      const answers = Object.fromEntries(
        es.questions.map((x, j) => [
          x.id,
          { value: x.kind === 'multiple' ? [x.options[(i + j) % x.options.length]!.id] : x.options[(i + j) % x.options.length]!.id },
        ]),
      );
      board = takeHandIn(
        board,
        { questionnaire: { id: es.id, version: es.version }, participant: { key, revision: 1, answers } },
        'link',
      ).board;
    });
    board = { ...board, revealed: true };
    const rows = questionRows(board, es);
    const spread = Object.fromEntries(es.stages.map((s) => [s.id, { min: 28.6, median: 40.9, max: 60 }]));
    const score = scoreAnswers(es, {});
    const projector = text(projectorView(board, rows, score, spread, boardText('es')));
    expect(projector).toContain('28,6 · 40,9 · 60,0');
    expect(projector).not.toMatch(/\d\.\d/);
    const list = text(questionList(rows, es, boardText('es')));
    expect(list).toMatch(/\d+\u00a0%/);
    const english = text(scoresTable(score, spread, boardText('en')));
    expect(english).toContain('28.6 · 40.9 · 60.0');
  });
});
