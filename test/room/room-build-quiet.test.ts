import { afterAll, describe, expect, it } from 'vitest';
import { scratchAssessment, startRoom, type RoomProcess } from '../helpers/room-process.js';

const rooms: RoomProcess[] = [];
afterAll(async () => {
  for (const r of rooms) {
    r.child.kill('SIGTERM');
    await r.exited;
  }
});

/** Regression: a room building its own site let Eleventy print "[11ty] Wrote N files" above the room's banner. */
describe('digimat room building its own site', () => {
  it('prints its banner and no line from the site generator', async () => {
    const room = await startRoom([scratchAssessment(), '--port', '0', '--host', '127.0.0.2']);
    rooms.push(room);
    expect(room.joinUrl).toMatch(/^http:/);
    expect(room.stdout() + room.stderr()).not.toContain('[11ty]');
    expect(room.stdout() + room.stderr()).not.toMatch(/Wrote \d+ files?/);
  }, 300_000);
});
