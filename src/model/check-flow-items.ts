import { isScalar, isSeq, Scalar, visit, type Document } from 'yaml';

export interface SplitItem {
  offset: number;
  message: string;
}

/**
 * In `[a, b]` every comma starts a new item, so `[Fotos de tartas en Instagram, sin precios]` is two
 * bullets. An unquoted item that starts in lower case right after a capitalised phrase most likely
 * continues that phrase: worth a warning, since both items are valid YAML.
 */
export function splitFlowItems(doc: Document, text: string): SplitItem[] {
  const found: SplitItem[] = [];
  visit(doc, {
    Seq(_key, seq) {
      if (!isSeq(seq) || !seq.flow) return;
      seq.items.forEach((item, i) => {
        const prev = seq.items[i - 1];
        if (!plain(item) || !plain(prev)) return;
        const [a, b] = [String(prev.value), String(item.value)];
        if (!/^\p{Lu}/u.test(a) || !/\s/.test(a) || !/^\p{Ll}/u.test(b)) return;
        const start = prev.range?.[0] ?? 0;
        const end = item.range?.[1] ?? start;
        const whole = text.slice(start, end).replace(/"/g, '\\"');
        found.push({
          offset: item.range?.[0] ?? 0,
          message: `\`${b}\` looks like the end of \`${a}\`, split in two by the comma: if it is one item, quote it ("${whole}")`,
        });
      });
    },
  });
  return found;
}

function plain(node: unknown): node is Scalar {
  return isScalar(node) && node.type === Scalar.PLAIN && typeof node.value === 'string';
}
