import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consensusAnswers, recordConsensus } from '../../src/core/consensus-record.js';
import { mergeParticipants } from '../../src/core/merge-participants.js';
import type { Answers } from '../../src/core/model.js';
import type { Consensus, Participant } from '../../src/core/workshop-model.js';
import { buildQuestionnaire } from '../helpers/build-questionnaire.js';
import { MIXED, participantArb } from '../helpers/workshop-arbitraries.js';

/** One merge as `digimat workshop merge` does it: participants, then consensus, then the answers it stands for. */
function mergeStep(
  state: { participants: Participant[]; consensus: Consensus; answers: Answers },
  incoming: Participant[],
  acceptSuggestions: boolean,
) {
  const participants = mergeParticipants(state.participants, incoming).participants;
  const consensus = recordConsensus(MIXED, participants, state.consensus, { acceptSuggestions });
  return { participants, consensus, answers: consensusAnswers(consensus, state.answers, state.consensus) };
}

const EMPTY = { participants: [], consensus: {}, answers: {} };
const statuses = (c: Consensus) =>
  Object.fromEntries(Object.entries(c).map(([id, e]) => [id, { status: e.status, value: e.value, na: e.na, round1: e.rounds[0] }]));

const person = (n: number, value: string): Participant => ({ key: `${n}`.repeat(16), revision: 1, answers: { 'single-q': { value } } });

describe('consensus after merging hand-ins in turns', () => {
  it('a unanimity from an earlier partial merge does not survive a hand-in that disagrees (QA item 2)', () => {
    const first = mergeStep(EMPTY, [person(1, 'some'), person(2, 'some')], false);
    expect(first.consensus['single-q']!.status).toBe('unanimous');
    expect(first.answers['single-q']).toEqual({ value: 'some' });
    // Then the file holding 1-3 comes in: 1 and 2 again, and 3 who answered differently.
    const second = mergeStep(first, [person(1, 'some'), person(2, 'some'), person(3, 'all')], false);
    expect(second.consensus['single-q']).toEqual({ status: 'open', rounds: [{ count: 3, distribution: { some: 2, all: 1 } }] });
    expect(second.answers['single-q']).toBeUndefined();
  });

  it('keeps what a person recorded, with its round 1 brought up to date', () => {
    const decided: Consensus = {
      'single-q': {
        value: 'all',
        status: 'decided',
        rounds: [{ count: 1, distribution: { all: 1 } }],
        note: 'La dueña decide',
        owner: 'Marta',
      },
      'scale-q': {
        value: '2',
        status: 'consensus',
        rounds: [
          { count: 1, distribution: { '2': 1 } },
          { count: 2, distribution: { '2': 2 } },
        ],
      },
    };
    const out = recordConsensus(
      MIXED,
      [person(1, 'some'), { ...person(2, 'none'), answers: { 'single-q': { value: 'none' }, 'scale-q': { value: '4' } } }],
      decided,
    );
    expect(out['single-q']).toEqual({ ...decided['single-q'], rounds: [{ count: 2, distribution: { none: 1, some: 1 } }] });
    expect(out['scale-q']).toEqual({
      ...decided['scale-q'],
      rounds: [
        { count: 1, distribution: { '4': 1 } },
        { count: 2, distribution: { '2': 2 } },
      ],
    });
  });

  it('drops a 75 % suggestion an earlier merge took when a merge taking suggestions finds the votes no longer support it', () => {
    const scale = buildQuestionnaire([{ id: 'scale-q', stage: 'presence', kind: 'scale', prompt: 'Scale?' }]);
    const votes = (values: string[]) =>
      values.map((v, i) => ({ key: `${i}`.repeat(16), revision: 1, answers: { 'scale-q': { value: v } } }));
    const before = recordConsensus(scale, votes(['2', '2', '2', '3']), {}, { acceptSuggestions: true });
    expect(before['scale-q']!.status).toBe('consensus');
    const after = recordConsensus(scale, votes(['2', '2', '2', '3', '0', '0', '4', '4']), before, { acceptSuggestions: true });
    expect(after['scale-q']!.rounds[0]!.count).toBe(8);
    expect(after['scale-q']!.status).toBe('open');
  });

  it('gives the same statuses and answers whatever the grouping and order of the merges', () => {
    const people = fc.uniqueArray(participantArb(MIXED, false), { maxLength: 7, selector: (p) => p.key });
    fc.assert(
      fc.property(people, fc.array(fc.nat(3)), fc.boolean(), (group, cuts, accept) => {
        const atOnce = mergeStep(EMPTY, group, accept);
        // Hand-ins arrive in batches (a participant may come again in a later batch, as a file of them does).
        let state: ReturnType<typeof mergeStep> = EMPTY as ReturnType<typeof mergeStep>;
        let start = 0;
        for (const cut of [...cuts, group.length]) {
          const end = Math.min(group.length, start + cut + 1);
          const again = cut % 2 ? group.slice(0, start) : [];
          state = mergeStep(state, [...group.slice(start, end).reverse(), ...again], accept);
          start = end;
          if (start >= group.length) break;
        }
        expect(statuses(state.consensus)).toEqual(statuses(atOnce.consensus));
        expect(state.answers).toEqual(atOnce.answers);
      }),
    );
  });
});
