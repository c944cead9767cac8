import type { AnswersIo } from './answers-io.js';

declare global {
  interface Window {
    digimatIo?: AnswersIo;
  }
}

let pending: Promise<AnswersIo> | undefined;

/**
 * Loads the import/export code only when a visitor asks for it: it carries the YAML parser and the
 * schema validators, which the results page does not otherwise need. A classic script tag, because
 * module imports do not work from disk.
 */
export function loadAnswersIo(src: string): Promise<AnswersIo> {
  pending ??= new Promise<AnswersIo>((resolve, reject) => {
    if (window.digimatIo) return resolve(window.digimatIo);
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => (window.digimatIo ? resolve(window.digimatIo) : reject(new Error('import/export code did not load')));
    script.onerror = () => {
      pending = undefined;
      reject(new Error('import/export code did not load'));
    };
    document.head.appendChild(script);
  });
  return pending;
}
