import { correction, generate } from 'lean-qr';
import { describe, expect, it } from 'vitest';
import { terminalQr } from '../../src/room/terminal-qr.js';
import { escapeWifiField, wifiPayload, WifiSpecError } from '../../src/room/wifi-qr.js';

describe('Wi-Fi QR payload', () => {
  it('writes a WPA network in the WIFI: format', () => {
    expect(wifiPayload('Taller:clave-segura')).toBe('WIFI:T:WPA;S:Taller;P:clave-segura;;');
  });

  it('escapes ; , : \\ and " in the name and the password; the password may hold colons', () => {
    expect(escapeWifiField('a;b,c:d\\e"f')).toBe('a\\;b\\,c\\:d\\\\e\\"f');
    expect(wifiPayload('Sala;1:pa"ss:wo,rd\\')).toBe('WIFI:T:WPA;S:Sala\\;1;P:pa\\"ss\\:wo\\,rd\\\\;;');
  });

  it('writes an open network without a password', () => {
    expect(wifiPayload('Invitados:')).toBe('WIFI:T:nopass;S:Invitados;;');
  });

  it('refuses a value without SSID', () => {
    expect(() => wifiPayload('no-colon')).toThrow(WifiSpecError);
    expect(() => wifiPayload(':password')).toThrow(WifiSpecError);
  });
});

describe('terminal QR code', () => {
  it('draws every module of the code, two rows per line, with a quiet zone', () => {
    const text = 'http://192.168.1.20:8740/r/zSY-XNQKRnhVHkQvo1L--w/';
    const code = generate(text, { minCorrectionLevel: correction.M });
    const lines = terminalQr(text, false).split('\n');
    const pad = 2;
    expect(lines).toHaveLength(Math.ceil((code.size + 2 * pad) / 2));
    // Read the modules back from the half blocks and compare with the code itself.
    for (let y = 0; y < code.size; y++) {
      for (let x = 0; x < code.size; x++) {
        const ch = [...lines[Math.floor((y + pad) / 2)]!][x + pad]!;
        const top = (y + pad) % 2 === 0;
        const dark = ch === '\u2588' || (top ? ch === '\u2580' : ch === '\u2584');
        expect(dark, `${x},${y}`).toBe(code.get(x, y));
      }
    }
  });

  it('sets explicit dark-on-light colours for a terminal', () => {
    const line = terminalQr('x', true).split('\n')[0]!;
    expect(line.startsWith('\x1b[30;107m')).toBe(true);
    expect(line.endsWith('\x1b[0m')).toBe(true);
  });
});
