/**
 * The Content-Security-Policy every page carries: only this site's own files, nothing from any other
 * host. Search additionally needs WebAssembly compilation for Pagefind.
 */
export function contentSecurityPolicy(kind: 'default' | 'search' = 'default'): string {
  const script = kind === 'search' ? "'self' 'wasm-unsafe-eval'" : "'self'";
  const style = kind === 'search' ? "'self' 'unsafe-inline'" : "'self'";
  return [
    "default-src 'self'",
    `script-src ${script}`,
    `style-src ${style}`,
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ].join('; ');
}
