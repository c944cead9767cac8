/** Thrown for a `--wifi` value that is not `SSID:PASSWORD`. */
export class WifiSpecError extends Error {}

/** Escapes a field of a Wi-Fi QR payload: `\`, `;`, `,`, `:` and `"` take a backslash. */
export function escapeWifiField(value: string): string {
  return value.replace(/[\\;,:"]/g, (c) => `\\${c}`);
}

/**
 * The text of a QR code that joins a WPA network (the `WIFI:` format phone cameras understand),
 * from `SSID:PASSWORD`. The SSID is everything before the first colon; the password may contain
 * colons. An open network (no password) is written with `T:nopass`.
 */
export function wifiPayload(spec: string): string {
  const cut = spec.indexOf(':');
  if (cut <= 0) throw new WifiSpecError('--wifi expects SSID:PASSWORD (the network name, a colon, then the password)');
  const ssid = spec.slice(0, cut);
  const password = spec.slice(cut + 1);
  if (password === '') return `WIFI:T:nopass;S:${escapeWifiField(ssid)};;`;
  return `WIFI:T:WPA;S:${escapeWifiField(ssid)};P:${escapeWifiField(password)};;`;
}
