import type { Level } from './model.js';

/** The highest level whose lower bound the score reaches; levels are ascending by `min`. */
export function levelFor(levels: readonly Level[], score: number): Level {
  let found = levels[0]!;
  for (const level of levels) if (score >= level.min) found = level;
  return found;
}
