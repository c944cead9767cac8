import type { AnswersIo } from './answers-io.js';
import { loadBundle } from './load-bundle.js';

declare global {
  interface Window {
    digimatIo?: AnswersIo;
  }
}

/** The import/export code: it carries the YAML parser and schema validators, so it loads on demand. */
export function loadAnswersIo(src: string): Promise<AnswersIo> {
  return loadBundle<AnswersIo>(src, 'digimatIo');
}
