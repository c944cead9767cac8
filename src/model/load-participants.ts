import type { Issue } from '../core/issue.js';
import type { Answers, Question, Questionnaire } from '../core/model.js';
import { questionKind } from '../core/question-kinds.js';
import type { Consensus, ConsensusEntry, Participant, ParticipantAnswer, Workshop } from '../core/workshop-model.js';
import type { AssessmentSource } from '../schema/assessment-schema.js';
import type { ConsensusEntrySource, ParticipantAnswerSource } from '../schema/workshop-schema.js';
import { issueAt } from './issue-at.js';
import { didYouMean } from './suggest.js';
import type { PathSegment, YamlSource } from './yaml-source.js';
import type { IssueCode } from '../core/issue-codes.js';

/** Votes in a round's distribution that are not option ids. */
const OTHER_VOTES = ['na', 'dontKnow'];

/**
 * Reads the workshop part of a schema-valid assessment (participants, consensus, anonymity) and
 * checks it against the questionnaire exactly as `answers` are checked: every problem located, all
 * of them reported. On an older questionnaire version an answer that no longer fits is dropped and
 * counted in a warning instead, so history still loads. Returns no workshop for a plain assessment.
 */
export function loadWorkshop(
  source: YamlSource,
  raw: AssessmentSource,
  questionnaire: Questionnaire,
  answers: Answers,
  older: boolean,
): { workshop?: Workshop; issues: Issue[] } {
  if (raw.workshop === undefined && raw.participants === undefined && raw.consensus === undefined) return { issues: [] };
  const issues: Issue[] = [];
  const anonymity = raw.workshop?.anonymity ?? 'facilitator';
  const ids = questionnaire.questions.map((q) => q.id);
  let droppedCount = 0;
  /**
   * An answer or consensus entry for a question the questionnaire does not have: an error, unless
   * the file was made on an older version, whose removed questions are dropped and counted.
   */
  const unknownQuestion = (where: PathSegment[], qid: string) => {
    if (older) droppedCount++;
    else
      issues.push(
        issueAt(
          source,
          where,
          'unknown-question',
          `unknown question \`${qid}\`${didYouMean(qid, ids)} in ${questionnaire.id} version ${questionnaire.version}`,
          { at: 'key' },
        ),
      );
  };
  const seen = new Map<string, number>();

  const participants: Participant[] = (raw.participants ?? []).map((p, i) => {
    const at: PathSegment[] = ['participants', i];
    const first = seen.get(p.key);
    if (first !== undefined) {
      issues.push(
        issueAt(
          source,
          [...at, 'key'],
          'duplicate-participant',
          `participant key \`${p.key}\` is used twice (first by participant ${first + 1}); merge their hand-ins with \`digimat workshop merge\``,
        ),
      );
    } else seen.set(p.key, i);
    if (anonymity === 'nobody' && p.name !== undefined) {
      issues.push(
        issueAt(
          source,
          [...at, 'name'],
          'name-when-anonymous',
          "this workshop's anonymity is `nobody`, so participants carry no display name; remove `name`",
          { at: 'key' },
        ),
      );
    }
    const own: Participant['answers'] = {};
    for (const [qid, rawAnswer] of Object.entries(p.answers)) {
      const where = [...at, 'answers', qid];
      const question = questionnaire.questions.find((q) => q.id === qid);
      if (!question) {
        unknownQuestion(where, qid);
        continue;
      }
      const read = readParticipantAnswer(question, rawAnswer);
      if ('problem' in read) {
        if (older) droppedCount++;
        else issues.push(issueAt(source, [...where, ...read.path], read.code, read.problem));
        continue;
      }
      if (read.answer) own[qid] = read.answer;
    }
    return {
      key: p.key,
      revision: p.revision ?? 1,
      ...(p.name === undefined || anonymity === 'nobody' ? {} : { name: p.name }),
      ...(p.role === undefined ? {} : { role: p.role }),
      ...(p.proxy ? { proxy: true } : {}),
      ...(p.notes === undefined ? {} : { notes: p.notes }),
      answers: own,
    };
  });

  const consensus: Consensus = {};
  for (const [qid, entry] of Object.entries(raw.consensus ?? {})) {
    const where: PathSegment[] = ['consensus', qid];
    const question = questionnaire.questions.find((q) => q.id === qid);
    if (!question) {
      unknownQuestion(where, qid);
      continue;
    }
    const read = readConsensus(source, where, question, entry, answers[qid]);
    issues.push(...read.issues);
    if (read.entry) consensus[qid] = read.entry;
  }

  if (droppedCount > 0) {
    issues.push(
      issueAt(
        source,
        ['questionnaire', 'version'],
        'older-version',
        `made on version ${raw.questionnaire.version}; dropping ${droppedCount} workshop answer(s) that no longer fit version ${questionnaire.version}`,
        { severity: 'warning' },
      ),
    );
  }
  return { workshop: { anonymity, participants, consensus }, issues };
}

type Read = { answer?: ParticipantAnswer } | { problem: string; code: IssueCode; path: PathSegment[] };

function readParticipantAnswer(question: Question, rawAnswer: ParticipantAnswerSource): Read {
  if (rawAnswer === null) return {};
  const long = typeof rawAnswer === 'object' && !Array.isArray(rawAnswer) ? rawAnswer : undefined;
  const answer: ParticipantAnswer = {};
  if (long?.note !== undefined) answer.note = long.note;
  if (long?.revision !== undefined) answer.revision = long.revision;
  if (long?.dontKnow) {
    if (long.value !== undefined || long.na) {
      return {
        problem: `answer to \`${question.id}\` says "I don't know" and also gives ${long.na ? '"not applicable"' : 'a value'}; keep one`,
        code: 'dont-know-with-answer',
        path: ['dontKnow'],
      };
    }
    answer.dontKnow = true;
    if (long.reason !== undefined) answer.reason = long.reason;
    return { answer };
  }
  if (long?.reason !== undefined) {
    return {
      problem: `a reason belongs to an "I don't know" answer; add \`dontKnow: true\` or move the text to \`note\``,
      code: 'reason-without-dont-know',
      path: ['reason'],
    };
  }
  if (long?.na) {
    if (!question.allowNa)
      return { problem: `question \`${question.id}\` does not allow "not applicable"`, code: 'na-not-allowed', path: ['na'] };
    if (long.value !== undefined)
      return {
        problem: `answer to \`${question.id}\` is marked not applicable and also has a value; keep one`,
        code: 'na-with-value',
        path: ['value'],
      };
    answer.na = true;
    return { answer };
  }
  const value = long ? long.value : rawAnswer;
  if (value !== undefined && value !== null) {
    const normalized = questionKind(question.kind).normalize(question, value);
    if (!normalized.ok)
      return { problem: `question \`${question.id}\` ${normalized.reason}`, code: 'bad-answer', path: long ? ['value'] : [] };
    answer.value = normalized.value;
  }
  return answer.value === undefined && answer.note === undefined ? {} : { answer };
}

function sameValue(a: string | string[] | undefined, b: string | string[] | undefined): boolean {
  const key = (v: string | string[] | undefined) => (Array.isArray(v) ? [...v].sort().join('\u0000') : v);
  return key(a) === key(b);
}

function readConsensus(
  source: YamlSource,
  where: PathSegment[],
  question: Question,
  entry: ConsensusEntrySource,
  agreed: Answers[string] | undefined,
): { entry?: ConsensusEntry; issues: Issue[] } {
  const issues: Issue[] = [];
  const out: ConsensusEntry = { status: entry.status, rounds: [] };
  if (entry.na) {
    if (!question.allowNa)
      issues.push(issueAt(source, [...where, 'na'], 'na-not-allowed', `question \`${question.id}\` does not allow "not applicable"`));
    else if (entry.value !== undefined)
      issues.push(
        issueAt(
          source,
          [...where, 'value'],
          'na-with-value',
          `consensus on \`${question.id}\` is marked not applicable and also has a value; keep one`,
        ),
      );
    else out.na = true;
  } else if (entry.value !== undefined) {
    const normalized = questionKind(question.kind).normalize(question, entry.value);
    if (normalized.ok) out.value = normalized.value;
    else issues.push(issueAt(source, [...where, 'value'], 'bad-answer', `question \`${question.id}\` ${normalized.reason}`));
  }
  if (entry.status !== 'open' && entry.value === undefined && !entry.na) {
    issues.push(
      issueAt(
        source,
        [...where, 'status'],
        'consensus-without-value',
        `consensus on \`${question.id}\` is \`${entry.status}\` but records no value; give \`value\` (or \`na: true\`), or set \`status: open\``,
      ),
    );
  }
  const options = question.options.map((o) => o.id);
  (entry.rounds ?? []).forEach((round, r) => {
    for (const id of Object.keys(round.distribution)) {
      if (!options.includes(id) && !OTHER_VOTES.includes(id)) {
        issues.push(
          issueAt(
            source,
            [...where, 'rounds', r, 'distribution', id],
            'unknown-option',
            `question \`${question.id}\` has no option \`${id}\`${didYouMean(id, options)}; votes count under: ${[...options, ...OTHER_VOTES].join(', ')}`,
            { at: 'key' },
          ),
        );
      }
    }
    out.rounds.push({ count: round.count, distribution: { ...round.distribution } });
  });
  if (entry.note !== undefined) out.note = entry.note;
  if (entry.owner !== undefined) out.owner = entry.owner;
  if (issues.length === 0 && entry.status !== 'open') {
    const agreesWithAnswers = out.na ? !!agreed?.na : !agreed?.na && sameValue(agreed?.value, out.value);
    if (!agreesWithAnswers) {
      issues.push(
        issueAt(
          source,
          where,
          'consensus-differs',
          `the agreed answer to \`${question.id}\` differs from \`answers.${question.id}\`; scores use \`answers\`, so copy the agreed value there`,
          { at: 'key', severity: 'warning' },
        ),
      );
    }
  }
  return { ...(issues.some((i) => i.severity === 'error') ? {} : { entry: out }), issues };
}
