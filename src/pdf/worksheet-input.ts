import type { Lang } from '../core/lang.js';
import type { Worksheets } from '../core/model.js';

/** The date blank worksheets carry, fixed so the same build gives the same bytes. */
export const BLANK_WORKSHEET_DATE = '2026-01-01';

/** What a worksheet needs: its language, the journey's stages, and optionally an assessment's material. */
export interface WorksheetInput {
  lang: Lang;
  stages: { id: string; title: string }[];
  /** Filled from an assessment's `worksheets`; blank when absent. */
  material?: Worksheets;
  company?: string;
  /** YYYY-MM-DD, fixing the document date. */
  date: string;
}
