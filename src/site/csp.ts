/**
 * The Content-Security-Policy every page carries: only this site's own files, nothing from any other
 * host. Search (Pagefind) and the board's QR scanner (zxing, when the browser has no native
 * BarcodeDetector) additionally need WebAssembly compilation; no other page gets it.
 */
export function contentSecurityPolicy(kind: 'default' | 'search' | 'scanner' = 'default'): string {
  const script = kind === 'default' ? "'self'" : "'self' 'wasm-unsafe-eval'";
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
