import type { PlanHorizon } from '../core/horizon.js';
import type { BandWords } from '../i18n/priority-words.js';
import { perCatalogue } from '../i18n/catalogues.js';
import { capitalised, fill, plural, type PluralText } from '../i18n/fill-text.js';
import { planWords } from '../i18n/plan-words.js';

/** Every word the site shows around the content, per language. */
export interface SiteText {
  langName: string;
  siteTitle: string;
  tagline: string;
  /** The root page's button into this language ("Continue in English"). */
  enter: string;
  skip: string;
  nav: { home: string; course: string; search: string; worksheets: string };
  home: {
    intro: string;
    questionnaires: string;
    start: string;
    course: string;
    worksheets: string;
    worksheetsIntro: string;
    published: string;
    privacy: string;
    workshop: string;
  };
  worksheets: { ideaPerLine: string; download: string };
  q: {
    stepOf: string;
    previous: string;
    next: string;
    finish: string;
    na: string;
    noScript: string;
    saved: string;
    restored: string;
    dropped: string;
    progress: string;
    help: string;
    questionsIn: string;
    clear: string;
    clearConfirm: string;
    /** The explicit "none of these" of a multiple-choice question: answered, no points. */
    none: string;
    companyLegend: string;
    employees: string;
    /** The company's name field. */
    name: string;
    sector: string;
  };
  r: {
    title: string;
    /** Shown without JavaScript: the results are worked out in the browser from the saved answers. */
    noScript: string;
    overall: string;
    level: string;
    stage: string;
    score: string;
    answered: string;
    weakest: string;
    noWeakest: string;
    /** Said while incomplete stages could still end below the lowest complete one. */
    weakestUnknown: string;
    /** One incomplete stage that keeps the weakest from being named: {stage}, {n} answers still needed. */
    weakestOpen: string;
    radar: string;
    plan: string;
    noPlan: string;
    because: string;
    impact: string;
    effort: string;
    priority: string;
    learnMore: string;
    /** Heading of an action's further reading (its `resources`). */
    resources: string;
    excluded: string;
    empty: string;
    emptyLink: string;
    print: string;
    downloadPdf: string;
    export: string;
    exportYaml: string;
    exportJson: string;
    import: string;
    importDone: string;
    importRefused: string;
    share: string;
    shareCopied: string;
    shareHint: string;
    shareBroken: string;
    fromShare: string;
    edit: string;
    notScored: string;
    horizons: Record<PlanHorizon, string>;
    /** Under the "later" heading: why these actions wait. */
    laterNote: string;
    /** A score below the completeness bar. */
    provisional: string;
    /** The range a provisional score could still end in: {min}, {max}. */
    range: string;
    answerMoreOne: string;
    /** {n} more answers reach the bar. */
    answerMore: string;
    /** {answered} of {total} ({percent}). */
    completeness: string;
    startHere: string;
    /** One line on why a start-here action comes first: {bands}, {stage}. */
    reason: string;
    reasonWeakest: string;
    /** {rank} of {total}. */
    rank: string;
    /** The summary that opens the full plan: {n} actions. */
    showPlan: string;
    /** How the plan was sized: {d30}, {d90}, {m6} effort points. */
    capacity: string;
    /** The same with no head count given. */
    capacityUnknown: string;
    bands: BandWords;
    company: string;
    date: string;
    assessor: string;
    notes: string;
  };
  course: { title: string; contents: string; previous: string; next: string; module: string };
  search: { title: string; label: string; fileNotice: string; noJs: string };
  offline: string;
  /** Words for the questionnaire and results pages' navigation, import and saved-answer checks. */
  ui: UiText;
}

export interface UiText {
  quickTools: string;
  quickPdf: string;
  quickExport: string;
  quickShare: string;
  moreTools: string;
  questionCount: PluralText;
  unanswered: PluralText;
  goToFirst: string;
  storedInvalid: string;
  storedUnreadable: string;
  importConfirm: string;
  imported: string;
  undo: string;
  undone: string;
  notAnswersFile: string;
  otherQuestionnaire: string;
  otherLanguage: string;
  newerVersion: string;
  atLine: string;
  damaged: string;
  duplicate: string;
  unknownQuestion: string;
  badAnswer: string;
  naNotAllowed: string;
  naWithValue: string;
  badValue: string;
  missingField: string;
  unknownField: string;
  worksheetRestored: string;
  worksheetClear: string;
}

/** The site's words in a language (English where the language has no catalogue). */
export const siteText = perCatalogue((cat): SiteText => {
  const s = cat.shared;
  const t = cat.site;
  const cap = (text: string) => capitalised(cat.lang, text);
  return {
    langName: cat.name,
    siteTitle: t.siteTitle,
    tagline: t.tagline,
    enter: t.enter,
    skip: t.skip,
    nav: t.nav,
    home: t.home,
    q: { ...t.q, previous: s.previous, next: s.next, na: s.notApplicable, name: s.name, sector: s.sector },
    worksheets: t.worksheets,
    r: {
      ...t.r,
      overall: s.overallScore,
      radar: s.scoreByStage,
      level: s.level,
      stage: s.stage,
      score: s.score,
      answered: s.answered,
      weakest: s.weakestStage,
      ...planWords(s),
      provisional: cap(s.provisional),
      answerMoreOne: cap(fill(s.answerMore.one ?? s.answerMore.other, { n: 1 })),
      answerMore: cap(s.answerMore.other),
      startHere: s.startHere,
      reason: `${s.reason}.`,
      reasonWeakest: `${s.reasonWeakest}.`,
      // The site's priority reads as a label, so its first word is capitalised.
      bands: { impactBands: mapValues(s.impactBands, cap), effortBands: s.effortBands },
      company: s.company,
      date: s.date,
    },
    course: { ...t.course, title: t.nav.course, previous: s.previous, next: s.next },
    search: { ...t.search, title: t.nav.search },
    offline: t.offline,
    ui: { ...t.ui, quickExport: s.export },
  };
});

function mapValues<K extends string>(record: Record<K, string>, f: (v: string) => string): Record<K, string> {
  return Object.fromEntries(Object.entries<string>(record).map(([k, v]) => [k, f(v)])) as Record<K, string>;
}

export { fill, plural, type PluralText };
