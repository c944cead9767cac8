import { perCatalogue } from '../i18n/catalogues.js';
import { capitalised } from '../i18n/fill-text.js';

/** Every word of the facilitator's board and the participants' hand-in, per language. */
export interface WorkshopText {
  /** The language these words are in: numbers on the board follow it (33,3 in Spanish). */
  lang: string;
  title: string;
  intro: string;
  noScript: string;
  start: {
    heading: string;
    company: string;
    employees: string;
    employeesHint: string;
    questionnaire: string;
    anonymity: string;
    toEveryone: string;
    toFacilitator: string;
    toNobody: string;
    submit: string;
  };
  current: string;
  newWorkshop: string;
  newConfirm: string;
  restoredBroken: string;
  storageOff: string;
  join: {
    heading: string;
    hint: string;
    localOnly: string;
    address: string;
    addressHint: string;
    addressUse: string;
    addressBad: string;
    addressSaved: string;
  };
  collect: {
    heading: string;
    proxy: string;
    paste: string;
    pasteHint: string;
    add: string;
    file: string;
    drop: string;
    scan: string;
    stopScan: string;
    scanHint: string;
    scanUnavailable: string;
    scanInsecure: string;
    scanNoCamera: string;
    scanning: string;
  };
  progress: {
    heading: string;
    count: string;
    nobody: string;
    participant: string;
    viaLink: string;
    viaFile: string;
    viaQr: string;
    proxy: string;
    answered: string;
  };
  received: string;
  updated: string;
  duplicate: string;
  older: string;
  conflict: string;
  refused: string;
  reasons: Record<string, string>;
  reveal: string;
  revealHint: string;
  revealed: string;
  board: {
    heading: string;
    disagreement: string;
    gap: string;
    gapFlag: string;
    suggested: string;
    status: string;
    open: string;
    answers: string;
    round: string;
    noAnswers: string;
  };
  status: Record<'unanimous' | 'consensus' | 'decided' | 'open', string>;
  question: {
    reasons: string;
    noReasons: string;
    revote: string;
    revoteHint: string;
    revoteSave: string;
    accept: string;
    decide: string;
    decideValue: string;
    na: string;
    note: string;
    owner: string;
    save: string;
    close: string;
    recorded: string;
    round2Votes: string;
  };
  scores: {
    heading: string;
    stage: string;
    consensus: string;
    spread: string;
    overall: string;
    provisional: string;
    range: string;
    completeness: string;
  };
  projector: { open: string; close: string; heading: string; hidden: string; handedIn: string };
  exportHeading: string;
  exportYaml: string;
  exportJson: string;
  dontKnow: string;
  dontKnowReason: string;
  workshopMode: string;
  nextPerson: string;
  nextPersonConfirm: string;
  handIn: {
    heading: string;
    intro: string;
    name: string;
    role: string;
    qrLabel: string;
    link: string;
    copy: string;
    copied: string;
    show: string;
  };
}

/** The board's and hand-in's words in a language (English where the language has no catalogue). */
export const boardText = perCatalogue((cat): WorkshopText => {
  const s = cat.shared;
  const t = cat.board;
  const status = cat.workshop.status;
  const cap = (text: string) => capitalised(cat.lang, text);
  return {
    ...t,
    lang: cat.lang,
    exportHeading: s.export,
    start: { ...t.start, company: s.company, questionnaire: s.questionnaire },
    status: { unanimous: cap(status.unanimous), consensus: cap(status.consensus), decided: cap(status.decided), open: cap(status.open) },
    question: { ...t.question, na: s.notApplicable, note: s.note, owner: s.owner },
    scores: { ...t.scores, stage: s.stage, overall: s.overall, provisional: s.provisional },
    handIn: { ...t.handIn, name: s.yourName, show: t.handIn.heading },
  };
});
