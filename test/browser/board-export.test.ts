import { beforeAll, describe, expect, it } from 'vitest';
import type { Questionnaire } from '../../src/core/model.js';
import { scoreAnswers } from '../../src/core/score.js';
import { boardScores, consensusAnswers, questionRows } from '../../src/browser/board-consensus.js';
import { workshopExportJson, workshopExportYaml } from '../../src/browser/board-export.js';
import { takeHandIn } from '../../src/browser/board-intake.js';
import { isBoardState, newBoard, type BoardState } from '../../src/browser/board-state.js';
import type { ContentSet } from '../../src/model/content-set.js';
import { loadAssessmentText } from '../../src/model/load-assessment.js';
import { loadContent } from '../../src/node/load-content.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, runDigimat } from '../helpers/run-cli.js';

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
    board = takeHandIn(
      board,
      { questionnaire: { id: q.id, version: q.version }, participant: { key, revision: 1, name: names[i]!, answers } },
      'link',
    ).board;
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
    const board = {
      ...workshop('facilitator'),
      decisions: { 'search-visibility': { status: 'decided' as const, value: '1' } },
      notes: { 'search-visibility': { note: 'Medirlo en marzo', owner: 'Luis' } },
    };
    const rows = questionRows(board, q);
    for (const text of [workshopExportYaml(board, q, rows, '2026-03-01'), workshopExportJson(board, q, rows, '2026-03-01')]) {
      const parsed = loadAssessmentText(text, 'taller.yaml', content);
      // The board was started without a head count: the only remark is that the plan is not sized yet.
      expect(parsed.issues.map((i) => `${i.severity} ${i.code}`)).toEqual(['warning unknown-size']);
      expect(parsed.value!.answers).toEqual(consensusAnswers(rows, q));
      expect(scoreAnswers(q, parsed.value!.answers)).toEqual(boardScores(board, q, rows).score);
      expect(parsed.value!.workshop!.consensus['search-visibility']).toMatchObject({
        status: 'decided',
        value: '1',
        note: 'Medirlo en marzo',
        owner: 'Luis',
      });
      expect(parsed.value!.workshop!.participants.map((p) => p.name)).toEqual(names);
      expect(parsed.value!.workshop!.participants[0]!.answers.listings).toEqual({ dontKnow: true, reason: 'no lo llevo yo' });
    }
  });

  it('exports no display name in "nobody" mode, even from a board state that holds some', () => {
    const board = workshop('facilitator');
    const anonymous = { ...board, anonymity: 'nobody' as const };
    const yaml = workshopExportYaml(anonymous, q, questionRows(anonymous, q), '2026-03-01');
    for (const name of names) expect(yaml).not.toContain(name);
    expect(loadAssessmentText(yaml, 'taller.yaml', content).issues.map((i) => i.code)).toEqual(['unknown-size']);
  });

  it('leaves employees empty when the start form had none (regression: the export wrote `employees: 0`), and keeps a typed head count, through the CLI', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'digimat-board-size-'));
    const unknown = workshop('facilitator');
    const empty = workshopExportYaml(unknown, q, questionRows(unknown, q), '2026-03-01');
    // YAML's null: the key is there, with no number in it.
    expect(empty).toMatch(/^ +employees: null$/m);
    expect(empty).not.toMatch(/employees: *0/);
    writeFileSync(path.join(dir, 'unknown.yaml'), empty);
    const checked = runDigimat(['validate', path.join(dir, 'unknown.yaml')]);
    expect(checked.code).toBe(0);
    expect(checked.stderr).toContain('[unknown-size]');
    const sized = { ...workshop('facilitator'), employees: 12 };
    const typed = workshopExportYaml(sized, q, questionRows(sized, q), '2026-03-01');
    expect(loadAssessmentText(typed, 'taller.yaml', content).value!.company.employees).toBe(12);
    writeFileSync(path.join(dir, 'sized.yaml'), typed);
    const ok = runDigimat(['validate', path.join(dir, 'sized.yaml')]);
    expect(ok.code).toBe(0);
    expect(ok.stderr).not.toContain('[unknown-size]');
    const json = JSON.parse(workshopExportJson(sized, q, questionRows(sized, q), '2026-03-01'));
    expect(json.company.employees).toBe(12);
    expect(JSON.parse(workshopExportJson(unknown, q, questionRows(unknown, q), '2026-03-01')).company.employees).toBeNull();
  });

  it('keeps only a whole, non-negative head count in a saved board', () => {
    const board = newBoard(q, 'Ferretería', 'facilitator', new Date('2026-03-01T09:00:00Z'), 7);
    expect(board.employees).toBe(7);
    expect(isBoardState(board)).toBe(true);
    expect('employees' in newBoard(q, 'Ferretería', 'facilitator', new Date('2026-03-01T09:00:00Z'))).toBe(false);
    for (const bad of [-1, 2.5, '12', null]) expect(isBoardState({ ...board, employees: bad })).toBe(false);
  });
});
