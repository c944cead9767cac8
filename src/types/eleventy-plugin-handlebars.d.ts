// The plugin ships no types; it is an Eleventy plugin function taking options.
declare module '@11ty/eleventy-plugin-handlebars' {
  const plugin: (eleventyConfig: unknown, options?: { eleventyLibraryOverride?: unknown }) => void;
  export default plugin;
}
