// Eleventy ships JavaScript without types; we use the programmatic build, watch and dev server.
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(
      input?: string,
      output?: string,
      options?: {
        configPath?: string;
        quietMode?: boolean;
        runMode?: 'build' | 'serve' | 'watch';
        config?: (cfg: any) => void | Promise<void>;
      },
    );
    write(): Promise<unknown>;
    init(): Promise<void>;
    watch(): Promise<unknown>;
    serve(port?: number): Promise<void>;
    stopWatch(): Promise<void>;
  }
}
