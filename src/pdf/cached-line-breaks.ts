// pdfkit's own document type, not pdf-doc.ts's alias: pdf-doc.ts imports this file, and importing it
// back, even for a type, would make a cycle.
type Doc = PDFKit.PDFDocument;

/** A place where a line may break, as pdfkit's line breaker (the `linebreak` package) gives it. */
interface Break {
  position: number;
  required: boolean;
}

type WordFn = (word: string, width: number, bk: Break | { required?: boolean }, last: Break | { required?: boolean } | null) => unknown;

/** The parts of pdfkit's LineWrapper that its `eachWord` method uses. */
interface LineWrapperInternals {
  eachWord(text: string, fn: WordFn): void;
  wordWidth(word: string): number;
  lineWidth: number;
  continuedX: number;
  spaceLeft: number;
}

/** Break places by text, for every document of the process; bounded like the line layouts. */
const breakCache = new Map<string, readonly Break[]>();
const MAX_TEXTS = 20_000;
let original: LineWrapperInternals['eachWord'] | undefined;

/**
 * The break places of `text`, found once: pdfkit finds them again, character by character with the
 * Unicode line-breaking rules, every time a text is measured or drawn, and the report measures its
 * tables and kept-together blocks before drawing them. They depend on the text alone (not the font
 * or the width), so they are asked of pdfkit's own `eachWord` once, with a wrapper whose line is
 * endless, so every break comes back as it is.
 */
function breaksOf(text: string): readonly Break[] {
  let breaks = breakCache.get(text);
  if (!breaks) {
    const found: Break[] = [];
    const recorder = { lineWidth: Infinity, continuedX: 0, spaceLeft: Infinity, wordWidth: () => 0 } as unknown as LineWrapperInternals;
    original!.call(recorder, text, (_word, _w, bk) => {
      found.push({ position: (bk as Break).position, required: Boolean(bk.required) });
    });
    if (breakCache.size >= MAX_TEXTS) breakCache.clear();
    breakCache.set(text, (breaks = found));
  }
  return breaks;
}

/**
 * pdfkit's LineWrapper#eachWord (pdfkit 0.20) with the break places from breaksOf() instead of a new
 * line breaker per call; the rest, words wider than the line cut to fit included, is pdfkit's, so the
 * words, widths and breaks handed to `fn` are the same.
 */
function eachWord(this: LineWrapperInternals, text: string, fn: WordFn): void {
  let last: Break | null = null;
  const wordWidths = Object.create(null) as Record<string, number>;
  for (const bk of breaksOf(text)) {
    let shouldContinue: unknown;
    let word = text.slice(last?.position || 0, bk.position);
    let w = wordWidths[word] ?? (wordWidths[word] = this.wordWidth(word));
    if (w > this.lineWidth + this.continuedX) {
      let lbk: Break | { required?: boolean } | null = last;
      const fbk: { required?: boolean } = {};
      while (word.length) {
        let l: number;
        let mightGrow = false;
        if (w > this.spaceLeft) {
          l = Math.ceil(this.spaceLeft / (w / word.length));
          w = this.wordWidth(word.slice(0, l));
          mightGrow = w <= this.spaceLeft && l < word.length;
        } else {
          l = word.length;
        }
        let mustShrink = w > this.spaceLeft && l > 0;
        while (mustShrink || mightGrow) {
          if (mustShrink) {
            w = this.wordWidth(word.slice(0, --l));
            mustShrink = w > this.spaceLeft && l > 0;
          } else {
            w = this.wordWidth(word.slice(0, ++l));
            mustShrink = w > this.spaceLeft && l > 0;
            mightGrow = w <= this.spaceLeft && l < word.length;
          }
        }
        if (l === 0 && this.spaceLeft === this.lineWidth) l = 1;
        fbk.required = bk.required || l < word.length;
        shouldContinue = fn(word.slice(0, l), w, fbk, lbk);
        lbk = { required: false };
        word = word.slice(l);
        w = this.wordWidth(word);
        if (shouldContinue === false) break;
      }
    } else {
      shouldContinue = fn(word, w, bk, last);
    }
    if (shouldContinue === false) break;
    last = bk;
  }
}

/**
 * Has pdfkit's line wrapper take each text's break places from breaksOf(). LineWrapper is not
 * exported, so its prototype is reached through the wrapper pdfkit hands to `widthOfString` while
 * measuring one word in `doc`, once per process. Reaches into pdfkit internals (pinned by
 * package-lock); test/pdf/pdfkit-speedups.test.ts checks it against pdfkit's own.
 */
export function cacheLineBreaks(doc: Doc): void {
  if (original) return;
  const d = doc as unknown as { widthOfString(text: string, options?: object): number };
  const widthOfString = d.widthOfString;
  let proto: LineWrapperInternals | undefined;
  d.widthOfString = function (this: Doc, text: string, options?: object) {
    if (options && typeof (options as Partial<LineWrapperInternals>).eachWord === 'function') proto ??= Object.getPrototypeOf(options) as LineWrapperInternals;
    return widthOfString.call(this, text, options);
  };
  doc.heightOfString('x', { width: 100 });
  delete (d as { widthOfString?: unknown }).widthOfString;
  if (!proto || proto.eachWord === eachWord) return;
  original = proto.eachWord;
  proto.eachWord = eachWord;
}

/** pdfkit's own eachWord, for tests that compare ours with it (undefined until the first document). */
export function originalEachWord(): LineWrapperInternals['eachWord'] | undefined {
  return original;
}
