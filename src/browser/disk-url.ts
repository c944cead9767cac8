/** From disk a directory URL shows a folder listing, so point at its index.html. */
export function diskUrl(url: string): string {
  if (location.protocol !== 'file:') return url;
  const [path, hash] = url.split('#');
  const fixed = path!.endsWith('/') ? `${path}index.html` : path!;
  return hash === undefined ? fixed : `${fixed}#${hash}`;
}
