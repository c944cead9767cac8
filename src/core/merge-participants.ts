import type { Participant, ParticipantAnswer } from './workshop-model.js';
import { isGiven } from './workshop-model.js';

/** What merging did with one incoming hand-in. */
export type MergeOutcome = 'added' | 'updated' | 'duplicate' | 'older' | 'conflict';

export interface MergeReport {
  key: string;
  outcome: MergeOutcome;
}

function canonical(x: unknown): string {
  return JSON.stringify(x, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

function meta(p: Participant): string {
  return canonical({ name: p.name, role: p.role, proxy: p.proxy, notes: p.notes });
}

/** Whether the first of two copies' field wins: the higher revision, then on a tie the smaller canonical form. */
function firstWins<T>(a: { revision: number; value: T }, b: { revision: number; value: T }, form: (v: T) => string): boolean {
  if (a.revision !== b.revision) return a.revision > b.revision;
  return form(a.value) <= form(b.value);
}

/**
 * Joins two hand-ins of the same participant, field by field: each answer comes from the highest
 * revision that gives one (a blank never erases an answer; an answer kept from an older hand-in
 * records its revision), and the name, role and notes from the higher revision. Copies of the same
 * revision that differ (a phone raises its revision with every change, so that means a fault) are
 * settled by their canonical form. So the result does not depend on the order hand-ins arrive in,
 * and joining a copy again changes nothing.
 */
export function joinParticipant(a: Participant, b: Participant): Participant {
  const head = firstWins({ revision: a.revision, value: a }, { revision: b.revision, value: b }, meta) ? a : b;
  const revision = Math.max(a.revision, b.revision);
  const answers: Record<string, ParticipantAnswer> = {};
  const given = (p: Participant, id: string) => {
    const x = p.answers[id];
    return x && isGiven(x) ? { revision: x.revision ?? p.revision, value: x } : undefined;
  };
  for (const id of [...new Set([...Object.keys(a.answers), ...Object.keys(b.answers)])].sort()) {
    const x = given(a, id);
    const y = given(b, id);
    const pick = x && y ? (firstWins(x, y, (v) => canonical({ ...v, revision: undefined })) ? x : y) : (x ?? y);
    if (!pick) continue;
    const { revision: _own, ...answer } = pick.value;
    answers[id] = pick.revision < revision ? { ...answer, revision: pick.revision } : answer;
  }
  const { name, role, proxy, notes } = head;
  return {
    key: a.key,
    revision,
    ...(name === undefined ? {} : { name }),
    ...(role === undefined ? {} : { role }),
    ...(proxy ? { proxy } : {}),
    ...(notes === undefined ? {} : { notes }),
    answers,
  };
}

/** Whether two copies of the same revision say different things anywhere both say something. */
function disagrees(a: Participant, b: Participant): boolean {
  if (meta(a) !== meta(b)) return true;
  return Object.keys(b.answers).some(
    (id) => isGiven(a.answers[id]) && isGiven(b.answers[id]) && canonical(a.answers[id]) !== canonical(b.answers[id]),
  );
}

/**
 * Merges incoming hand-ins into a workshop's participants, by key: idempotent, the newer revision
 * wins, and no answer any copy gave is lost. Participants keep their order; new ones follow in the
 * order they came in.
 */
export function mergeParticipants(
  existing: readonly Participant[],
  incoming: readonly Participant[],
): { participants: Participant[]; reports: MergeReport[] } {
  const byKey = new Map<string, Participant>();
  for (const p of existing) byKey.set(p.key, byKey.has(p.key) ? joinParticipant(byKey.get(p.key)!, p) : p);
  const reports: MergeReport[] = [];
  for (const p of incoming) {
    const before = byKey.get(p.key);
    if (!before) {
      byKey.set(p.key, p);
      reports.push({ key: p.key, outcome: 'added' });
      continue;
    }
    const after = joinParticipant(before, p);
    byKey.set(p.key, after);
    const outcome: MergeOutcome =
      p.revision > before.revision
        ? 'updated'
        : p.revision < before.revision
          ? 'older'
          : disagrees(before, p)
            ? 'conflict'
            : canonical(after) === canonical(before)
              ? 'duplicate'
              : 'updated';
    reports.push({ key: p.key, outcome });
  }
  return { participants: [...byKey.values()], reports };
}
