import type { Answers, Assessment, Questionnaire } from '../core/model.js';
import { textCatalogue } from '../i18n/catalogues.js';
import type { VisitorCompany } from './answer-store.js';

/** A visitor's answers as an assessment, the shape the CLI reads: for export and for the PDF report. */
export function visitorAssessment(q: Questionnaire, answers: Answers, company: VisitorCompany, date: string): Assessment {
  return {
    questionnaire: { id: q.id, version: q.version, lang: q.lang },
    company: {
      name: company.name ?? textCatalogue(q.lang).shared.myCompany,
      sector: company.sector ?? '',
      employees: company.employees ?? 0,
      location: '',
    },
    date,
    assessor: textCatalogue(q.lang).shared.selfAssessment,
    publish: false,
    answers,
  };
}
