// Where phones join the workshop. A board opened from disk or on localhost has an address that
// means "this laptop" to every device, so a QR code made from it leads a phone nowhere.

/** Host names that only ever point at the device itself. */
const SELF_HOSTS = [/^localhost$/i, /\.localhost$/i, /^127(\.\d{1,3}){3}$/, /^\[::1\]$/, /^0\.0\.0\.0$/];

/** Whether a phone on the network cannot open this address: a file on the laptop's disk or one of the laptop's own names. */
export function onlyThisLaptop(href: string): boolean {
  const url = new URL(href);
  if (url.protocol === 'file:') return true;
  return SELF_HOSTS.some((re) => re.test(url.hostname));
}

/**
 * The site's address for phones as the facilitator typed it (`192.168.1.20:8080` or
 * `http://192.168.1.20:8080/`), as a root ending in "/"; null when it is not an http(s) address.
 */
export function phoneSiteRoot(typed: string): string | null {
  const text = typed.trim();
  // Some browsers' URL parser tolerates spaces in a host name: no address a phone can use has one.
  if (!text || /\s/.test(text)) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname || url.username || url.password) return null;
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/**
 * The link participants open: from the typed site root when there is one, otherwise next to the
 * board itself (a page on disk needs its index.html spelled out).
 */
export function joinLink(pageHref: string, join: { relative: string; fromRoot: string }, root: string | null): string {
  if (root) return `${new URL(join.fromRoot, root).href}?workshop`;
  const page = new URL(pageHref).protocol === 'file:' ? 'index.html' : '';
  return `${new URL(`${join.relative}${page}`, pageHref).href}?workshop`;
}
