import { perCatalogue } from '../i18n/catalogues.js';
import { fill } from '../i18n/fill-text.js';

/** What the room script says on a phone and on the board, from the language's catalogue; `{n}`-style slots are filled in. */
export const roomText = perCatalogue((cat): Record<string, string> => ({ ...cat.room, nameLabel: cat.shared.yourName }));

/** Fills a room text's `{name}` slots. */
export const roomFill = fill;
