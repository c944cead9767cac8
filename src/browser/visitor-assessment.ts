import type { Answers, Assessment, Questionnaire } from '../core/model.js';
import type { VisitorCompany } from './answer-store.js';

const PLACEHOLDER = { es: 'Mi empresa', en: 'My company' } as const;
const SELF = { es: 'Autoevaluación', en: 'Self-assessment' } as const;

/** A visitor's answers as an assessment, the shape the CLI reads: for export and for the PDF report. */
export function visitorAssessment(q: Questionnaire, answers: Answers, company: VisitorCompany, date: string): Assessment {
  return {
    questionnaire: { id: q.id, version: q.version, lang: q.lang },
    company: { name: company.name ?? PLACEHOLDER[q.lang], sector: company.sector ?? '', employees: company.employees ?? 0, location: '' },
    date,
    assessor: SELF[q.lang],
    publish: false,
    answers,
  };
}
