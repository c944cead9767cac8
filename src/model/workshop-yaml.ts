import { Document, isMap, isScalar, isSeq, visit } from 'yaml';
import type { Answer, Assessment, Questionnaire } from '../core/model.js';
import type { ConsensusEntry, ParticipantAnswer, Workshop } from '../core/workshop-model.js';

function answerOut(a: Answer): unknown {
  if (a.na) return a.note ? { na: true, note: a.note } : { na: true };
  if (a.value === undefined) return a.note ? { note: a.note } : null;
  return a.note ? { value: a.value, note: a.note } : a.value;
}

function participantAnswerOut(a: ParticipantAnswer): unknown {
  const extra = { ...(a.revision === undefined ? {} : { revision: a.revision }) };
  if (a.dontKnow) return { dontKnow: true, ...(a.reason ? { reason: a.reason } : {}), ...(a.note ? { note: a.note } : {}), ...extra };
  const plain = answerOut(a);
  if (a.revision === undefined) return plain;
  return {
    ...(plain !== null && typeof plain === 'object' && !Array.isArray(plain) ? plain : plain === null ? {} : { value: plain }),
    ...extra,
  };
}

/** Answers in questionnaire order, then any the questionnaire does not list (kept, never dropped). */
function inOrder<T>(q: Questionnaire, answers: Record<string, T>, out: (a: T) => unknown): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const question of q.questions) if (question.id in answers) ordered[question.id] = out(answers[question.id]!);
  for (const [id, a] of Object.entries(answers)) if (!(id in ordered)) ordered[id] = out(a);
  return ordered;
}

function consensusOut(e: ConsensusEntry): Record<string, unknown> {
  return {
    ...(e.na ? { na: true } : e.value === undefined ? {} : { value: e.value }),
    status: e.status,
    rounds: e.rounds,
    ...(e.note === undefined ? {} : { note: e.note }),
    ...(e.owner === undefined ? {} : { owner: e.owner }),
  };
}

/** The plain data of a workshop assessment, keys in the order people read them. */
export function workshopDocument(q: Questionnaire, a: Assessment & { workshop: Workshop }): Record<string, unknown> {
  const w = a.workshop;
  return {
    questionnaire: { id: q.id, version: q.version, lang: q.lang },
    // A fixed key order, so writing a loaded file again gives the same bytes.
    company: { name: a.company.name, sector: a.company.sector, employees: a.company.employees ?? null, location: a.company.location },
    date: a.date,
    assessor: a.assessor,
    publish: a.publish,
    ...(a.notes === undefined ? {} : { notes: a.notes }),
    workshop: { anonymity: w.anonymity },
    answers: inOrder(q, a.answers, answerOut),
    participants: w.participants.map((p) => ({
      key: p.key,
      revision: p.revision,
      ...(p.name === undefined || w.anonymity === 'nobody' ? {} : { name: p.name }),
      ...(p.role === undefined ? {} : { role: p.role }),
      ...(p.proxy ? { proxy: true } : {}),
      ...(p.notes === undefined ? {} : { notes: p.notes }),
      answers: inOrder(q, p.answers, participantAnswerOut),
    })),
    consensus: inOrder(q, w.consensus, consensusOut),
    ...(a.baseline === undefined ? {} : { baseline: a.baseline }),
    ...(a.worksheets === undefined ? {} : { worksheets: a.worksheets }),
  };
}

/**
 * A workshop assessment as YAML, readable and compact: an answer or a round on one line, the
 * participants and the consensus as blocks. `digimat validate` accepts what this writes.
 */
export function workshopYaml(
  q: Questionnaire,
  a: Assessment & { workshop: Workshop },
  schemaPath = '../schema/assessment.schema.json',
): string {
  const doc = new Document(workshopDocument(q, a), { aliasDuplicateObjects: false });
  visit(doc, {
    Map(_key, node, path) {
      // questionnaire, and anything nested three levels down (an answer, a round), reads best on one line.
      const depth = path.filter((p) => isMap(p) || isSeq(p)).length;
      if (
        depth >= 4 ||
        (depth === 1 && path.length >= 2 && node.items.every((i) => !isMap(i.value) && !isSeq(i.value)) && node.items.length <= 3)
      )
        node.flow = true;
    },
    Seq(_key, node) {
      if (node.items.every((i) => !isMap(i) && !isSeq(i))) node.flow = true;
    },
  });
  // Quoted like the other assessments, so no YAML 1.1 reader takes it for a timestamp.
  const date = doc.get('date', true);
  if (isScalar(date)) date.type = 'QUOTE_DOUBLE';
  return `# yaml-language-server: $schema=${schemaPath}\n${doc.toString({ lineWidth: 0 })}`;
}
