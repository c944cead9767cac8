const pending = new Map<string, Promise<unknown>>();

/**
 * Loads a bundle only when a visitor asks for it (import/export, PDF) and returns what it puts on
 * `window[key]`. A classic script tag, because module imports do not work from disk.
 */
export function loadBundle<T>(src: string, key: string): Promise<T> {
  const w = window as unknown as Record<string, T | undefined>;
  if (w[key]) return Promise.resolve(w[key]!);
  let p = pending.get(src) as Promise<T> | undefined;
  if (!p) {
    p = new Promise<T>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = () => (w[key] ? resolve(w[key]!) : reject(new Error(`${src} did not load`)));
      script.onerror = () => {
        pending.delete(src);
        reject(new Error(`${src} did not load`));
      };
      document.head.appendChild(script);
    });
    pending.set(src, p);
  }
  return p;
}
