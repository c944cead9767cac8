import { isAlias, isCollection, isPair, visit, type Document, type Node } from 'yaml';

/** More values than this reached through aliases is an "alias bomb", not content. */
export const MAX_ALIAS_EXPANSION = 10_000;

export interface AliasProblem {
  offset: number;
  code: 'unresolved-alias' | 'alias-bomb';
  message: string;
}

/**
 * Finds aliases that name no earlier anchor and aliases that expand into more values than any
 * content needs (anchors of anchors of anchors...), without expanding them: sizes are counted once
 * per node and multiplied, so a billion-laughs file costs what its text costs.
 */
export function aliasProblems(doc: Document): AliasProblem[] {
  const problems: AliasProblem[] = [];
  const sizes = new Map<Node, number>();
  const sizeOf = (node: unknown, depth: number): number => {
    if (!node || typeof node !== 'object') return 1;
    if (depth > 200) return Infinity;
    const known = sizes.get(node as Node);
    if (known !== undefined) return known;
    // Marked infinite while counted: an alias inside its own anchor never ends, which is a bomb too.
    sizes.set(node as Node, Infinity);
    let size = 1;
    if (isAlias(node)) size = sizeOf(node.resolve(doc), depth + 1);
    else if (isCollection(node)) {
      for (const item of node.items) {
        size += isPair(item) ? sizeOf(item.key, depth + 1) + sizeOf(item.value, depth + 1) : sizeOf(item, depth + 1);
        if (size > MAX_ALIAS_EXPANSION) break;
      }
    }
    sizes.set(node as Node, size);
    return size;
  };
  let expanded = 0;
  let bomb = false;
  visit(doc, {
    Alias(_key, alias) {
      const offset = alias.range?.[0] ?? 0;
      const target = alias.resolve(doc);
      if (!target) {
        problems.push({
          offset,
          code: 'unresolved-alias',
          message: `alias \`*${alias.source}\` names no anchor: define \`&${alias.source}\` earlier in the file, or write the value out`,
        });
        return;
      }
      expanded += sizeOf(target, 0);
      if (!bomb && expanded > MAX_ALIAS_EXPANSION) {
        bomb = true;
        problems.push({
          offset,
          code: 'alias-bomb',
          message: `aliases here expand to more than ${MAX_ALIAS_EXPANSION.toLocaleString('en')} values (aliases of aliases); write the values out instead`,
        });
      }
    },
  });
  return problems;
}
