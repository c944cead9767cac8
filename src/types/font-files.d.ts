// esbuild's binary loader turns font files into bytes for the browser bundle.
declare module '*.woff' {
  const bytes: Uint8Array;
  export default bytes;
}
