import { beforeAll, describe, expect, it } from 'vitest';
import type { Questionnaire } from '../../src/core/model.js';
import { takeHandIn } from '../../src/browser/board-intake.js';
import { BOARD_KEY, isBoardState, loadBoard, newBoard, saveBoard, type BoardState } from '../../src/browser/board-state.js';
import { loadContent } from '../../src/node/load-content.js';
import { ROOT } from '../helpers/run-cli.js';

/** A Storage over a Map, with an optional failure on write (a full or disabled storage). */
function memoryStorage(failWrites = false): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    key: (i) => [...m.keys()][i] ?? null,
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => {
      if (failWrites) throw new DOMException('full', 'QuotaExceededError');
      m.set(k, String(v));
    },
    removeItem: (k) => void m.delete(k),
    clear: () => m.clear(),
  };
}

let q: Questionnaire;
let board: BoardState;
const KEY = '0123456789abcdef';

beforeAll(async () => {
  q = (await loadContent(`${ROOT}/content`)).questionnaires.find((x) => x.lang === 'es')!;
  board = newBoard(q, 'Panadería', 'facilitator', new Date('2026-01-01T10:00:00Z'));
});

describe('the board saved in the browser', () => {
  it('round-trips through storage', () => {
    const s = memoryStorage();
    expect(saveBoard(s, board)).toBe(true);
    expect(loadBoard(s, [q])).toEqual({ board });
  });

  it.each([
    ['not JSON', '{"format":'],
    ['another shape', '{"format":"digimat-board","v":1,"participants":[{"key":1}]}'],
    [
      'a later format',
      JSON.stringify({ ...newBoard({ id: 'digital-service', version: 1, lang: 'es' } as Questionnaire, 'x', 'nobody', new Date(0)), v: 2 }),
    ],
    [
      'a questionnaire this site no longer has',
      JSON.stringify({ ...newBoard({ id: 'gone', version: 1, lang: 'es' } as Questionnaire, 'x', 'nobody', new Date(0)) }),
    ],
  ])('sets %s aside under a backup key instead of throwing or dropping it', (_, text) => {
    const s = memoryStorage();
    s.setItem(BOARD_KEY, text);
    const { board: loaded, setAside } = loadBoard(s, [q]);
    expect(loaded).toBeUndefined();
    expect(setAside).toMatch(/^digimat:workshop-board:unreadable:\d+$/);
    expect(s.getItem(setAside!)).toBe(text);
    expect(s.getItem(BOARD_KEY)).toBeNull();
  });

  it('says so when the browser refuses to save', () => {
    expect(saveBoard(memoryStorage(true), board)).toBe(false);
    expect(saveBoard(undefined, board)).toBe(false);
  });

  it('accepts exactly the shape it writes', () => {
    expect(isBoardState(board)).toBe(true);
    expect(isBoardState({ ...board, anonymity: 'everyone' })).toBe(true);
    expect(isBoardState({ ...board, anonymity: 'all' })).toBe(false);
    expect(isBoardState({ ...board, participants: [{ key: KEY, revision: 1, via: 'link', answers: { website: { value: 3 } } }] })).toBe(
      false,
    );
  });
});

describe('taking a hand-in', () => {
  const handIn = (revision: number, answers: Record<string, { value: string }>, name?: string) => ({
    questionnaire: { id: 'digital-service', version: 1 },
    participant: { key: KEY, revision, ...(name ? { name } : {}), answers },
  });

  it('adds, then ignores the same hand-in, keeps the newer revision and never loses an answer', () => {
    const a = takeHandIn(board, handIn(1, { website: { value: 'current' } }), 'qr');
    expect(a.outcome).toBe('added');
    expect(takeHandIn(a.board, handIn(1, { website: { value: 'current' } }), 'link')).toEqual({ board: a.board, outcome: 'duplicate' });
    const b = takeHandIn(a.board, handIn(2, { listings: { value: 'maps' } }), 'link');
    expect(b.outcome).toBe('updated');
    expect(b.board.participants).toHaveLength(1);
    expect(Object.keys(b.board.participants[0]!.answers).sort()).toEqual(['listings', 'website']);
    expect(takeHandIn(b.board, handIn(1, { website: { value: 'none' } }), 'file').outcome).toBe('older');
  });

  it('drops the display name on an anonymous board', () => {
    const anonymous = { ...board, anonymity: 'nobody' as const };
    const { board: after } = takeHandIn(anonymous, handIn(1, { website: { value: 'current' } }, 'Ana'), 'link');
    expect(after.participants[0]).not.toHaveProperty('name');
    expect(JSON.stringify(after)).not.toContain('Ana');
    const named = takeHandIn(board, handIn(1, { website: { value: 'current' } }, 'Ana'), 'link').board;
    expect(named.participants[0]!.name).toBe('Ana');
  });
});
