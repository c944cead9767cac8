import type { Lang } from '../../core/lang.js';
import { paths } from '../urls.js';
import { workshopPageFields, type WorkshopPageFields } from '../workshop-data.js';
import { basicPage, questionnairesIn, type BasicPage, type SiteContext } from './site-context.js';

/** The facilitator's board, one per language. */
export interface WorkshopPage extends BasicPage, WorkshopPageFields {}

/** The workshop board of one language, over that language's questionnaires. */
export function buildWorkshopPages(site: SiteContext, lang: Lang): WorkshopPage[] {
  const board = workshopPageFields(lang, questionnairesIn(site, lang));
  return [{ ...basicPage(site, lang, paths.workshop(lang), board.w.title), ...board }];
}
