import { roundOf, recordConsensus, consensusAnswers } from '../core/consensus-record.js';
import { mergeParticipants } from '../core/merge-participants.js';
import type { Assessment, Questionnaire } from '../core/model.js';
import { aggregateQuestions } from '../core/workshop-aggregate.js';
import type { Consensus, Participant, ParticipantAnswer, Workshop } from '../core/workshop-model.js';
import { workshopYaml } from '../model/workshop-yaml.js';
import type { AnswerEvent } from './room-events.js';
import { participantRevision, type RoomParticipant, type RoomState } from './room-state.js';

function participantAnswer(a: AnswerEvent): ParticipantAnswer {
  if (a.dontKnow) return { dontKnow: true, ...(a.reason ? { reason: a.reason } : {}), ...(a.note ? { note: a.note } : {}) };
  if (a.na) return { na: true, ...(a.note ? { note: a.note } : {}) };
  return { value: a.value!, ...(a.note ? { note: a.note } : {}) };
}

/** A room participant as the workshop core knows them: their blind (round 1) answers. */
function asParticipant(p: RoomParticipant, named: boolean): Participant {
  const answers: Record<string, ParticipantAnswer> = {};
  for (const [q, rounds] of p.answers) {
    const first = rounds.get(1);
    if (first) answers[q] = participantAnswer(first);
  }
  return {
    key: p.key,
    revision: participantRevision(p),
    ...(named && p.name ? { name: p.name } : {}),
    ...(p.role ? { role: p.role } : {}),
    answers,
  };
}

/**
 * The workshop as the room holds it, put together by the workshop core: participants' blind answers,
 * round 2 of each re-voted question (each voter's hand-in with that one answer replaced, as the board
 * counts it), and the agreements the facilitator recorded; unanimous questions agree by themselves.
 */
export function roomWorkshop(state: RoomState, q: Questionnaire, earlier?: Workshop): Workshop {
  const named = state.opened.anonymity !== 'nobody';
  const fromRoom = [...state.participants.values()].filter((p) => p.answers.size > 0).map((p) => asParticipant(p, named));
  const participants = mergeParticipants(earlier?.participants ?? [], fromRoom).participants;
  const existing: Consensus = { ...(earlier?.consensus ?? {}) };
  for (const question of q.questions) {
    const recorded = state.consensus.get(question.id);
    let round2: ReturnType<typeof roundOf> | undefined;
    if (state.revoted.has(question.id)) {
      const voters = [...state.participants.values()].flatMap((p) => {
        const vote = p.answers.get(question.id)?.get(2);
        if (!vote) return [];
        const base = participants.find((x) => x.key === p.key) ?? { key: p.key, revision: 0, answers: {} };
        return [{ ...base, answers: { ...base.answers, [question.id]: participantAnswer(vote) } }];
      });
      if (voters.length > 0) round2 = roundOf(question, aggregateQuestions(q, voters).find((a) => a.id === question.id)!);
    }
    if (!recorded && !round2) continue;
    // recordConsensus replaces round 1 with the participants' answers as they stand; later rounds stay.
    const placeholder = { count: 0, distribution: {} };
    existing[question.id] = {
      status: recorded?.status ?? 'open',
      ...(recorded?.na ? { na: true } : recorded?.value !== undefined ? { value: recorded.value } : {}),
      rounds: round2 ? [placeholder, round2] : [placeholder],
      ...(recorded?.note ? { note: recorded.note } : {}),
      ...(recorded?.owner ? { owner: recorded.owner } : {}),
    };
  }
  return {
    anonymity: earlier?.anonymity ?? state.opened.anonymity,
    participants,
    consensus: recordConsensus(q, participants, existing, { recorded: settledInRoom(state) }),
  };
}

/** Questions the facilitator settled in this room (recorded as consensus or decided). */
function settledInRoom(state: RoomState): Set<string> {
  return new Set([...state.consensus].filter(([, c]) => c.status === 'consensus' || c.status === 'decided').map(([id]) => id));
}

/**
 * The file's answers and date after the room. On a workshop file, answers follow the consensus over
 * the file's own (an agreement that no longer holds takes back the answer it gave), and the date
 * moves to the room's day only when the room recorded an agreement; on a plain assessment the
 * group's agreed answers and the room's day are written, as before.
 */
function closingFields(base: Assessment, workshop: Workshop, state: RoomState, date: string): Pick<Assessment, 'answers' | 'date'> {
  // A plain assessment's answers are one person's, not the group's: a first workshop on it writes the group's alone.
  const answers = base.workshop
    ? consensusAnswers(workshop.consensus, base.answers, base.workshop.consensus)
    : consensusAnswers(workshop.consensus);
  return { answers, date: state.consensus.size > 0 || !base.workshop ? date : base.date };
}

/**
 * The workshop file from the room's own state, written by the workshop model's serializer (the one
 * `digimat workshop merge` and the board's export use), over the facilitator's assessment: company,
 * assessor and notes stay theirs.
 */
export function workshopFileFromRoom(q: Questionnaire, base: Assessment, state: RoomState, date: string): string {
  const workshop = roomWorkshop(state, q, base.workshop);
  return workshopYaml(q, { ...base, ...closingFields(base, workshop, state, date), workshop });
}

/** What the board posts when it closes the room: its own export, as an assessment with its workshop. */
export interface BoardExport {
  date: string;
  answers: Assessment['answers'];
  workshop: Workshop;
}

/**
 * The workshop file from the board's own export, laid over the facilitator's assessment. Hand-ins
 * the file already held (merged earlier, or there before the room opened) are merged with the
 * board's by key, so nothing is lost. The file's recorded consensus stays; the board's entries are
 * taken where the facilitator settled or re-voted a question in this room; every round 1 and every
 * automatic status is then worked out from all participants, not only the board's.
 */
export function workshopFileFromBoard(q: Questionnaire, base: Assessment, board: BoardExport, state: RoomState): string {
  const participants = mergeParticipants(base.workshop?.participants ?? [], board.workshop.participants).participants;
  const recorded = settledInRoom(state);
  const existing: Consensus = { ...(base.workshop?.consensus ?? {}) };
  for (const [id, entry] of Object.entries(board.workshop.consensus)) {
    if (recorded.has(id) || state.revoted.has(id) || entry.rounds.length > 1) existing[id] = entry;
  }
  const anonymity = base.workshop?.anonymity ?? board.workshop.anonymity;
  const workshop: Workshop = { anonymity, participants, consensus: recordConsensus(q, participants, existing, { recorded }) };
  return workshopYaml(q, { ...base, ...closingFields(base, workshop, state, board.date), workshop });
}
