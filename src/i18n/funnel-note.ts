import type { Questionnaire } from '../core/model.js';

/**
 * The questionnaire's own sentence said after naming the weakest stage, in its words: in a funnel, what
 * that stage holds back (`funnelNote`, `{later}` standing for the titles of the stages after it) or,
 * for the last stage, `funnelEndNote`. Stages that are not a funnel hold nothing back: no sentence.
 */
export function funnelNote(
  q: Pick<Questionnaire, 'funnel' | 'funnelNote' | 'funnelEndNote'>,
  later: readonly string[],
): string | undefined {
  if (!q.funnel) return undefined;
  return later.length ? q.funnelNote?.replaceAll('{later}', later.join(', ')) : q.funnelEndNote;
}
