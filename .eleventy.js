// Eleventy configuration: the digimat plugin (compiled from src/site) does the work; this file sets folders.
import digimat, { eleventyDirectories } from './dist/site/eleventy-plugin.js';

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(digimat);
  return {
    // Output is Eleventy's default, _site/; `digimat build` writes elsewhere first and swaps it in.
    dir: eleventyDirectories(),
    // Course pages are plain Markdown: never run an author's text through a template language.
    markdownTemplateEngine: false,
  };
}
