import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinParticipant, mergeParticipants } from '../../src/core/merge-participants.js';
import type { Participant } from '../../src/core/workshop-model.js';
import { isGiven } from '../../src/core/workshop-model.js';
import { MIXED, participantArb } from '../helpers/workshop-arbitraries.js';

/** Copies of one participant: the same key, any revisions and answers. */
const copiesArb = fc
  .array(participantArb(MIXED), { minLength: 1, maxLength: 4 })
  .map((ps) => ps.map((p) => ({ ...p, key: 'aaaaaaaaaaaaaaaa', revision: (p.revision % 3) + 1 })));
const groupArb = fc.array(participantArb(MIXED), { maxLength: 5 });

const byKey = (ps: Participant[]) => [...ps].sort((a, b) => a.key.localeCompare(b.key));

describe('merging hand-ins', () => {
  it('is idempotent: merging the same hand-ins again changes nothing', () => {
    fc.assert(
      fc.property(groupArb, groupArb, (existing, incoming) => {
        const once = mergeParticipants(existing, incoming).participants;
        const twice = mergeParticipants(once, incoming);
        expect(twice.participants).toEqual(once);
        expect(twice.reports.some((r) => r.outcome === 'added' || r.outcome === 'updated')).toBe(false);
      }),
    );
  });

  it('joins copies the same way whichever came first, and joining a copy again changes nothing', () => {
    fc.assert(
      fc.property(copiesArb, (copies) => {
        const [a, b = a, c = b] = copies;
        const ab = joinParticipant(a!, b!);
        expect(joinParticipant(b!, a!)).toEqual(ab);
        expect(joinParticipant(ab, b!)).toEqual(ab);
        expect(joinParticipant(joinParticipant(a!, c!), b!)).toEqual(joinParticipant(ab, c!));
      }),
    );
  });

  it('lets the newer revision win and never loses an answer any copy gave', () => {
    // A phone raises the revision with every change, so copies of one participant have distinct revisions.
    const distinct = copiesArb.map((cs) => cs.map((c, i) => ({ ...c, revision: c.revision * 10 + i })));
    fc.assert(
      fc.property(distinct, (copies) => {
        const merged = mergeParticipants([], copies).participants;
        expect(merged).toHaveLength(1);
        const [p] = merged as [Participant];
        const newest = Math.max(...copies.map((c) => c.revision));
        expect(p.revision).toBe(newest);
        for (const q of MIXED.questions) {
          const givers = copies.filter((c) => isGiven(c.answers[q.id]));
          expect(isGiven(p.answers[q.id])).toBe(givers.length > 0);
          const top = Math.max(...givers.map((c) => c.revision));
          if (givers.length) {
            const { revision, ...answer } = p.answers[q.id]!;
            expect(givers.filter((c) => c.revision === top).map((c) => c.answers[q.id])).toContainEqual(answer);
            expect(revision).toBe(top < newest ? top : undefined);
          }
        }
      }),
    );
  });

  it('keeps an answer some copy gave even when copies of the same revision disagree', () => {
    fc.assert(
      fc.property(copiesArb, (copies) => {
        const [p] = mergeParticipants([], copies).participants as [Participant];
        for (const q of MIXED.questions) {
          const given = copies.filter((c) => isGiven(c.answers[q.id])).map((c) => c.answers[q.id]);
          const { revision: _r, ...answer } = p.answers[q.id] ?? {};
          if (given.length) expect(given).toContainEqual(answer);
          else expect(p.answers[q.id]).toBeUndefined();
        }
      }),
    );
  });

  it('keeps every participant of either side', () => {
    fc.assert(
      fc.property(groupArb, groupArb, (existing, incoming) => {
        const keys = new Set([...existing, ...incoming].map((p) => p.key));
        expect(new Set(mergeParticipants(existing, incoming).participants.map((p) => p.key))).toEqual(keys);
        expect(byKey(mergeParticipants(existing, incoming).participants).map((p) => p.key)).toEqual(
          byKey(mergeParticipants(incoming, existing).participants).map((p) => p.key),
        );
      }),
    );
  });

  it('reports added, updated, duplicate, older and conflicting hand-ins', () => {
    const v1: Participant = { key: '1111111111111111', revision: 1, answers: { 'scale-q': { value: '1' } } };
    const v2: Participant = { ...v1, revision: 2, answers: { 'scale-q': { value: '3' } } };
    const rival: Participant = { ...v1, answers: { 'scale-q': { value: '2' } } };
    expect(mergeParticipants([], [v1]).reports).toEqual([{ key: v1.key, outcome: 'added' }]);
    const r = mergeParticipants([v1], [v2, v2, v1]);
    expect(r.reports.map((x) => x.outcome)).toEqual(['updated', 'duplicate', 'older']);
    expect(r.participants).toEqual([v2]);
    expect(mergeParticipants([v1], [rival]).reports[0]!.outcome).toBe('conflict');
  });
});
