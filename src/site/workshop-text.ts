import type { Lang } from '../core/lang.js';

/** Every word of the facilitator's board and the participants' hand-in, per language. */
export interface WorkshopText {
  /** The language these words are in: numbers on the board follow it (33,3 in Spanish). */
  lang: Lang;
  title: string;
  intro: string;
  noScript: string;
  start: { heading: string; company: string; employees: string; employeesHint: string; questionnaire: string; anonymity: string; toEveryone: string; toFacilitator: string; toNobody: string; submit: string };
  current: string;
  newWorkshop: string;
  newConfirm: string;
  restoredBroken: string;
  storageOff: string;
  join: { heading: string; hint: string; localOnly: string; address: string; addressHint: string; addressUse: string; addressBad: string; addressSaved: string };
  collect: { heading: string; proxy: string; paste: string; pasteHint: string; add: string; file: string; drop: string; scan: string; stopScan: string; scanHint: string; scanUnavailable: string; scanInsecure: string; scanNoCamera: string; scanning: string };
  progress: { heading: string; count: string; nobody: string; participant: string; viaLink: string; viaFile: string; viaQr: string; proxy: string; answered: string };
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
  board: { heading: string; disagreement: string; gap: string; gapFlag: string; suggested: string; status: string; open: string; answers: string; round: string; noAnswers: string };
  status: Record<'unanimous' | 'consensus' | 'decided' | 'open', string>;
  question: { reasons: string; noReasons: string; revote: string; revoteHint: string; revoteSave: string; accept: string; decide: string; decideValue: string; na: string; note: string; owner: string; save: string; close: string; recorded: string; round2Votes: string };
  scores: { heading: string; stage: string; consensus: string; spread: string; overall: string; provisional: string; range: string; completeness: string };
  projector: { open: string; close: string; heading: string; hidden: string; handedIn: string };
  exportHeading: string;
  exportYaml: string;
  exportJson: string;
  dontKnow: string;
  dontKnowReason: string;
  workshopMode: string;
  nextPerson: string;
  nextPersonConfirm: string;
  handIn: { heading: string; intro: string; name: string; role: string; qrLabel: string; link: string; copy: string; copied: string; show: string };
}

export const WORKSHOP_TEXT: Record<Lang, WorkshopText> = {
  es: {
    lang: 'es',
    title: 'Taller: tablero de la persona facilitadora',
    intro: 'Cada participante responde por su cuenta en su móvil y te entrega sus respuestas. Tú ves quién ha entregado, destapas los resultados a la vez para todo el grupo y anotáis juntos el acuerdo pregunta a pregunta. Todo se queda en este ordenador.',
    noScript: 'El tablero necesita JavaScript.',
    start: { heading: 'Empezar un taller', company: 'Empresa', employees: 'Personas en plantilla (opcional)', employeesHint: 'Si lo dejas vacío, el plan no se ajusta al tamaño de la empresa hasta que lo completes en el archivo exportado.', questionnaire: 'Cuestionario', anonymity: 'Nombres de participantes', toEveryone: 'Visibles para todos (también en el informe)', toFacilitator: 'Visibles solo para mí', toNobody: 'No los ve nadie (anónimo)', submit: 'Empezar el taller' },
    current: 'Taller en curso',
    newWorkshop: 'Empezar otro taller',
    newConfirm: '¿Cerrar este taller y empezar otro? Exporta antes si quieres conservarlo.',
    restoredBroken: 'El taller guardado en este navegador no se pudo leer; se ha apartado una copia ({key}) y puedes empezar de nuevo.',
    storageOff: 'Este navegador no deja guardar datos: exporta el taller antes de cerrar la pestaña.',
    join: { heading: 'Cómo se unen', hint: 'Comparte este enlace (o ábrelo en cada móvil). Al terminar, cada participante pulsa «Entregar a la persona facilitadora».', localOnly: 'Ojo: este enlace y su código QR apuntan a {address}, que solo existe en este portátil. Un móvil que lo escanee no abrirá nada. Arranca `digimat room`, que muestra una dirección de la red local para los móviles, o abre el tablero con la dirección de este portátil en la red; o escribe aquí abajo la dirección por la que los móviles llegan a este sitio.', address: 'Dirección del sitio para los móviles', addressHint: 'Por ejemplo http://192.168.1.20:8080/ (la dirección de este portátil en la wifi y el puerto del servidor). Se recuerda en este navegador; déjala vacía para volver a la de esta página.', addressUse: 'Usar esta dirección', addressBad: '«{typed}» no es una dirección web (http o https).', addressSaved: 'El enlace y el código QR usan ahora {address}.' },
    collect: {
      heading: 'Recoger entregas',
      proxy: 'Las entregas que añada ahora las he pasado yo desde un cuestionario en papel (por delegación)',
      paste: 'Enlaces de entrega',
      pasteHint: 'Pega uno o varios enlaces o códigos, uno por línea.',
      add: 'Añadir',
      file: 'Archivos de respuestas exportados',
      drop: 'O arrastra aquí los archivos',
      scan: 'Escanear código QR con la cámara',
      stopScan: 'Parar la cámara',
      scanHint: 'Pide a cada participante que acerque su pantalla a la cámara del portátil.',
      scanUnavailable: 'No se ha podido preparar el lector de códigos: {reason}',
      scanInsecure: 'La cámara solo funciona si el tablero se abre desde localhost o https. Usa los enlaces o los archivos, o mira docs/workshop-board.md.',
      scanNoCamera: 'No hay acceso a la cámara: {reason}',
      scanning: 'Cámara activa: buscando códigos…',
    },
    progress: { heading: 'Entregas', count: '{n} entregas recibidas', nobody: 'Aún no ha entregado nadie.', participant: 'Participante {n}', viaLink: 'enlace', viaFile: 'archivo', viaQr: 'QR', proxy: 'en papel', answered: '{n} respondidas' },
    received: 'Entrega recibida: {who}.',
    updated: 'Entrega actualizada con una versión más reciente: {who}.',
    duplicate: 'Esa entrega ya estaba: {who}. No cambia nada.',
    older: 'Ya había una versión más reciente de {who}; se conserva esa.',
    conflict: 'Llegaron dos entregas distintas de {who} con la misma versión; se han unido sin perder ninguna respuesta.',
    refused: 'Entrega rechazada, no se ha añadido nada: {reason}',
    reasons: {
      'foreign-questionnaire': 'es de otro cuestionario',
      'other-version': 'es de otra versión del cuestionario',
      tampered: 'el código está alterado o dañado',
      truncated: 'el código está incompleto (¿se cortó al copiarlo?)',
      malformed: 'no es un código de entrega',
      'not-a-hand-in': 'no contiene un código de entrega',
      'bad-file': 'el archivo no es válido',
      empty: 'está vacío',
      'unsupported-format': 'lo hizo una versión de digimat que este tablero no entiende',
      'questionnaire-changed': 'el cuestionario cambió después de responder (mismo número de versión, otras preguntas)',
    },
    reveal: 'Destapar resultados',
    revealHint: 'Hasta que destapes, nadie ve las respuestas: así nadie se deja llevar por lo que dijo otro.',
    revealed: 'Resultados destapados.',
    board: { heading: 'Preguntas, de más a menos desacuerdo', disagreement: 'Desacuerdo', gap: 'Desconocimiento', gapFlag: 'Falta información', suggested: 'Propuesta', status: 'Estado', open: 'Abrir', answers: 'respuestas', round: 'Ronda {n}', noAnswers: 'Sin respuestas' },
    status: { unanimous: 'Unánime', consensus: 'Consenso', decided: 'Decidido', open: 'Abierta' },
    question: {
      reasons: 'Lo que anotaron',
      noReasons: 'Nadie dejó una nota en esta pregunta.',
      revote: 'Nueva votación (ronda 2)',
      revoteHint: 'Tras hablarlo, anota lo que vota cada participante ahora.',
      revoteSave: 'Guardar la ronda 2',
      accept: 'Aceptar la propuesta',
      decide: 'Decidir',
      decideValue: 'Respuesta acordada',
      na: 'No aplica',
      note: 'Nota',
      owner: 'Responsable',
      save: 'Guardar',
      close: 'Cerrar',
      recorded: 'Acuerdo guardado.',
      round2Votes: 'Votos de la ronda 2',
    },
    scores: { heading: 'Puntuación del acuerdo', stage: 'Etapa', consensus: 'Acuerdo', spread: 'Participantes (mín · mediana · máx)', overall: 'Global', provisional: 'provisional', range: 'aún puede quedar entre {min} y {max}', completeness: 'El grupo ha acordado {answered} de {total} preguntas ({percent}); hasta que se acuerden las suficientes, las cifras son provisionales y no dan nivel.' },
    projector: { open: 'Vista para el proyector', close: 'Salir de la vista del proyector', heading: 'Resultados del grupo', hidden: 'Menos de 3 respuestas: no se muestra', handedIn: '{n} entregas' },
    exportHeading: 'Exportar',
    exportYaml: 'Exportar el taller (YAML)',
    exportJson: 'Exportar el taller (JSON)',
    dontKnow: 'No lo sé',
    dontKnowReason: 'Por qué (opcional)',
    workshopMode: 'Modo taller: puedes marcar «No lo sé» en cualquier pregunta. Al acabar, entrega tus respuestas a la persona facilitadora.',
    nextPerson: 'Responde otra persona en este dispositivo',
    nextPersonConfirm: '¿Empezar de cero para otra persona? Las respuestas de este dispositivo se borran; entrégalas antes si no lo has hecho.',
    handIn: {
      heading: 'Entregar a la persona facilitadora',
      intro: 'Enseña este código a la cámara del portátil de quien dirige el taller, o mándale el enlace. No hace falta conexión.',
      name: 'Tu nombre (opcional)',
      role: 'Tu papel (opcional)',
      qrLabel: 'Código QR con tus respuestas',
      link: 'Enlace de entrega',
      copy: 'Copiar el enlace',
      copied: 'Enlace copiado.',
      show: 'Entregar a la persona facilitadora',
    },
  },
  en: {
    lang: 'en',
    title: 'Workshop: the facilitator’s board',
    intro: 'Each participant answers alone on their phone and hands their answers to you. You see who has handed in, reveal the results to the whole group at once, and record together what you agree question by question. Everything stays on this computer.',
    noScript: 'The board needs JavaScript.',
    start: { heading: 'Start a workshop', company: 'Company', employees: 'Head count (optional)', employeesHint: 'Left empty, the plan is not fitted to the company’s size until you fill it in in the exported file.', questionnaire: 'Questionnaire', anonymity: 'Participants’ names', toEveryone: 'Shown to everyone (also in the report)', toFacilitator: 'Shown to me only', toNobody: 'Shown to nobody (anonymous)', submit: 'Start the workshop' },
    current: 'Workshop in progress',
    newWorkshop: 'Start another workshop',
    newConfirm: 'Close this workshop and start another? Export it first if you want to keep it.',
    restoredBroken: 'The workshop saved in this browser could not be read; a copy was set aside ({key}) and you can start again.',
    storageOff: 'This browser does not allow saving: export the workshop before closing the tab.',
    join: { heading: 'How people join', hint: 'Share this link (or open it on each phone). When done, each participant presses “Hand in to the facilitator”.', localOnly: 'Careful: this link and its QR code point at {address}, which exists only on this laptop. A phone that scans it will open nothing. Start `digimat room`, which prints a local-network address for phones, or open the board through this laptop’s network address; or type below the address at which phones reach this site.', address: 'Site address for phones', addressHint: 'For example http://192.168.1.20:8080/ (this laptop’s address on the wifi and the server’s port). Remembered in this browser; leave it empty to go back to this page’s own.', addressUse: 'Use this address', addressBad: '“{typed}” is not a web address (http or https).', addressSaved: 'The link and the QR code now use {address}.' },
    collect: {
      heading: 'Collect hand-ins',
      proxy: 'The hand-ins I add now were typed in by me from a paper questionnaire (proxy)',
      paste: 'Hand-in links',
      pasteHint: 'Paste one or more links or codes, one per line.',
      add: 'Add',
      file: 'Exported answer files',
      drop: 'Or drop the files here',
      scan: 'Scan QR codes with the camera',
      stopScan: 'Stop the camera',
      scanHint: 'Ask each participant to hold their screen up to the laptop’s camera.',
      scanUnavailable: 'The code reader could not be prepared: {reason}',
      scanInsecure: 'The camera only works when the board is opened from localhost or https. Use links or files, or see docs/workshop-board.md.',
      scanNoCamera: 'No access to the camera: {reason}',
      scanning: 'Camera on: looking for codes…',
    },
    progress: { heading: 'Hand-ins', count: '{n} hand-ins received', nobody: 'Nobody has handed in yet.', participant: 'Participant {n}', viaLink: 'link', viaFile: 'file', viaQr: 'QR', proxy: 'on paper', answered: '{n} answered' },
    received: 'Hand-in received: {who}.',
    updated: 'Hand-in replaced by a newer one: {who}.',
    duplicate: 'That hand-in was already here: {who}. Nothing changes.',
    older: 'A newer hand-in from {who} was already here; it is kept.',
    conflict: 'Two different hand-ins from {who} carried the same revision; they were joined without losing any answer.',
    refused: 'Hand-in refused, nothing added: {reason}',
    reasons: {
      'foreign-questionnaire': 'it belongs to another questionnaire',
      'other-version': 'it is for another version of the questionnaire',
      tampered: 'the code was altered or damaged',
      truncated: 'the code is incomplete (cut off when copied?)',
      malformed: 'it is not a hand-in code',
      'not-a-hand-in': 'it holds no hand-in code',
      'bad-file': 'the file is not valid',
      empty: 'it is empty',
      'unsupported-format': 'it was made by a digimat this board does not understand',
      'questionnaire-changed': 'the questionnaire changed after answering (same version number, other questions)',
    },
    reveal: 'Reveal the results',
    revealHint: 'Until you reveal, nobody sees the answers, so nobody anchors on what someone else said.',
    revealed: 'Results revealed.',
    board: { heading: 'Questions, most disagreement first', disagreement: 'Disagreement', gap: 'Knowledge gap', gapFlag: 'Missing knowledge', suggested: 'Suggested', status: 'Status', open: 'Open', answers: 'answers', round: 'Round {n}', noAnswers: 'No answers' },
    status: { unanimous: 'Unanimous', consensus: 'Consensus', decided: 'Decided', open: 'Open' },
    question: {
      reasons: 'What people noted',
      noReasons: 'Nobody left a note on this question.',
      revote: 'Re-vote (round 2)',
      revoteHint: 'After the discussion, record what each participant votes now.',
      revoteSave: 'Save round 2',
      accept: 'Accept the suggestion',
      decide: 'Decide',
      decideValue: 'Agreed answer',
      na: 'Not applicable',
      note: 'Note',
      owner: 'Owner',
      save: 'Save',
      close: 'Close',
      recorded: 'Agreement saved.',
      round2Votes: 'Round 2 votes',
    },
    scores: { heading: 'Score of the agreement', stage: 'Stage', consensus: 'Agreed', spread: 'Participants (min · median · max)', overall: 'Overall', provisional: 'provisional', range: 'could still end between {min} and {max}', completeness: 'The group has agreed on {answered} of {total} questions ({percent}); until enough are agreed, the figures are provisional and earn no level.' },
    projector: { open: 'Projector view', close: 'Leave the projector view', heading: 'The group’s results', hidden: 'Fewer than 3 answers: not shown', handedIn: '{n} hand-ins' },
    exportHeading: 'Export',
    exportYaml: 'Export the workshop (YAML)',
    exportJson: 'Export the workshop (JSON)',
    dontKnow: 'I don’t know',
    dontKnowReason: 'Why (optional)',
    workshopMode: 'Workshop mode: you may mark “I don’t know” on any question. When done, hand your answers to the facilitator.',
    nextPerson: 'Someone else answers on this device',
    nextPersonConfirm: 'Start afresh for another person? The answers on this device are cleared; hand them in first if you have not.',
    handIn: {
      heading: 'Hand in to the facilitator',
      intro: 'Show this code to the camera of the workshop leader’s laptop, or send them the link. No connection needed.',
      name: 'Your name (optional)',
      role: 'Your role (optional)',
      qrLabel: 'QR code holding your answers',
      link: 'Hand-in link',
      copy: 'Copy the link',
      copied: 'Link copied.',
      show: 'Hand in to the facilitator',
    },
  },
};
