import type { Lang } from '../core/lang.js';
import type { Questionnaire } from '../core/model.js';
import { boardText, type WorkshopText } from './workshop-text.js';
import { paths, relativeUrl } from './urls.js';

/** What the board page embeds for its script: no fetch, so the board also works from disk. */
export interface WorkshopPageData {
  lang: Lang;
  questionnaires: Questionnaire[];
  text: WorkshopText;
  urls: {
    /** The import/export bundle (YAML parser, assessment loader). */
    io: string;
    /** The camera scanner bundle and the zxing WebAssembly it loads, both from this site. */
    scanner: string;
    wasm: string;
    /** Each questionnaire's page, by id: participants join there in workshop mode. */
    join: Record<string, string>;
    /** The same pages from the site's root, for a join link on the address the facilitator types for phones. */
    joinFromRoot: Record<string, string>;
  };
}

/** The board's page fields besides the common ones: the questionnaires to pick from and the embedded data. */
export interface WorkshopPageFields {
  w: WorkshopText;
  choices: { id: string; title: string; version: number }[];
  cssUrl: string;
  pageDataJson: string;
}

/** Builds the board page's fields for one language from its questionnaires. */
export function workshopPageFields(lang: Lang, questionnaires: Questionnaire[]): WorkshopPageFields {
  const from = paths.workshop(lang);
  const data: WorkshopPageData = {
    lang,
    questionnaires,
    text: boardText(lang),
    urls: {
      io: relativeUrl(from, '/assets/js/answers-io.js'),
      scanner: relativeUrl(from, '/assets/js/qr-scanner.js'),
      wasm: relativeUrl(from, '/assets/wasm/zxing_reader.wasm'),
      join: Object.fromEntries(questionnaires.map((q) => [q.id, relativeUrl(from, paths.questionnaire(lang, q.id))])),
      joinFromRoot: Object.fromEntries(questionnaires.map((q) => [q.id, paths.questionnaire(lang, q.id).replace(/^\//, '')])),
    },
  };
  return {
    w: boardText(lang),
    choices: questionnaires.map((q) => ({ id: q.id, title: q.title, version: q.version })),
    cssUrl: relativeUrl(from, '/assets/workshop.css'),
    // Safe inside <script type="application/json">: no "</script" can close the element early.
    pageDataJson: JSON.stringify(data).replace(/</g, '\\u003c'),
  };
}
