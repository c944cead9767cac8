// Imported first by every page script that prints words: a page in a language digimat has no
// bundled texts for (or whose texts the site overrides) carries its catalogue in the page, and it
// is put in use before any script builds its words from it.
import { useCatalogue, type TextCatalogue } from '../i18n/catalogues.js';

const embedded = document.getElementById('digimat-texts')?.textContent;
if (embedded) useCatalogue(JSON.parse(embedded) as TextCatalogue);
