/** Deeper than this is never content: the bundled files nest six levels at most. */
export const MAX_NESTING = 64;

/**
 * The offset where a YAML text first nests deeper than `max` levels (block indentation, sequence
 * dashes and flow brackets together), or undefined. It scans the text without parsing it, so a
 * hostile file is refused before the parser and the validators recurse into it.
 */
export function tooDeepAt(text: string, max = MAX_NESTING): number | undefined {
  const indents: number[] = [];
  let flow = 0;
  let offset = 0;
  let scalarParent: number | undefined; // indentation of the key that opened a block scalar
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const indent = line.length - line.trimStart().length;
    const body = line.trim();
    if (scalarParent !== undefined) {
      if (body === '' || indent > scalarParent) continue;
      scalarParent = undefined;
    }
    if (body === '' || body.startsWith('#')) continue;
    if (flow === 0) {
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
    }
    let dashes = 0;
    let quote = '';
    for (let i = indent; i < line.length; i++) {
      const c = line[i]!;
      if (quote) {
        if (c === quote) quote = '';
        continue;
      }
      if (c === '"' || c === "'") quote = c;
      else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) break;
      else if (c === '[' || c === '{') flow++;
      else if (c === ']' || c === '}') flow = Math.max(0, flow - 1);
      else if (c === '-' && flow === 0 && /^-(\s|$)/.test(line.slice(i)) && line.slice(indent, i).replace(/-\s*/g, '') === '') dashes++;
      if (indents.length + dashes + flow > max) return start + i;
    }
    if (flow === 0 && /:\s*[|>][-+0-9]*\s*(#.*)?$/.test(body)) scalarParent = indent;
  }
  return undefined;
}
