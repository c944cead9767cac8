/** A line whose indentation fits no mapping or list open above it. */
export interface BadIndentation {
  /** 1-based line and column of the line's first character. */
  line: number;
  col: number;
  message: string;
}

interface Line {
  no: number;
  indent: number;
  /** Columns (0-based) where this line opens something: each `- ` and the key after them. */
  cols: number[];
  key?: string;
  /** Ends in `key:` (or a lone `-`), so the next line may be indented deeper. */
  opens: boolean;
}

const KEY = /^(?:"[^"]*"|'[^']*'|[^\s#'"[\]{},&*!|>%@`-][^#]*?|-[^\s#][^#]*?)\s*:(?:\s|$)/;

/**
 * Finds the first line indented where no mapping or list can continue: deeper than the line before allows,
 * or between two enclosing levels. Only called on text the YAML parser refused, to name the key
 * its messages point near (the parser reports the comment or the line above instead).
 */
export function findBadIndentation(text: string): BadIndentation | undefined {
  let open: number[] = [];
  let prev: Line | undefined;
  let scalarParent: number | undefined;
  let inFlow = false;
  const lines = text.split(/\r\n|\r|\n/);
  for (const [i, raw] of lines.entries()) {
    const indent = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (scalarParent !== undefined) {
      if (body === '' || indent > scalarParent) continue;
      scalarParent = undefined;
    }
    if (body === '' || body.startsWith('#') || body === '---' || body === '...') continue;
    if (inFlow) {
      inFlow = unbalanced(body, inFlow);
      continue;
    }
    if (/^ *\t/.test(raw)) {
      return {
        line: i + 1,
        col: 1,
        message: `wrong indentation: ${KEY.exec(body) ? `\`${body.replace(/\s*:.*$/, '')}\`` : 'this line'} is indented with a tab; YAML indents with spaces only`,
      };
    }
    const line = parseLine(raw, i + 1, indent);
    inFlow = unbalanced(body, false);
    if (/:\s*[|>][-+0-9]*\s*(#.*)?$/.test(body)) scalarParent = indent;
    if (!prev) {
      open = line.cols;
      prev = line;
      continue;
    }
    const last = prev.cols[prev.cols.length - 1]!;
    if (prev.opens && (indent > last || (indent === last && body.startsWith('-')))) {
      open = [...open.filter((c) => c < indent), ...line.cols];
      prev = line;
      continue;
    }
    // A deeper line without a key continues a plain text value over several lines.
    if (!line.key && !body.startsWith('- ') && indent > last) continue;
    const name = line.key ? `\`${line.key}\`` : 'this line';
    if (!open.includes(indent)) {
      const deeper = indent > Math.max(...open);
      const before = prev.key ? `\`${prev.key}\` on line ${prev.no} (column ${last + 1})` : `line ${prev.no}`;
      return {
        line: line.no,
        col: indent + 1,
        message: deeper
          ? `wrong indentation: ${name} is indented deeper than ${before} allows; align it with the keys it belongs with`
          : `wrong indentation: ${name} starts at column ${indent + 1}, where no mapping or list is open (open at columns ${open.map((c) => c + 1).join(', ')}); align it with the keys it belongs with`,
      };
    }
    open = [...open.filter((c) => c < indent), ...line.cols];
    prev = line;
  }
  return undefined;
}

function parseLine(raw: string, no: number, indent: number): Line {
  const cols: number[] = [];
  let at = indent;
  while (raw[at] === '-' && (at + 1 === raw.length || raw[at + 1] === ' ')) {
    cols.push(at);
    at++;
    while (raw[at] === ' ') at++;
  }
  const rest = raw.slice(at);
  const m = KEY.exec(rest);
  const key = m ? m[0].replace(/\s*:\s*$/, '').replace(/^["']|["']$/g, '') : undefined;
  if (key !== undefined || rest === '') cols.push(at);
  const afterKey = m ? rest.slice(m[0].length).trim() : rest.trim();
  const opens = rest === '' || (m !== null && (afterKey === '' || afterKey.startsWith('#') || /^[&!][^\s]*\s*(#.*)?$/.test(afterKey)));
  return { no, indent, cols: cols.length ? cols : [at], ...(key === undefined ? {} : { key }), opens };
}

/** Whether a flow collection or quoted text is still open at the end of this line. */
function unbalanced(body: string, already: boolean): boolean {
  let depth = already ? 1 : 0;
  let quote = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === '#' && (i === 0 || body[i - 1] === ' ')) break;
    if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(body[i - 1]!))) quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
  }
  return depth > 0 || quote !== '';
}
