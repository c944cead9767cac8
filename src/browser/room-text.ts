import type { Lang } from '../core/lang.js';

/** What the room script says on a phone, per language; `{n}`-style slots are filled in. */
export const ROOM_TEXT: Record<Lang, Record<string, string>> = {
  es: {
    joined: 'Estás en la sala del taller. Responde a tu ritmo: nadie ve tus respuestas hasta que el facilitador las muestre todas juntas.',
    nameLabel: 'Tu nombre (opcional)',
    roleLabel: 'Tu papel en la empresa (opcional)',
    stored: 'Guardada en el portátil del facilitador',
    pending: 'Pendiente de enviar',
    refused: 'La sala no aceptó esta respuesta',
    waiting: 'Sin conexión con la sala: tus respuestas se guardan en este móvil y se enviarán solas.',
    progress: '{stored} de {total} respuestas guardadas en la sala.',
    revote: 'Segunda votación: vuelve a responder esta pregunta.',
    revealed: 'El facilitador ya ha mostrado los resultados del grupo.',
    closed: 'La sala está cerrada. Si te queda algo por entregar, usa «Entregar al facilitador» en la página de resultados.',
    facilitator: 'Sala en marcha. Este es el enlace del facilitador.',
  },
  en: {
    joined: "You are in the workshop room. Answer at your own pace: nobody sees your answers until the facilitator shows everyone's together.",
    nameLabel: 'Your name (optional)',
    roleLabel: 'Your role in the company (optional)',
    stored: "Stored on the facilitator's laptop",
    pending: 'Waiting to be sent',
    refused: 'The room did not accept this answer',
    waiting: 'No connection to the room: your answers are kept on this phone and will be sent by themselves.',
    progress: '{stored} of {total} answers stored in the room.',
    revote: 'Re-vote: answer this question again.',
    revealed: "The facilitator has shown the group's results.",
    closed: 'The room is closed. If you still have answers to give, use "Hand in to the facilitator" on the results page.',
    facilitator: "Room running. This is the facilitator's link.",
  },
};

export function roomFill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
}
