import type { Lang } from '../core/lang.js';
import type { Worksheets } from '../core/model.js';

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
