import type { Answers } from '../core/model.js';
import { fill } from '../site/site-text.js';
import type { PageData } from '../site/page-data.js';
import type { VisitorCompany } from './answer-store.js';
import { importMessage } from './import-message.js';
import { loadAnswersIo } from './load-answers-io.js';
import type { NoticeAction } from './page-notice.js';

/** The page an import lands on: what it holds now, how to replace it, how to tell the visitor. */
export interface ImportTarget {
  current(): { answers: Answers; company: VisitorCompany };
  /** Shows and saves these answers. */
  apply(answers: Answers, company: VisitorCompany): void;
  notify(message: string, kind: 'status' | 'alert', action?: NoticeAction): void;
}

/**
 * Imports an answers file. A refused file changes nothing and says why in plain words; a good file
 * over existing answers asks first, and the notice that follows offers to undo.
 */
export async function importAnswersFile(file: File, data: PageData, target: ImportTarget): Promise<void> {
  const { questionnaire: q, text: t } = data;
  const io = await loadAnswersIo(data.urls.io);
  const outcome = io.importAnswers(q, await file.text(), file.name);
  if (!outcome.ok) {
    target.notify(fill(t.r.importRefused, { reason: importMessage(outcome.problem, q, t.ui) }), 'alert');
    return;
  }
  const before = target.current();
  const replacing = Object.keys(before.answers).length > 0;
  if (replacing && !window.confirm(t.ui.importConfirm)) return;
  const given = Object.fromEntries(Object.entries(outcome.company).filter(([, v]) => v !== undefined && v !== ''));
  target.apply(outcome.answers, { ...before.company, ...given });
  const undo = {
    label: t.ui.undo,
    run: () => {
      target.apply(before.answers, before.company);
      target.notify(t.ui.undone, 'status');
    },
  };
  target.notify(fill(t.ui.imported, { file: file.name }), 'status', replacing ? undo : undefined);
}
