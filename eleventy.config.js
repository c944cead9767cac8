// Eleventy configuration of this repository (`npx @11ty/eleventy --serve` works as well as
// `npm start`): the digimat plugin, compiled from src/site, does the work with the folders below.
import digimat from './dist/site/eleventy-plugin.js';

export const config = {
  // Output is Eleventy's default, _site/. Every page is made by the plugin from validated data
  // (course Markdown included), so nothing in content/ is a template: only the plugin's hbs pages.
  dir: { input: 'content' },
  templateFormats: ['hbs'],
};

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(digimat, { content: 'content', assessments: 'assessments', templates: 'templates' });
}
