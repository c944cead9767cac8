import type { Assessment, Questionnaire } from '../core/model.js';
import type { Workshop } from '../core/workshop-model.js';
import { workshopText } from '../i18n/workshop-text.js';
import { workshopDocument, workshopYaml } from '../model/workshop-yaml.js';
import { consensusAnswers, consensusOf, type QuestionRow } from './board-consensus.js';
import type { BoardState } from './board-state.js';

/**
 * The workshop as an assessment (participants and consensus), the shape `digimat validate`, `score`
 * and `report` read. Its `answers` are the consensus values, so every command scores the agreement
 * exactly as the board shows it. Display names are left out in "nobody" mode.
 */
export function workshopAssessment(
  board: BoardState,
  q: Questionnaire,
  rows: readonly QuestionRow[],
  date: string,
): Assessment & { workshop: Workshop } {
  const participants = board.participants.map(({ via: _via, name, ...p }) => ({
    ...p,
    ...(board.anonymity !== 'nobody' && name ? { name } : {}),
  }));
  return {
    questionnaire: { id: q.id, version: q.version, lang: q.lang },
    // An unknown head count stays empty (never 0, which would size the plan for a one-person business).
    company: { name: board.company, sector: '', ...(board.employees === undefined ? {} : { employees: board.employees }), location: '' },
    date,
    assessor: workshopText(q.lang).section,
    publish: false,
    answers: consensusAnswers(rows, q),
    workshop: { anonymity: board.anonymity, participants, consensus: consensusOf(rows, q) },
  };
}

/** The export as YAML, written by the same code as `digimat workshop merge`. */
export function workshopExportYaml(board: BoardState, q: Questionnaire, rows: readonly QuestionRow[], date: string): string {
  return workshopYaml(q, workshopAssessment(board, q, rows, date));
}

/** The same document as JSON. */
export function workshopExportJson(board: BoardState, q: Questionnaire, rows: readonly QuestionRow[], date: string): string {
  return `${JSON.stringify(workshopDocument(q, workshopAssessment(board, q, rows, date)), null, 2)}\n`;
}
