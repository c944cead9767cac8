/** Deeper than this is never content: the bundled files nest six levels at most. */
export const MAX_NESTING = 64;

/**
 * The offset where a YAML text first nests deeper than `max` levels (block indentation, sequence
 * dashes and flow brackets together), or undefined. It scans the text without parsing it, so a
 * hostile file is refused before the parser and the validators recurse into it.
 */
export function tooDeepAt(text: string, max = MAX_NESTING): number | undefined {
  if (!couldNest(text, max)) return undefined;
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

/**
 * A quick bound, so ordinary files skip the scan: every level comes from a bracket, a dash or a
 * deeper indentation, so a text with few of those and no deep indentation cannot nest past `max`.
 */
function couldNest(text: string, max: number): boolean {
  let marks = 0;
  let widest = 0;
  let indent = 0;
  let atStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      atStart = true;
      indent = 0;
    } else if (atStart && c === 32) {
      indent++;
      if (indent > widest) widest = indent;
    } else {
      atStart = false;
      if (c === 91 || c === 123 || c === 45) marks++;
    }
  }
  return marks + widest + 1 > max;
}
