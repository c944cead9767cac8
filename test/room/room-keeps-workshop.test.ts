import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { consensusAnswers, recordConsensus } from '../../src/core/consensus-record.js';
import type { Questionnaire } from '../../src/core/model.js';
import type { Participant } from '../../src/core/workshop-model.js';
import type { ContentSet } from '../../src/model/content-set.js';
import { loadAssessmentText } from '../../src/model/load-assessment.js';
import { loadContent } from '../../src/node/load-content.js';
import { http, roomBase, scratchAssessment, startRoom, type RoomProcess } from '../helpers/room-process.js';
import { ROOT, runDigimat } from '../helpers/run-cli.js';
import { SimPhone, simAnswers, simKey } from '../helpers/sim-phone.js';
import { buildOnce } from '../helpers/site-build.js';

let room: RoomProcess | undefined;
afterAll(async () => {
  room?.child.kill('SIGTERM');
  await room?.exited;
});

// QA item 1: a room opened on a workshop file that already had participants and agreements wiped them.
describe('digimat room on an existing workshop file', { timeout: 180_000 }, () => {
  it.each(['the facilitator API', "the board's export"])(
    'keeps its participants, recorded consensus, answers and date, and adds the phones (closed by %s)',
    async (how) => {
      const content: ContentSet = await loadContent(`${ROOT}/content`);
      const file = scratchAssessment('taller-ferreteria-ruiz.yaml');
      const load = (text: string) => loadAssessmentText(text, file, content);
      const original = load(readFileSync(file, 'utf8')).value!;
      const before = original.workshop!;
      expect(before.participants).toHaveLength(5);
      const recorded = Object.entries(before.consensus).filter(([, e]) => e.status === 'consensus' || e.status === 'decided');
      expect(recorded.length).toBeGreaterThan(0);

      room = await startRoom([file, '--port', '0', '--host', '127.0.0.2', '--site', buildOnce()]);
      const q: Questionnaire = content.questionnaires.find((x) => x.lang === 'es' && x.version === original.questionnaire.version)!;
      const phones = [1, 2].map((n) => new SimPhone(roomBase(room!.joinUrl), simKey(900 + n), q, '127.0.0.2'));
      for (const [i, phone] of phones.entries()) {
        // simAnswers(q, n) for phone n, as the board's export below says.
        await phone.join();
        for (const a of simAnswers(q, i + 1)) phone.answer(a.q, a.value);
        expect((await phone.send()).ok).toBe(true);
        phone.close();
      }
      // The board, as in the QA run, knows only the phones: its export holds them and what they alone suggest.
      const phoneParticipants: Participant[] = [1, 2].map((n) => ({
        key: simKey(900 + n),
        revision: q.questions.length,
        answers: Object.fromEntries(simAnswers(q, n).map((a) => [a.q, { value: a.value }])),
      }));
      const boardConsensus = recordConsensus(q, phoneParticipants, {});
      const document = {
        date: '2026-11-24',
        answers: consensusAnswers(boardConsensus),
        workshop: { anonymity: before.anonymity, participants: phoneParticipants, consensus: boardConsensus },
      };
      const closed = await http('POST', `${roomBase(room.facilitatorUrl)}/api/facilitator/close`, {
        json: how === 'the facilitator API' ? {} : { document },
      });
      expect(closed.status, closed.text).toBe(200);
      expect(await room.exited).toBe(0);
      room = undefined;

      const after = load(readFileSync(file, 'utf8'));
      expect(after.issues.filter((i) => i.severity === 'error')).toEqual([]);
      const w = after.value!.workshop!;
      expect(w.participants).toHaveLength(7);
      for (const p of before.participants) expect(w.participants.find((x) => x.key === p.key)).toEqual(p);
      for (const n of [1, 2]) expect(w.participants.find((x) => x.key === simKey(900 + n))?.answers).toBeDefined();
      for (const [id, e] of Object.entries(before.consensus)) {
        if (e.status === 'consensus' || e.status === 'decided') {
          const { rounds, ...rest } = e;
          const now = w.consensus[id]!;
          expect(now).toMatchObject(rest);
          expect(now.rounds.slice(1)).toEqual(rounds.slice(1));
        }
        // Round 1 counts everybody in the file, not only the room's phones.
        expect(w.consensus[id]!.rounds[0]!.count).toBeGreaterThanOrEqual(e.rounds[0]!.count);
      }
      expect(after.value!.date).toBe(original.date);
      for (const [id] of recorded) expect(after.value!.answers[id]).toEqual(original.answers[id]);

      const s = runDigimat(['score', file, '--json']);
      expect(s.code, s.stderr).toBe(0);
      expect(JSON.parse(s.stdout).participants).toBe(7);
    },
  );
});
