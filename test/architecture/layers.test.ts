import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseOptions, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { describe, expect, it } from 'vitest';

// The dependency-cruiser API rather than its CLI, so a broken rule shows as a readable list in the
// test's failure; `npx depcruise src` checks the same rules by hand.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = path.join(ROOT, 'test/architecture/fixtures');

async function layerOptions(): Promise<ICruiseOptions> {
  return extractDepcruiseOptions(path.join(ROOT, '.dependency-cruiser.cjs'));
}

/** Cruises `src` under `baseDir` with the project's rules; one line per broken rule. */
async function violations(baseDir: string): Promise<string[]> {
  const options = await layerOptions();
  const result = await cruise(['src'], { ...options, baseDir, validate: true });
  if (typeof result.output === 'string') throw new Error('dependency-cruiser gave text, not a result');
  return result.output.summary.violations.map(describeViolation);
}

function describeViolation(v: IViolation): string {
  const loop = v.cycle?.length ? ` (${v.cycle.map((step) => step.name).join(' -> ')})` : '';
  return `${v.rule.name}: ${v.from} -> ${v.to}${loop}`;
}

describe('layers of src/', () => {
  it('every import points down, with no circles and no Node built-ins below node/', async () => {
    expect(await violations(ROOT)).toEqual([]);
  }, 60_000);
});

describe('each layer rule fires on a fixture that breaks it', () => {
  const cases: [fixture: string, expected: string[]][] = [
    ['layer-core', ['layer-core: src/core/score.ts -> src/commands/score.ts']],
    ['layer-node-and-report', ['layer-node-and-report: src/node/render-report.ts -> src/commands/load-scored.ts']],
    // dependency-cruiser reports a circle once, at the edge that closes it.
    ['no-circular', ['no-circular: src/pdf/patch.ts -> src/pdf/pdf-doc.ts (src/pdf/pdf-doc.ts -> src/pdf/patch.ts)']],
    // Built-ins are named without their `node:` prefix.
    ['no-node-builtins', ['no-node-builtins: src/model/read-file.ts -> fs']],
    ['layer-unknown', ['layer-unknown: src/extras/greeting.ts -> src/core/lang.ts']],
    ['downward-only', []],
  ];

  it('has one fixture per case and no other', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(cases.map(([name]) => name).sort());
  });

  for (const [fixture, expected] of cases) {
    it(fixture, async () => {
      expect((await violations(path.join(FIXTURES, fixture))).sort()).toEqual(expected);
    });
  }
});
