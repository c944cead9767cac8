import { existsSync, statSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { consensusAnswers, recordConsensus } from '../core/consensus-record.js';
import { UsageError, ValidationError } from '../core/errors.js';
import { formatIssue, hasErrors, sortIssues } from '../core/issue.js';
import type { Lang } from '../core/lang.js';
import type { Assessment, Questionnaire } from '../core/model.js';
import { mergeParticipants, type MergeOutcome } from '../core/merge-participants.js';
import type { Anonymity, Participant, Workshop } from '../core/workshop-model.js';
import type { ContentSet } from '../model/content-set.js';
import { readHandInCode, readHandInFile, type HandInRead, type HandInRefusal } from '../model/hand-in-sources.js';
import { handInProblemText } from '../i18n/workshop-text.js';
import { loadAssessmentText } from '../model/load-assessment.js';
import { workshopYaml } from '../model/workshop-yaml.js';
import { displayPath } from '../node/display-path.js';
import { loadContent } from '../node/load-content.js';
import { schemaFile } from '../node/package-dir.js';
import { readText } from '../node/read-text.js';
import { EXIT, type CommandIo } from './io.js';

export interface WorkshopMergeOptions {
  inputs: string[];
  out?: string;
  content: string;
  /** For a new workshop file. */
  lang: Lang;
  company?: string;
  anonymity?: Anonymity;
  date?: string;
  /** Record a scale's 75 % suggestion as the group's consensus instead of leaving it open. */
  acceptSuggestions: boolean;
}

const SAID: Record<MergeOutcome, string> = {
  added: 'added',
  updated: 'updated to a newer revision',
  duplicate: 'already merged: nothing changed',
  older: 'an older revision: the newer one is kept (answers it lacks were filled in)',
  conflict: 'a different hand-in with the same revision: both kept where they do not overlap; check this participant',
};

function who(p: Participant, anonymity: Anonymity): string {
  const name = anonymity !== 'nobody' && p.name ? ` ${p.name}` : '';
  return `participant ${p.key}${name}${p.role ? ` (${p.role})` : ''}${p.proxy ? ' [proxy]' : ''}`;
}

/** A refusal as the CLI prints it (in English, like its other messages). */
function refusalText(r: HandInRefusal): string {
  if (r.problem === 'invalid-file') return `${r.label}: refused: not a valid answers file:\n${r.issues ?? ''}`;
  return `${r.label}: refused: ${handInProblemText('en', r.problem, r.detail)}`;
}

/** The workshop to merge into: the -o file when it exists, otherwise a new one. */
async function target(
  options: WorkshopMergeOptions,
  content: ContentSet,
  first: HandInRead | undefined,
): Promise<{ questionnaire: Questionnaire; assessment: Assessment; workshop: Workshop; existed: boolean }> {
  if (options.out && existsSync(options.out)) {
    const shown = displayPath(options.out);
    const parsed = loadAssessmentText(await readText(options.out), shown, content);
    const issues = sortIssues(parsed.issues);
    if (hasErrors(issues) || !parsed.value || !parsed.questionnaire) throw new ValidationError(issues.map(formatIssue).join('\n'));
    const a = parsed.value;
    return {
      questionnaire: parsed.questionnaire,
      assessment: a,
      workshop: a.workshop ?? { anonymity: options.anonymity ?? 'facilitator', participants: [], consensus: {} },
      existed: true,
    };
  }
  const wanted = first?.ok ? first.batch.questionnaire : undefined;
  const questionnaire =
    content.questionnaires.find((q) => q.lang === options.lang && (!wanted || (q.id === wanted.id && q.version === wanted.version))) ??
    content.questionnaires.find((q) => q.lang === options.lang);
  if (!questionnaire) throw new UsageError(`no questionnaire in \`${options.lang}\` in the content folder`);
  const slug = options.out ? path.basename(options.out).replace(/\.ya?ml$/, '') : 'workshop';
  const assessment: Assessment = {
    questionnaire: { id: questionnaire.id, version: questionnaire.version, lang: questionnaire.lang },
    company: { name: options.company ?? slug, sector: '', location: '' }, // head count unknown until someone fills it in
    date: options.date ?? new Date().toISOString().slice(0, 10),
    assessor: '',
    publish: false,
    answers: {},
  };
  return {
    questionnaire,
    assessment,
    workshop: { anonymity: options.anonymity ?? 'facilitator', participants: [], consensus: {} },
    existed: false,
  };
}

/**
 * `digimat workshop merge`: collects hand-ins (codes, share links, files of them, exported answer
 * files, other workshop files) into a workshop assessment. Refused hand-ins are listed and merge
 * nothing; the others are still merged. Exit 1 when anything was refused.
 */
export async function workshopMergeCommand(options: WorkshopMergeOptions, io: CommandIo): Promise<number> {
  if (options.inputs.length === 0) throw new UsageError('give at least one hand-in code, share link or file');
  const content = await loadContent(options.content);
  const reads: HandInRead[] = [];
  for (const input of options.inputs) {
    if (existsSync(input) && statSync(input).isFile()) reads.push(...readHandInFile(displayPath(input), await readText(input), content));
    else reads.push(readHandInCode(input.length > 24 ? `${input.slice(0, 21)}...` : input, input, content.questionnaires));
  }
  const t = await target(
    options,
    content,
    reads.find((r) => r.ok),
  );
  const { questionnaire, workshop } = t;

  let refused = 0;
  const incoming: { from: string; participant: Participant }[] = [];
  for (const r of reads) {
    if (!r.ok) {
      refused++;
      io.err(refusalText(r.refusal));
      continue;
    }
    const q = r.batch.questionnaire;
    if (q.id !== questionnaire.id || q.version !== questionnaire.version) {
      refused++;
      io.err(
        `${r.batch.label}: refused: made for ${q.id} version ${q.version}; this workshop uses ${questionnaire.id} version ${questionnaire.version}`,
      );
      continue;
    }
    for (const p of r.batch.participants) {
      // In an anonymous workshop a name never reaches the file, whatever the hand-in carried.
      const { name, ...rest } = p;
      incoming.push({ from: r.batch.label, participant: workshop.anonymity === 'nobody' || name === undefined ? rest : { ...rest, name } });
    }
  }

  const merged = mergeParticipants(
    workshop.participants,
    incoming.map((x) => x.participant),
  );
  merged.reports.forEach((report, i) => {
    const p = merged.participants.find((x) => x.key === report.key)!;
    io.err(`${incoming[i]!.from}: ${who(p, workshop.anonymity)}: ${SAID[report.outcome]}`);
  });

  const consensus = recordConsensus(questionnaire, merged.participants, workshop.consensus, {
    acceptSuggestions: options.acceptSuggestions,
  });
  const assessment = {
    ...t.assessment,
    answers: consensusAnswers(consensus, t.assessment.answers, workshop.consensus),
    workshop: { anonymity: workshop.anonymity, participants: merged.participants, consensus },
  };
  const counts: Record<string, number> = {};
  for (const r of merged.reports) counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
  const summary = `${merged.participants.length} participant(s): ${counts.added ?? 0} added, ${counts.updated ?? 0} updated, ${(counts.duplicate ?? 0) + (counts.older ?? 0)} already there, ${counts.conflict ?? 0} conflicting, ${refused} refused`;

  if (options.out) {
    const schema = path
      .relative(path.dirname(path.resolve(options.out)), schemaFile('assessment.schema.json'))
      .split(path.sep)
      .join('/');
    const text = workshopYaml(questionnaire, assessment, schema);
    // Written beside and renamed over, so an interrupted run never leaves half a file.
    await mkdir(path.dirname(path.resolve(options.out)), { recursive: true });
    const temp = `${options.out}.${process.pid}.tmp`;
    await writeFile(temp, text);
    await rename(temp, options.out);
    io.err(`${t.existed ? 'updated' : 'wrote'} ${displayPath(options.out)}: ${summary}`);
  } else {
    io.out(workshopYaml(questionnaire, assessment).trimEnd());
    io.err(summary);
  }
  return refused > 0 ? EXIT.badInput : EXIT.ok;
}
