import { Type, type Static } from '@sinclair/typebox';
import { StringEnum, Strict } from './primitives.js';

const ANSWER_VALUE = Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Array(Type.String())]);

/** Like an assessment's answer, plus "I don't know" with a one-line reason. */
export const ParticipantAnswerSchema = Type.Union([
  Type.Null({ description: 'Not answered.' }),
  ANSWER_VALUE,
  Strict({
    value: Type.Optional(ANSWER_VALUE),
    na: Type.Optional(Type.Boolean({ description: 'Not applicable to this company.' })),
    note: Type.Optional(Type.String()),
    dontKnow: Type.Optional(Type.Boolean({ description: '"I don\'t know": counts as a knowledge gap, not as an answer.' })),
    reason: Type.Optional(Type.String({ pattern: '^[^\\n\\r]*$', description: 'one line saying why (for "I don\'t know")' })),
    revision: Type.Optional(Type.Integer({ minimum: 1, description: 'The older hand-in revision this answer was kept from by a merge.' })),
  }),
]);

const PARTICIPANT_FIELDS = {
  key: Type.String({
    pattern: '^[0-9a-f]{16}$',
    description: '16 lower-case hex digits, random: identifies the participant without a name',
  }),
  revision: Type.Optional(
    Type.Integer({ minimum: 1, description: 'Raised on every hand-in of the same participant; the highest wins. Default 1.' }),
  ),
  role: Type.Optional(Type.String({ minLength: 1, description: 'Role tag, e.g. owner, sales, support.' })),
  proxy: Type.Optional(Type.Boolean({ description: 'Typed in by the facilitator from paper.' })),
  notes: Type.Optional(Type.String()),
  answers: Type.Record(Type.String(), ParticipantAnswerSchema, { description: 'Answers by question id.' }),
};

export const ParticipantSchema = Strict(
  {
    ...PARTICIPANT_FIELDS,
    name: Type.Optional(Type.String({ minLength: 1, description: 'Display name; never stored when anonymity is `nobody`.' })),
  },
  "One workshop participant's own blind answers.",
);

/** The same participant without a display name: what `anonymity: nobody` requires. */
const AnonymousParticipantSchema = Strict(PARTICIPANT_FIELDS, 'A participant of a workshop where nobody sees names: no `name`.');

export const ConsensusRoundSchema = Strict({
  count: Type.Integer({ minimum: 0, description: 'How many participants voted in this round.' }),
  distribution: Type.Record(Type.String(), Type.Integer({ minimum: 0 }), { description: 'Votes per option id, `na` and `dontKnow`.' }),
});

export const ConsensusEntrySchema = Strict({
  value: Type.Optional(ANSWER_VALUE),
  na: Type.Optional(Type.Boolean({ description: 'The group agreed the question does not apply.' })),
  status: StringEnum(['unanimous', 'consensus', 'decided', 'open'] as const, 'unanimous, consensus, decided (by the facilitator) or open'),
  rounds: Type.Optional(
    Type.Array(ConsensusRoundSchema, { description: 'Round 1 is the blind vote, round 2 a re-vote after discussion.' }),
  ),
  note: Type.Optional(Type.String()),
  owner: Type.Optional(Type.String({ description: 'Who follows the question up.' })),
});

export const WorkshopSettingsSchema = Strict({
  anonymity: StringEnum(
    ['everyone', 'facilitator', 'nobody'] as const,
    'everyone: names shown to all and in the report; facilitator (default): to the facilitator only; nobody: no names at all',
  ),
});

/** The workshop properties of an assessment file. */
export const WORKSHOP_PROPERTIES = {
  workshop: Type.Optional(WorkshopSettingsSchema),
  participants: Type.Optional(Type.Array(ParticipantSchema, { description: "Workshop participants' own answers." })),
  consensus: Type.Optional(
    Type.Record(Type.String(), ConsensusEntrySchema, {
      description: 'What the group agreed, by question id; `answers` repeat the agreed values.',
    }),
  ),
};

/**
 * With `anonymity: nobody` no participant may carry a name: checked by the schema itself, so an
 * editor and any JSON Schema validator refuse such a file too.
 */
export const NOBODY_HAS_A_NAME = {
  if: { properties: { workshop: { properties: { anonymity: { const: 'nobody' } }, required: ['anonymity'] } }, required: ['workshop'] },
  then: { properties: { participants: { items: AnonymousParticipantSchema } } },
};

export type ParticipantAnswerSource = Static<typeof ParticipantAnswerSchema>;
export type ParticipantSource = Static<typeof ParticipantSchema>;
export type ConsensusEntrySource = Static<typeof ConsensusEntrySchema>;
