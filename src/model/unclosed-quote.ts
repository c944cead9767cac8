import { Lexer } from 'yaml';

const CONTROL = new Set(['\x02', '\x18', '\x1f']);

/**
 * The offset of the quote that opens a quoted scalar which never closes, or undefined. The lexer
 * gives a quoted scalar as one token from its opening quote, so an unterminated one is a token that
 * starts with a quote and does not end with the same (unescaped) one.
 */
export function unclosedQuoteAt(text: string): number | undefined {
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    const q = token[0];
    if ((q === '"' || q === "'") && !closed(token, q)) return offset;
    // The lexer's markers for "document", "scalar" and "flow end" are not characters of the text.
    if (!CONTROL.has(token)) offset += token.length;
  }
  return undefined;
}

function closed(token: string, q: string): boolean {
  if (token.length < 2 || !token.endsWith(q)) return false;
  if (q === "'") return true; // '' inside single quotes is an escaped quote, and the token still ends with one
  let backslashes = 0;
  for (let i = token.length - 2; i >= 0 && token[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 0;
}

/**
 * The offset of a `[` or `{` that is never closed, or undefined: the parser notices only where the
 * text ends (or the indentation drops), while the author needs the bracket that opened the list.
 */
export function unclosedFlowAt(text: string): number | undefined {
  const open: number[] = [];
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === '[' || token === '{') open.push(offset);
    else if (token === ']' || token === '}') open.pop();
    if (!CONTROL.has(token)) offset += token.length;
  }
  return open[0];
}
