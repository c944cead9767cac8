// pdfkit's own document type, not pdf-doc.ts's alias: pdf-doc.ts imports this folder, and the layer
// check forbids import circles, type-only ones included.
type Doc = PDFKit.PDFDocument;

type Method = (this: Doc, ...args: unknown[]) => Doc;

/**
 * Leaves out a fill-colour operator that would set the colour already in force. The drawing code sets
 * the colour before every piece of text (it cannot know what came before), and pdfkit writes each
 * one out in full: in a report that was a quarter of the page content, all of it compressed and
 * written for nothing. What is "in force" follows the PDF graphics state: `q` (save) keeps it, `Q`
 * (restore) brings back the one kept, and a new or revisited page starts unknown. Only plain colour
 * values without an opacity are tracked; anything else is always written.
 */
export function skipRepeatedFills(doc: Doc): void {
  const d = doc as unknown as Record<string, Method> & { _fillColor?: unknown };
  const base = Object.getPrototypeOf(doc) as Record<string, Method>;
  let current: string | undefined;
  let saved: (string | undefined)[] = [];
  const wrap = (name: string, before: () => void) => {
    const original = d[name] ?? base[name]!;
    d[name] = function (this: Doc, ...args: unknown[]) {
      before();
      return original.apply(this, args);
    };
  };
  d.fillColor = function (this: Doc, color: unknown, opacity?: unknown) {
    const key = typeof color === 'string' && opacity === undefined ? color : undefined;
    if (key !== undefined && key === current) {
      // pdfkit re-applies this after a page break: keep it as if the colour had been set.
      (this as unknown as { _fillColor: unknown })._fillColor = [color, opacity];
      return this;
    }
    base.fillColor!.call(this, color, opacity);
    current = key;
    return this;
  } as Method;
  wrap('save', () => saved.push(current));
  wrap('restore', () => (current = saved.pop()));
  wrap('addPage', () => ((current = undefined), (saved = [])));
  wrap('switchToPage', () => ((current = undefined), (saved = [])));
}
