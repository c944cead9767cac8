import type { Issue } from '../core/issue.js';
import { inLang } from '../core/lang.js';
import type { ActionLibrary } from '../schema/actions-schema.js';
import type { FundingScheme } from '../schema/funding-schema.js';
import { issueAt } from './issue-at.js';
import type { Parsed } from './parsed.js';
import { didYouMean, knownList } from './suggest.js';

/**
 * Checks the funding references of the libraries: the scheme a library names exists, each action's
 * `funding` is one of its categories, and the scheme names itself and every category in each language
 * of the libraries that use it. A scheme file that failed its own checks is reported once, in that file.
 */
export function checkFunding(libraries: Iterable<Parsed<ActionLibrary>>, schemes: Parsed<FundingScheme>[]): Issue[] {
  const issues: Issue[] = [];
  const byId = new Map(schemes.map((s) => [s.value!.id, s]));
  const needs = new Map<Parsed<FundingScheme>, Map<string, string>>(); // scheme -> language -> a library that needs it
  for (const lib of libraries) {
    const { fundingScheme, lang, actions } = lib.value!;
    const scheme = fundingScheme ? byId.get(fundingScheme) : undefined;
    if (fundingScheme && !scheme) {
      issues.push(
        issueAt(
          lib.source,
          ['fundingScheme'],
          'unknown-funding-scheme',
          `unknown funding scheme \`${fundingScheme}\`${didYouMean(fundingScheme, byId.keys())}; known: ${[...byId.keys()].join(', ') || 'none (add one under content/funding/)'}`,
        ),
      );
      continue;
    }
    if (scheme && !needs.get(scheme)?.has(lang)) needs.set(scheme, (needs.get(scheme) ?? new Map()).set(lang, lib.file));
    const ids = scheme?.value?.categories.map((c) => c.id) ?? [];
    actions.forEach((action, i) => {
      if (!action.funding) return;
      if (!scheme) {
        issues.push(
          issueAt(
            lib.source,
            ['actions', i, 'funding'],
            'unknown-category',
            `funding category \`${action.funding}\` needs a funding scheme: name one at the top of the library with \`fundingScheme:\``,
          ),
        );
      } else if (!ids.includes(action.funding)) {
        const name = inLang(scheme.value!.name, lang);
        issues.push(
          issueAt(
            lib.source,
            ['actions', i, 'funding'],
            'unknown-category',
            `unknown ${name} category \`${action.funding}\`${didYouMean(action.funding, ids)}; known: ${knownList(ids, 20)}`,
          ),
        );
      }
    });
  }
  for (const [scheme, langs] of needs) {
    for (const [lang, file] of langs) {
      if (!(lang in scheme.value!.name))
        issues.push(issueAt(scheme.source, ['name'], 'missing-translation', `the scheme has no name in \`${lang}\`, which ${file} needs`));
      scheme.value!.categories.forEach((c, i) => {
        if (!(lang in c.name))
          issues.push(
            issueAt(
              scheme.source,
              ['categories', i, 'name'],
              'missing-translation',
              `category \`${c.id}\` has no name in \`${lang}\`, which ${file} needs`,
            ),
          );
      });
    }
  }
  return issues;
}
