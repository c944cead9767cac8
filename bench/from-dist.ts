// Benchmarks measure the compiled code in dist/ (what `digimat` and the Eleventy plugin run), built
// by each bench script's `npm run compile`. Two reasons: tsx's on-the-fly transform wraps every named
// function, closures included, in a helper call (about 2.5 ms more per PDF report), and a module
// loaded from src/ is a second copy beside the plugin's dist/ one, so state they share (the site
// loaded once per build) would not be shared.

/** A compiled module from dist/, typed by its source in src/. */
export function fromDist<T>(rel: string): Promise<T> {
  return import(new URL(`../dist/${rel}`, import.meta.url).href) as Promise<T>;
}
