import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { Strict } from './primitives.js';

/*
 * The shape of a text catalogue: every word digimat itself shows (site, CLI, PDF, workshop board,
 * room) in one language. The bundled catalogues are data (src/i18n/catalogues/<lang>.json); a site
 * adds or overrides one as content (content/texts/<lang>.yaml), checked by the partial form below.
 * A string's description names the `{slots}` it may use; the words around them are free.
 */

/** A string of the catalogue; `slots` lists the `{name}` placeholders filled in at run time. */
function Text(slots?: string) {
  return Type.String(
    slots
      ? {
          description: `May use ${slots
            .split(', ')
            .map((s) => `{${s}}`)
            .join(', ')}.`,
        }
      : {},
  );
}

/** Plural forms picked with Intl.PluralRules for the language; `{n}` is the number. */
function Plural(slots?: string) {
  const form = Type.String();
  return Type.Object(
    {
      zero: Type.Optional(form),
      one: Type.Optional(form),
      two: Type.Optional(form),
      few: Type.Optional(form),
      many: Type.Optional(form),
      other: form,
    },
    {
      additionalProperties: false,
      description: `Plural forms (CLDR: zero, one, two, few, many, other); {n} is the number${
        slots
          ? `, and ${slots
              .split(', ')
              .map((s) => `{${s}}`)
              .join(', ')} may be used`
          : ''
      }.`,
    },
  );
}

/** A name and a one-line description, e.g. a consumer type on the buyer persona. */
const NameAndLine = Strict({ name: Type.String(), description: Type.String() });

/** Words more than one face shows: each is written once here. */
const SharedText = Strict({
  stage: Text(),
  score: Text(),
  level: Text(),
  answered: Text(),
  scoreByStage: Text(),
  overall: Text(),
  overallScore: Text(),
  weakestStage: Text(),
  plan: Text(),
  noPlan: Text(),
  why: Text(),
  /** Heading of an action's further reading (its `resources`). */
  resources: Text(),
  impact: Text(),
  effort: Text(),
  notScored: Text(),
  startHere: Text(),
  horizons: Strict({
    '30d': Text(),
    '90d': Text(),
    '6m': Text(),
    later: Text(),
  }),
  impactBands: Strict({
    high: Text(),
    medium: Text(),
    low: Text(),
  }),
  effortBands: Strict({
    low: Text(),
    medium: Text(),
    high: Text(),
  }),
  answerMore: Plural(),
  reason: Text('bands, stage'),
  reasonWeakest: Text('bands, stage'),
  provisional: Text(),
  date: Text(),
  company: Text(),
  questionnaire: Text(),
  previous: Text(),
  next: Text(),
  notApplicable: Text(),
  note: Text(),
  owner: Text(),
  yourName: Text(),
  export: Text(),
  myCompany: Text(),
  selfAssessment: Text(),
  name: Text(),
  sector: Text(),
});

/** The terminal report of `digimat score` (also the wording the PDF borrows for reasons). */
const CliText = Strict({
  because: Text(),
  impact: Text(),
  effort: Text(),
  excluded: Text(),
  noWeakest: Text(),
  weakestUnknown: Text('stages'),
  weakestOpen: Text('stage, n'),
  capacity: Text('d30, d90, m6'),
  capacityUnknown: Text('d30, d90, m6'),
  horizonNotes: Strict({
    '30d': Text(),
    '90d': Text(),
    '6m': Text(),
    later: Text(),
  }),
});

/** The static site around the content. */
const SiteText = Strict({
  siteTitle: Text(),
  tagline: Text(),
  enter: Text(),
  skip: Text(),
  nav: Strict({
    home: Text(),
    course: Text(),
    search: Text(),
    worksheets: Text(),
  }),
  home: Strict({
    intro: Text(),
    questionnaires: Text(),
    start: Text(),
    course: Text(),
    worksheets: Text(),
    worksheetsIntro: Text(),
    published: Text(),
    privacy: Text(),
    workshop: Text(),
  }),
  q: Strict({
    stepOf: Text('n, total'),
    finish: Text(),
    noScript: Text(),
    saved: Text(),
    restored: Text(),
    dropped: Text('list'),
    progress: Text('answered, total'),
    help: Text(),
    questionsIn: Text(),
    clear: Text(),
    clearConfirm: Text(),
    none: Text(),
    companyLegend: Text(),
    employees: Text(),
  }),
  r: Strict({
    title: Text(),
    noScript: Text(),
    noWeakest: Text(),
    weakestUnknown: Text(),
    weakestOpen: Text('stage, n'),
    priority: Text(),
    learnMore: Text(),
    excluded: Text(),
    empty: Text(),
    emptyLink: Text(),
    print: Text(),
    downloadPdf: Text(),
    export: Text(),
    exportYaml: Text(),
    exportJson: Text(),
    import: Text(),
    importDone: Text(),
    importRefused: Text('reason'),
    share: Text(),
    shareCopied: Text(),
    shareHint: Text(),
    shareBroken: Text(),
    fromShare: Text(),
    edit: Text(),
    laterNote: Text(),
    range: Text('min, max'),
    completeness: Text('answered, total, percent'),
    rank: Text('rank, total'),
    showPlan: Text('n'),
    capacity: Text('d30, d90, m6'),
    capacityUnknown: Text('d30, d90, m6'),
    assessor: Text(),
    notes: Text(),
  }),
  course: Strict({
    contents: Text(),
    module: Text(),
  }),
  search: Strict({
    label: Text(),
    fileNotice: Text(),
    noJs: Text(),
  }),
  worksheets: Strict({
    ideaPerLine: Text(),
    download: Text(),
  }),
  offline: Text(),
  ui: Strict({
    quickTools: Text(),
    quickPdf: Text(),
    quickShare: Text(),
    moreTools: Text(),
    questionCount: Plural(),
    unanswered: Plural('stage'),
    goToFirst: Text(),
    storedInvalid: Text('list'),
    storedUnreadable: Text(),
    importConfirm: Text(),
    imported: Text('file'),
    undo: Text(),
    undone: Text(),
    notAnswersFile: Text(),
    otherQuestionnaire: Text(),
    otherLanguage: Text(),
    newerVersion: Text(),
    atLine: Text('line, message'),
    damaged: Text(),
    duplicate: Text(),
    unknownQuestion: Text('id'),
    badAnswer: Text('question'),
    naNotAllowed: Text('question'),
    naWithValue: Text('question'),
    badValue: Text(),
    missingField: Text('id'),
    unknownField: Text('id'),
    worksheetRestored: Text(),
    worksheetClear: Text(),
  }),
});

/** The PDF report and worksheets. */
const PdfText = Strict({
  location: Text(),
  assessor: Text(),
  version: Text(),
  answered: Text(),
  radar: Text(),
  weakest: Text(),
  matrix: Text(),
  matrixNote: Text(),
  notes: Text(),
  generalNotes: Text(),
  noNotes: Text(),
  summary: Text(),
  overallWaits: Text(),
  noWeakestYet: Text(),
  laterNote: Text(),
  continued: Text(),
  continuedTitle: Text(),
  empathy: Strict({
    title: Text(),
    profile: Text(),
    thinksFeels: Text(),
    hears: Text(),
    sees: Text(),
    saysDoes: Text(),
    pains: Text(),
    gains: Text(),
    painsHint: Text(),
    gainsHint: Text(),
  }),
  persona: Strict({
    title: Text(),
    identity: Text(),
    age: Text(),
    occupation: Text(),
    location: Text(),
    goals: Text(),
    challenges: Text(),
    behaviour: Text(),
    channels: Text(),
    channelNames: Strict({
      email: Text(),
      chat: Text(),
      social: Text(),
      phone: Text(),
      messaging: Text(),
      faq: Text(),
      store: Text(),
    }),
    objections: Text(),
    segmentation: Text(),
    segments: Strict({
      value: Text(),
      socioDemographic: Text(),
      behavioural: Text(),
      psychographic: Text(),
    }),
    typology: Text(),
    families: Strict({
      foreign: Text(),
      means: Text(),
      reality: Text(),
    }),
    types: Strict({
      outsider: NameAndLine,
      'basic-user': NameAndLine,
      'techno-aspirational': NameAndLine,
      'moderate-utilitarian': NameAndLine,
      'passionate-utilitarian': NameAndLine,
      'socio-digital': NameAndLine,
      technoholic: NameAndLine,
    }),
  }),
  journey: Strict({
    title: Text(),
    rows: Strict({
      touchpoints: Text(),
      actions: Text(),
      emotions: Text(),
      expectations: Text(),
      painPoints: Text(),
      opportunities: Text(),
    }),
  }),
  blank: Text(),
  /** Names the weakest stage; the questionnaire's own funnel sentence, if any, follows it. */
  lowest: Text('stage'),
  rankOf: Text('rank, total'),
  page: Text('n, total'),
  provisionalRange: Text('range'),
  provisionalOpen: Text(),
  onlyComplete: Text('stages'),
  outOf100: Text('score'),
});

/** Workshop words shared by the CLI, the Markdown and PDF reports. */
const WorkshopText = Strict({
  problems: Strict({
    empty: Text(),
    'not-a-hand-in': Text(),
    'unsupported-format': Text(),
    truncated: Text(),
    tampered: Text(),
    'foreign-questionnaire': Text(),
    'other-version': Text('v, q'),
    'questionnaire-changed': Text('q, v'),
  }),
  status: Strict({
    unanimous: Text(),
    consensus: Text(),
    decided: Text(),
    open: Text(),
  }),
  section: Text(),
  noRole: Text(),
  anonymous: Text(),
  spread: Text(),
  min: Text(),
  median: Text(),
  max: Text(),
  disputed: Text(),
  noDisputed: Text(),
  agreed: Text(),
  disagreement: Text(),
  knowledgeGap: Text(),
  open: Text(),
  noOpen: Text(),
  notApplicable: Text(),
  question: Text(),
  roles: Text(),
  names: Text(),
  legend: Text(),
  participants: Plural(),
  proxies: Plural(),
  moreDisputed: Plural(),
});

/** The facilitator's board and the participants' hand-in pages. */
const BoardText = Strict({
  title: Text(),
  intro: Text(),
  noScript: Text(),
  start: Strict({
    heading: Text(),
    employees: Text(),
    employeesHint: Text(),
    anonymity: Text(),
    toEveryone: Text(),
    toFacilitator: Text(),
    toNobody: Text(),
    submit: Text(),
  }),
  current: Text(),
  newWorkshop: Text(),
  newConfirm: Text(),
  restoredBroken: Text('key'),
  storageOff: Text(),
  join: Strict({
    heading: Text(),
    hint: Text(),
    localOnly: Text('address'),
    address: Text(),
    addressHint: Text(),
    addressUse: Text(),
    addressBad: Text('typed'),
    addressSaved: Text('address'),
  }),
  collect: Strict({
    heading: Text(),
    proxy: Text(),
    paste: Text(),
    pasteHint: Text(),
    add: Text(),
    file: Text(),
    drop: Text(),
    scan: Text(),
    stopScan: Text(),
    scanHint: Text(),
    scanUnavailable: Text('reason'),
    scanInsecure: Text(),
    scanNoCamera: Text('reason'),
    scanning: Text(),
  }),
  progress: Strict({
    heading: Text(),
    count: Text('n'),
    nobody: Text(),
    participant: Text('n'),
    viaLink: Text(),
    viaFile: Text(),
    viaQr: Text(),
    proxy: Text(),
    answered: Text('n'),
  }),
  received: Text('who'),
  updated: Text('who'),
  duplicate: Text('who'),
  older: Text('who'),
  conflict: Text('who'),
  refused: Text('reason'),
  reasons: Strict({
    'foreign-questionnaire': Text(),
    'other-version': Text(),
    tampered: Text(),
    truncated: Text(),
    malformed: Text(),
    'not-a-hand-in': Text(),
    'bad-file': Text(),
    empty: Text(),
    'unsupported-format': Text(),
    'questionnaire-changed': Text(),
  }),
  reveal: Text(),
  revealHint: Text(),
  revealed: Text(),
  board: Strict({
    heading: Text(),
    disagreement: Text(),
    gap: Text(),
    gapFlag: Text(),
    suggested: Text(),
    status: Text(),
    open: Text(),
    answers: Text(),
    round: Text('n'),
    noAnswers: Text(),
  }),
  question: Strict({
    reasons: Text(),
    noReasons: Text(),
    revote: Text(),
    revoteHint: Text(),
    revoteSave: Text(),
    accept: Text(),
    decide: Text(),
    decideValue: Text(),
    save: Text(),
    close: Text(),
    recorded: Text(),
    round2Votes: Text(),
  }),
  scores: Strict({
    heading: Text(),
    consensus: Text(),
    spread: Text(),
    range: Text('min, max'),
    completeness: Text('answered, total, percent'),
  }),
  projector: Strict({
    open: Text(),
    close: Text(),
    heading: Text(),
    hidden: Text(),
    handedIn: Text('n'),
  }),
  exportYaml: Text(),
  exportJson: Text(),
  dontKnow: Text(),
  dontKnowReason: Text(),
  workshopMode: Text(),
  nextPerson: Text(),
  nextPersonConfirm: Text(),
  handIn: Strict({
    heading: Text(),
    intro: Text(),
    role: Text(),
    qrLabel: Text(),
    link: Text(),
    copy: Text(),
    copied: Text(),
  }),
});

/** The live room on phones and on the facilitator's board. */
const RoomText = Strict({
  joined: Text(),
  roleLabel: Text(),
  stored: Text(),
  pending: Text(),
  refused: Text(),
  waiting: Text(),
  progress: Text('stored, total'),
  revote: Text(),
  revoteOthers: Text(),
  revealed: Text(),
  closed: Text(),
  facilitator: Text(),
  roomHeading: Text(),
  notFacilitator: Text(),
  noQuestionnaire: Text(),
  joinHere: Text(),
  joinLocalOnly: Text(),
  close: Text(),
  closedBoard: Text(),
  live: Text('joined, done, stored'),
  otherBoard: Text(),
  revoteStart: Text(),
  revoteEnd: Text(),
  written: Text('file'),
  handedIn: Text(),
  handInFallback: Text(),
});

/** Every section of a catalogue. */
const SECTIONS = {
  shared: SharedText,
  cli: CliText,
  site: SiteText,
  pdf: PdfText,
  workshop: WorkshopText,
  board: BoardText,
  room: RoomText,
};

/** A complete text catalogue for one language. */
export const TextCatalogueSchema = Strict({
  $schema: Type.Optional(Type.String({ description: 'Path to the JSON Schema, for editors.' })),
  lang: Type.String({ description: 'The BCP 47 language tag the texts are in, e.g. es, en, de, pt-BR.' }),
  name: Type.String({ description: 'The language’s own name, shown in the language switch (Deutsch, Português).' }),
  ...SECTIONS,
});
export type TextCatalogue = Static<typeof TextCatalogueSchema>;

/** The same shape with every key optional, at every depth except inside plural forms. */
function partial(schema: TSchema): TSchema {
  if (schema.type !== 'object' || !schema.properties || 'other' in schema.properties) return schema;
  const properties = Object.fromEntries(Object.entries(schema.properties as Record<string, TSchema>).map(([k, v]) => [k, partial(v)]));
  const { required: _required, ...rest } = schema;
  return { ...rest, properties } as TSchema;
}

/** A catalogue given as content: any subset of the keys; what it leaves out comes from a bundled catalogue or English. */
export const TextsSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String({ description: 'Path to the JSON Schema, for editors.' })),
    name: Type.Optional(Type.String({ description: 'The language’s own name, shown in the language switch (Deutsch, Português).' })),
    ...Object.fromEntries(Object.entries(SECTIONS).map(([k, v]) => [k, Type.Optional(partial(v))])),
  },
  { additionalProperties: false, description: 'Texts of the site, PDF and CLI in one language: content/texts/<lang>.yaml.' },
);
