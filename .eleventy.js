// Eleventy configuration: the digimat plugin (compiled from src/site) does the work; this file sets folders.
import digimat, { eleventyDirectories } from './dist/site/eleventy-plugin.js';

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(digimat);
  return {
    // Output is Eleventy's default, _site/; `digimat build` writes elsewhere first and swaps it in.
    dir: eleventyDirectories(),
    // Every page is made by the plugin from validated data (course Markdown included): nothing in
    // content/ is a template. Set here because Eleventy reads template formats before plugins run.
    templateFormats: ['hbs'],
  };
}
