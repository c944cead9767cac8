import { WifiSpecError, wifiPayload } from '../room/wifi-qr.js';
import { UsageError } from '../core/errors.js';
import { displayPath } from '../node/display-path.js';
import { openRoom, type OpenRoomOptions } from '../room/open-room.js';
import { terminalQr } from '../room/terminal-qr.js';
import { EXIT, type CommandIo } from './io.js';

export interface RoomCommandOptions extends OpenRoomOptions {
  wifi?: string;
  /** Draw QR codes with terminal colours (a TTY); plain characters otherwise. */
  color: boolean;
  /** Resolves when the user asks to stop (Ctrl+C); the room pauses and can be resumed. */
  interrupted?: Promise<void>;
}

/**
 * `digimat room`: runs a live workshop from this laptop. Prints how to join (URL and QR code, the
 * Wi-Fi's QR code when given) and the facilitator's link, then serves until the room is closed from
 * the board (the workshop file is written) or paused with Ctrl+C (the journal keeps everything).
 */
export async function roomCommand(options: RoomCommandOptions, io: CommandIo): Promise<number> {
  let wifi: string | undefined;
  if (options.wifi !== undefined) {
    try {
      wifi = wifiPayload(options.wifi);
    } catch (error) {
      if (error instanceof WifiSpecError) throw new UsageError(error.message);
      throw error;
    }
  }
  const room = await openRoom(options, (line) => io.err(line));
  const { opened, port, host, questionnaire: q } = room;
  const local = `http://localhost:${port}/r/${opened.token}/`;
  io.out(`digimat room: ${q.title} (${q.id} version ${q.version}, ${q.lang})${room.resumed ? ' — resumed from its journal' : ''}`);
  if (host) {
    const join = `http://${host.includes(':') ? `[${host}]` : host}:${port}/r/${opened.token}/`;
    io.out('');
    if (wifi) {
      io.out('1. Join the Wi-Fi (scan with the phone camera):');
      io.out(terminalQr(wifi, options.color));
      io.out('');
    }
    io.out(`${wifi ? '2. ' : ''}Join the room (scan, or type the address): ${join}`);
    io.out(terminalQr(join, options.color));
    io.out('');
    io.out(
      `Facilitator on a tablet (keep private): http://${host.includes(':') ? `[${host}]` : host}:${port}/f/${opened.facilitatorToken}/${room.boardPath ?? ''}`,
    );
  } else {
    io.out('');
    io.out('Phones cannot join yet: the room listens on this laptop only.');
    io.out(
      room.lanCandidates.length > 0
        ? `This laptop's network addresses: ${room.lanCandidates.join(', ')}. Run again with --host <address> to let phones on that network in.`
        : "No network address found: connect to the room's Wi-Fi (or start a hotspot), then run again with --host <address>.",
    );
    io.out(`Join on this laptop: ${local}`);
  }
  io.out(`Facilitator (this laptop): ${local}${room.boardPath ?? ''}`);
  io.out(`Journal: ${displayPath(room.journalFile)} (every answer is written there before a phone shows its ✓)`);
  io.out('Close the room from the board to write the workshop file; Ctrl+C pauses it (run the same command to resume).');

  const interrupted = (options.interrupted ?? new Promise<void>(() => undefined)).then(() => undefined);
  const outcome = await Promise.race([room.closed.then((file) => ({ file })), interrupted.then(() => ({ file: undefined }))]);
  if (outcome.file) {
    // A moment for the phones to hear that the room closed before the server goes.
    await new Promise((r) => setTimeout(r, 500));
    await room.stop();
    io.out(`Room closed; workshop written to ${outcome.file}`);
    return EXIT.ok;
  }
  await room.stop();
  io.out(`Room paused; its journal ${displayPath(room.journalFile)} keeps every answer. Run the same command to resume.`);
  return EXIT.ok;
}
