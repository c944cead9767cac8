import type { HandIn } from './board-core.js';
import type { BoardState, Via } from './board-state.js';

/** What taking one hand-in did to the workshop. */
export type IntakeOutcome = 'added' | 'updated' | 'duplicate' | 'older';

/**
 * Takes one decoded hand-in into the workshop. The same participant (same key) keeps the higher
 * revision; an equal or older one changes nothing, so taking the same hand-in twice is harmless.
 * In "nobody" mode a display name never enters the board, so no export can carry it.
 */
export function takeHandIn(board: BoardState, handIn: HandIn, via: Via): { board: BoardState; outcome: IntakeOutcome } {
  const p = handIn.participant;
  const { name, ...rest } = p;
  const incoming = { ...rest, ...(board.anonymity === 'facilitator' && name ? { name } : {}), via };
  const index = board.participants.findIndex((x) => x.key === p.key);
  if (index < 0) return { board: { ...board, participants: [...board.participants, incoming] }, outcome: 'added' };
  const existing = board.participants[index]!;
  if (p.revision < existing.revision) return { board, outcome: 'older' };
  if (p.revision === existing.revision) return { board, outcome: 'duplicate' };
  const participants = board.participants.slice();
  participants[index] = incoming;
  return { board: { ...board, participants }, outcome: 'updated' };
}
