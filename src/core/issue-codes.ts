/** How serious an issue is: an error stops scoring and building; a warning is printed and let through. */
export type Severity = 'error' | 'warning';

/** What a code means to the person who reads it, and what they can do about it. */
export interface IssueCodeInfo {
  /** The severity an issue with this code has unless its check says otherwise. */
  severity: Severity;
  meaning: string;
  next: string;
}

/**
 * Every code an issue can carry, in the order a file is checked: reading it, its YAML, its schema,
 * then digimat's own checks of questionnaires, action libraries, translations, assessments,
 * workshop files, a room's journal and course pages. docs/content-format.md lists the same codes in
 * the same order (test/core/issue-codes.test.ts compares them, and checks that each code has a
 * fixture with its golden message under test/fixtures/, but for the two it names).
 */
export const ISSUE_CODES = {
  // Reading the file and its YAML
  'not-utf8': { severity: 'error', meaning: 'a byte that is not UTF-8 (often a file saved as Latin-1)', next: 'save the file as UTF-8' },
  'binary-file': {
    severity: 'error',
    meaning: 'a NUL byte: an image, spreadsheet or other binary file given by mistake',
    next: 'give the YAML or Markdown file instead',
  },
  'empty-file': { severity: 'error', meaning: 'the file has nothing in it', next: 'fill it in, or remove it' },
  'yaml-syntax': {
    severity: 'error',
    meaning: 'the text is not valid YAML',
    next: 'fix the line shown; the message says what the parser expected',
  },
  'duplicate-key': { severity: 'error', meaning: 'the same key twice in one mapping', next: 'keep one of the two' },
  'bad-indent': {
    severity: 'error',
    meaning: 'a key indented too deep, between two levels, or with a tab',
    next: 'indent it with spaces like its siblings',
  },
  'unclosed-quote': { severity: 'error', meaning: 'a quoted text never closed', next: 'end it with the same quote mark' },
  'unclosed-bracket': { severity: 'error', meaning: 'a `[` or `{` never closed', next: 'close it, or quote the whole value' },
  'unresolved-alias': {
    severity: 'error',
    meaning: 'a `*name` with no `&name` before it',
    next: 'define the anchor earlier, or write the value out',
  },
  'alias-bomb': { severity: 'error', meaning: 'aliases that would expand to more than 10,000 values', next: 'write the values out' },
  'too-deep': { severity: 'error', meaning: 'more than 64 levels of nesting', next: 'flatten the file; digimat files need a few levels' },
  'split-item': { severity: 'warning', meaning: 'a comma inside `[a, b]` starts a new item', next: 'quote an item that holds a comma' },
  // The schema of each kind of file
  'missing-property': { severity: 'error', meaning: 'a required field is absent', next: 'add it' },
  'unknown-property': {
    severity: 'error',
    meaning: 'a field the format does not have (often a typo)',
    next: 'rename it as suggested, or remove it',
  },
  'bad-value': { severity: 'error', meaning: 'a value outside the allowed list', next: 'use one of the values listed' },
  'wrong-type': {
    severity: 'error',
    meaning: 'a value of the wrong kind (text for a number, a list for a mapping)',
    next: 'write it in the form named',
  },
  'bad-id': {
    severity: 'error',
    meaning: 'an id with characters other than lower-case letters, digits and dashes',
    next: 'rename it, e.g. `web-mobile`',
  },
  'bad-format': { severity: 'error', meaning: 'a text not in the required form (a date, a version)', next: 'write it as described' },
  'empty-list': { severity: 'error', meaning: 'a list or mapping that needs at least one entry is empty', next: 'add the items' },
  'empty-text': { severity: 'error', meaning: 'a text that must say something is empty', next: 'write it' },
  'out-of-range': { severity: 'error', meaning: 'a number outside its range', next: 'use a number within the bounds given' },
  schema: { severity: 'error', meaning: 'any other rule of the schema', next: 'read the message; the JSON Schema in schema/ has the rule' },
  // Questionnaires
  'duplicate-id': {
    severity: 'error',
    meaning: 'an id used twice in one list (stages, questions, options, actions, modules...)',
    next: 'rename the repeat',
  },
  'unknown-stage': { severity: 'error', meaning: 'a stage id the questionnaire does not have', next: 'use one of the stages listed' },
  'levels-start': { severity: 'error', meaning: 'the first level does not start at 0', next: 'set its `min` to 0' },
  'levels-order': { severity: 'error', meaning: 'level bounds that do not go up', next: 'order the levels by `min`' },
  'missing-options': { severity: 'error', meaning: 'a question of a kind with options has none', next: 'add `options`' },
  'fixed-options': {
    severity: 'error',
    meaning: 'a yes/no or scale question whose options are not the fixed ones',
    next: 'use exactly the ids named',
  },
  'max-not-multiple': {
    severity: 'error',
    meaning: '`max` on a question that is not of kind multiple',
    next: 'remove `max`, or make the question multiple',
  },
  'no-points': { severity: 'error', meaning: 'a question no answer can earn points on', next: 'give at least one option points above 0' },
  'empty-stage': {
    severity: 'warning',
    meaning: 'a stage without questions can never be scored',
    next: 'add questions to it, or remove it',
  },
  'condition-unknown': { severity: 'error', meaning: 'a `when` naming a question that does not exist', next: 'name an existing question' },
  'condition-order': { severity: 'error', meaning: 'a `when` naming a question asked later', next: 'depend only on earlier questions' },
  'condition-option': {
    severity: 'error',
    meaning: 'a `when` value that is not an option of its question',
    next: 'use one of the options listed',
  },
  // Content as a whole: actions, Kit Digital, duplicates across files
  'duplicate-questionnaire': {
    severity: 'error',
    meaning: 'two files define the same questionnaire in the same language',
    next: 'remove or rename one',
  },
  'duplicate-library': {
    severity: 'error',
    meaning: 'two action libraries for the same questionnaire and language',
    next: 'merge them into one file',
  },
  'unknown-action': { severity: 'error', meaning: 'a question names an action no library defines', next: 'define it, or fix the id' },
  'unknown-category': {
    severity: 'error',
    meaning: "an action names a funding category its library's scheme does not have, or the library names no scheme",
    next: 'use one of the categories listed, or set `fundingScheme` on the library',
  },
  'unknown-funding-scheme': {
    severity: 'error',
    meaning: "a library's `fundingScheme` names no file under content/funding/",
    next: 'use one of the schemes listed, or add its file',
  },
  'missing-translation': {
    severity: 'error',
    meaning: 'a funding scheme or category has no name in a language a library citing it is written in',
    next: 'add the name in that language',
  },
  'unknown-course-page': {
    severity: 'error',
    meaning: 'an action links a course page that does not exist',
    next: 'fix the page name (its path under content/course/<lang>/ without .md)',
  },
  // Translations
  'translation-ids': {
    severity: 'error',
    meaning: 'an id in one language and not the other',
    next: 'add it to the other file, or remove it from this one',
  },
  'translation-mismatch': {
    severity: 'error',
    meaning: 'a field other than text differs between languages (a differing course link only warns)',
    next: 'copy the field from the other file',
  },
  // Assessments
  'unknown-questionnaire': {
    severity: 'error',
    meaning: 'the assessment names a questionnaire that does not exist',
    next: 'use one of the ids listed, or check --content',
  },
  'unknown-language': {
    severity: 'error',
    meaning: 'the questionnaire has no version in that language',
    next: 'use one of the languages listed',
  },
  'unknown-version': {
    severity: 'error',
    meaning: 'a questionnaire version the content does not have',
    next: 'use the version named as the latest, or update the content',
  },
  'older-version': {
    severity: 'warning',
    meaning: 'made on an older questionnaire version; the answers are carried over',
    next: 'answer the questions added since, if any',
  },
  'unknown-question': {
    severity: 'error',
    meaning: 'an answer to a question the questionnaire does not have',
    next: 'fix the id, or remove the answer',
  },
  'bad-answer': {
    severity: 'error',
    meaning: 'an answer that does not fit its question',
    next: 'use an option id, a number in range, or true/false as the question asks',
  },
  'na-not-allowed': { severity: 'error', meaning: '"not applicable" on a question that does not allow it', next: 'give an answer instead' },
  'na-with-value': { severity: 'error', meaning: '"not applicable" and a value on the same answer', next: 'keep one of the two' },
  'bad-date': { severity: 'error', meaning: 'a date that is not a day of the calendar (2026-02-30)', next: 'write a real day' },
  'unknown-size': {
    severity: 'warning',
    meaning: '`employees` left empty, so the plan is not sized to the company',
    next: 'fill in the head count',
  },
  'duplicate-page': { severity: 'error', meaning: 'two assessment files would get the same page', next: 'rename one of them' },
  'bad-file-name': { severity: 'error', meaning: 'a file name that gives no page name', next: 'start it with a letter or digit' },
  // Workshop files
  'duplicate-participant': {
    severity: 'error',
    meaning: 'a participant key used twice',
    next: 'merge their hand-ins with `digimat workshop merge`',
  },
  'name-when-anonymous': {
    severity: 'error',
    meaning: 'a participant name in a workshop whose anonymity is `nobody`',
    next: 'remove the name',
  },
  'dont-know-with-answer': { severity: 'error', meaning: '"I don\'t know" together with a value or "not applicable"', next: 'keep one' },
  'reason-without-dont-know': {
    severity: 'error',
    meaning: 'a reason on an answer that is not "I don\'t know"',
    next: 'add `dontKnow: true`, or move the text to `note`',
  },
  'consensus-without-value': {
    severity: 'error',
    meaning: 'an agreed or decided consensus that records no value',
    next: 'give the value, or set `status: open`',
  },
  'unknown-option': {
    severity: 'error',
    meaning: 'a vote counted under an option the question does not have',
    next: 'use one of the options listed',
  },
  'consensus-differs': {
    severity: 'warning',
    meaning: 'the agreed answer is not the one in `answers`, which scores use',
    next: 'copy the agreed value into `answers`',
  },
  // The room's journal (digimat room), beside the workshop file
  'room-journal-damaged': {
    severity: 'error',
    meaning: 'a journal line that is not a room event, or a journal that does not start by opening a room',
    next: 'move the journal away (the answers in it are lost to the room) or restore it from a copy',
  },
  'room-journal-torn': {
    severity: 'warning',
    meaning: 'an unfinished last journal line from an interrupted write; it was never acknowledged',
    next: 'nothing: the phones send that answer again',
  },
  'room-journal-mismatch': {
    severity: 'error',
    meaning: 'the journal is of a room on another questionnaire, version or language',
    next: 'move the journal away, or open the room with the assessment it belongs to',
  },
  'room-closed': {
    severity: 'error',
    meaning: 'the journal is of a room already closed and written out',
    next: 'move the journal away to open a new room',
  },
  'room-journal-write': {
    severity: 'warning',
    meaning: 'the journal could not be written (disk full, file removed); the room stops storing answers',
    next: 'free the disk; the phones keep their answers and send them again to a new room',
  },
  // Course pages
  'missing-front-matter': {
    severity: 'error',
    meaning: 'a course page without front matter between --- lines',
    next: 'add module, order, title and lang',
  },
  'course-lang': { severity: 'error', meaning: "a page whose `lang` is not its folder's language", next: 'fix `lang`, or move the page' },
  'unknown-module': {
    severity: 'error',
    meaning: 'a page in a module not listed in modules.yaml',
    next: 'add the module, or fix the name',
  },
  // A site's own text catalogues (content/texts/<lang>.yaml)
  'unknown-slot': {
    severity: 'error',
    meaning: 'a text uses a `{slot}` that is never filled in there',
    next: 'use one of the slots the message lists, or write the word out',
  },
  'bad-language-tag': {
    severity: 'error',
    meaning: 'a file under texts/ whose name is not a language tag',
    next: 'name it after one, such as de.yaml or pt-BR.yaml',
  },
  'catalogue-missing': {
    severity: 'warning',
    meaning: 'a content language with no text catalogue; its pages use the English texts',
    next: 'add content/texts/<lang>.yaml',
  },
  'catalogue-incomplete': {
    severity: 'warning',
    meaning: 'a text catalogue that leaves some keys out; those use English',
    next: 'add the keys the message counts',
  },
} as const satisfies Record<string, IssueCodeInfo>;

/** A code an issue can carry: one of the keys of ISSUE_CODES, checked when the code is compiled. */
export type IssueCode = keyof typeof ISSUE_CODES;

/** A code as it ends a printed problem line: ` [code]`. */
export function codeTag(code: IssueCode): string {
  return ` [${code}]`;
}

/** The severity an issue with `code` has unless its check says otherwise. */
export function defaultSeverity(code: IssueCode): Severity {
  return ISSUE_CODES[code].severity;
}
