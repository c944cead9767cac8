// Eleventy ships JavaScript without types; we use only the programmatic build.
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: { configPath?: string; quietMode?: boolean; config?: (cfg: unknown) => void });
    write(): Promise<unknown>;
  }
}
