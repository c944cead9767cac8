import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordConsensus, consensusAnswers } from '../../src/core/consensus-record.js';
import type { Assessment, Questionnaire } from '../../src/core/model.js';
import type { Workshop } from '../../src/core/workshop-model.js';
import type { ContentSet } from '../../src/model/content-set.js';
import { loadAssessmentText } from '../../src/model/load-assessment.js';
import { workshopYaml } from '../../src/model/workshop-yaml.js';
import { loadContent } from '../../src/node/load-content.js';
import { ROOT } from '../helpers/run-cli.js';
import { participantArb } from '../helpers/workshop-arbitraries.js';

let content: ContentSet;
let q: Questionnaire;
beforeAll(async () => {
  content = await loadContent(`${ROOT}/content`);
  q = content.questionnaires.find((x) => x.lang === 'en')!;
});

describe('workshop YAML', () => {
  it('loads back exactly what was written: participants, consensus and the agreed answers', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(participantArb(q), { minLength: 1, maxLength: 6, selector: (p) => p.key }),
        fc.boolean(),
        (participants, accept) => {
          const consensus = recordConsensus(q, participants, {}, { acceptSuggestions: accept });
          const workshop: Workshop = { anonymity: 'facilitator', participants, consensus };
          const a: Assessment & { workshop: Workshop } = {
            questionnaire: { id: q.id, version: q.version, lang: q.lang },
            company: { name: 'Acme', sector: 'Retail', employees: 7, location: 'Huesca' },
            date: '2026-11-18',
            assessor: 'Test',
            publish: false,
            answers: consensusAnswers(consensus),
            workshop,
          };
          const parsed = loadAssessmentText(workshopYaml(q, a), 'w.yaml', content);
          expect(parsed.issues).toEqual([]);
          expect(parsed.value!.workshop).toEqual(workshop);
          expect(parsed.value!.answers).toEqual(a.answers);
        },
      ),
      { numRuns: 20 },
    );
  });
});
