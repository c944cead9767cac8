import type { SIZE_SEGMENTS } from '../schema/primitives.js';

export type SizeSegment = (typeof SIZE_SEGMENTS)[number];

/** Kit Digital's segment for a head count: 0-2, 3-9, 10-49 or 50+. */
export function sizeSegment(employees: number): SizeSegment {
  if (employees <= 2) return '0-2';
  if (employees <= 9) return '3-9';
  if (employees <= 49) return '10-49';
  return '50+';
}
