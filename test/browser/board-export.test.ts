import { beforeAll, describe, expect, it } from 'vitest';
import type { Questionnaire } from '../../src/core/model.js';
import { scoreAnswers } from '../../src/core/score.js';
import { boardScores, consensusAnswers, questionRows } from '../../src/browser/board-consensus.js';
import { workshopExportJson, workshopExportYaml } from '../../src/browser/board-export.js';
import { takeHandIn } from '../../src/browser/board-intake.js';
import { newBoard, type BoardState } from '../../src/browser/board-state.js';
import type { ContentSet } from '../../src/model/content-set.js';
import { loadAssessmentText } from '../../src/model/load-assessment.js';
import { loadContent } from '../../src/node/load-content.js';
import { ROOT } from '../helpers/run-cli.js';

let content: ContentSet;
let q: Questionnaire;

const keys = ['00000000000000a1', '00000000000000b2', '00000000000000c3', '00000000000000d4'];
const names = ['Ana', 'Luis', 'Marta', 'Jorge'];

/** Four participants: they agree on `website`, split on `search-visibility`, and one does not know `listings`. */
function workshop(anonymity: BoardState['anonymity']): BoardState {
  let board = newBoard(q, 'Ferretería', anonymity, new Date('2026-03-01T09:00:00Z'));
  keys.forEach((key, i) => {
    const answers = {
      website: { value: 'current' },
      'search-visibility': { value: String(i) },
      ...(i === 0 ? { listings: { dontKnow: true, reason: 'no lo llevo yo' } } : {}),
    };
    board = takeHandIn(board, { questionnaire: { id: q.id, version: q.version }, participant: { key, revision: 1, name: names[i]!, answers } }, 'link').board;
  });
  return { ...board, revealed: true };
}

beforeAll(async () => {
  content = await loadContent(`${ROOT}/content`);
  q = content.questionnaires.find((x) => x.lang === 'es')!;
});

describe('the board’s consensus and its export', () => {
  it('agrees unanimous questions by itself, keeps disputed ones open, and records a re-vote as round 2', () => {
    const board = workshop('facilitator');
    const rows = questionRows(board, q);
    const byId = new Map(rows.map((r) => [r.question.id, r]));
    expect(byId.get('website')!.entry).toMatchObject({ status: 'unanimous', value: 'current' });
    expect(byId.get('search-visibility')!.entry.status).toBe('open');
    expect(rows[0]!.question.id).toBe('search-visibility');
    const revoted = { ...board, round2: { 'search-visibility': Object.fromEntries(keys.map((k) => [k, { value: '2' }])) } };
    const entry = questionRows(revoted, q).find((r) => r.question.id === 'search-visibility')!.entry;
    expect(entry).toMatchObject({ status: 'unanimous', value: '2' });
    expect(entry.rounds.map((r) => r.distribution)).toEqual([{ '0': 1, '1': 1, '2': 1, '3': 1 }, { '2': 4 }]);
  });

  it('exports a workshop file the CLI’s loader accepts, whose answers score exactly as the board shows', () => {
    const board = { ...workshop('facilitator'), decisions: { 'search-visibility': { status: 'decided' as const, value: '1' } }, notes: { 'search-visibility': { note: 'Medirlo en marzo', owner: 'Luis' } } };
    const rows = questionRows(board, q);
    for (const text of [workshopExportYaml(board, q, rows, '2026-03-01'), workshopExportJson(board, q, rows, '2026-03-01')]) {
      const parsed = loadAssessmentText(text, 'taller.yaml', content);
      expect(parsed.issues).toEqual([]);
      expect(parsed.value!.answers).toEqual(consensusAnswers(rows, q));
      expect(scoreAnswers(q, parsed.value!.answers)).toEqual(boardScores(board, q, rows).score);
      expect(parsed.value!.workshop!.consensus['search-visibility']).toMatchObject({ status: 'decided', value: '1', note: 'Medirlo en marzo', owner: 'Luis' });
      expect(parsed.value!.workshop!.participants.map((p) => p.name)).toEqual(names);
      expect(parsed.value!.workshop!.participants[0]!.answers.listings).toEqual({ dontKnow: true, reason: 'no lo llevo yo' });
    }
  });

  it('exports no display name in "nobody" mode, even from a board state that holds some', () => {
    const board = workshop('facilitator');
    const anonymous = { ...board, anonymity: 'nobody' as const };
    const yaml = workshopExportYaml(anonymous, q, questionRows(anonymous, q), '2026-03-01');
    for (const name of names) expect(yaml).not.toContain(name);
    expect(loadAssessmentText(yaml, 'taller.yaml', content).issues).toEqual([]);
  });
});
