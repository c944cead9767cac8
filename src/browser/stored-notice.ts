import type { Questionnaire } from '../core/model.js';
import { fill, type SiteText } from '../site/site-text.js';
import type { LoadedAnswers } from './answer-store.js';

/**
 * What to tell a visitor about the answers found on this device: that they were restored (only when
 * there was something to restore), what a questionnaire update dropped, and what was damaged and left
 * out, each named by its question. Undefined when there is nothing to say.
 */
export function storedNotice(loaded: LoadedAnswers, q: Questionnaire, t: SiteText): string | undefined {
  const name = (id: string) => q.questions.find((x) => x.id === id)?.prompt ?? id;
  const list = loaded.dropped.map((d) => name(d.question)).join('; ');
  const messages: string[] = [];
  const saved = loaded.saved;
  if (saved && (Object.keys(saved.answers).length > 0 || Object.keys(saved.company).length > 0)) messages.push(t.q.restored);
  if (loaded.unreadable) messages.push(t.ui.storedUnreadable);
  if (list) messages.push(fill(loaded.migratedFrom === undefined ? t.ui.storedInvalid : t.q.dropped, { list }));
  return messages.length ? messages.join(' ') : undefined;
}
