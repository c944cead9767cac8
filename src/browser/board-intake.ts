import { mergeParticipants, type HandIn, type MergeOutcome } from './board-core.js';
import type { BoardParticipant, BoardState, Via } from './board-state.js';

/**
 * Takes one decoded hand-in into the workshop with the core's merge: the same participant (same key)
 * keeps the newer revision and no answer any copy gave is lost, so taking a hand-in twice is harmless.
 * In "nobody" mode a display name never enters the board, so no export can carry it.
 */
export function takeHandIn(board: BoardState, handIn: HandIn, via: Via): { board: BoardState; outcome: MergeOutcome } {
  const { name, ...rest } = handIn.participant;
  const incoming = { ...rest, ...(board.anonymity !== 'nobody' && name ? { name } : {}) };
  // The core merges plain participants; how each arrived is the board's own note, put back after.
  const plain = board.participants.map(({ via: _via, ...p }) => p);
  const { participants, reports } = mergeParticipants(plain, [incoming]);
  const outcome = reports[0]?.outcome ?? 'duplicate';
  if (outcome === 'duplicate' || outcome === 'older') return { board, outcome };
  const viaOf = new Map(board.participants.map((p) => [p.key, p.via]));
  const merged: BoardParticipant[] = participants.map((p) => ({ ...p, via: p.key === incoming.key ? via : (viaOf.get(p.key) ?? via) }));
  return { board: { ...board, participants: merged }, outcome };
}
