import { Type, type Static } from '@sinclair/typebox';
import { Strict, StringEnum } from './primitives.js';

/** The seven digital-consumer types, in three families (see docs/content-format.md). */
export const CONSUMER_TYPES = [
  'outsider',
  'basic-user',
  'techno-aspirational',
  'moderate-utilitarian',
  'passionate-utilitarian',
  'socio-digital',
  'technoholic',
] as const;

/** The seven types grouped in their three families, in the order worksheets list them. */
export const CONSUMER_FAMILIES = [
  ['foreign', ['outsider', 'basic-user']],
  ['means', ['techno-aspirational', 'moderate-utilitarian', 'passionate-utilitarian']],
  ['reality', ['socio-digital', 'technoholic']],
] as const;

export const CHANNELS = ['email', 'chat', 'social', 'phone', 'messaging', 'faq', 'store'] as const;

const Lines = Type.Array(Type.String());

export const PersonaSchema = Strict({
  name: Type.String(),
  age: Type.Optional(Type.String()),
  occupation: Type.Optional(Type.String()),
  location: Type.Optional(Type.String()),
  goals: Type.Optional(Lines),
  challenges: Type.Optional(Lines),
  behaviour: Type.Optional(Lines),
  channels: Type.Optional(Type.Array(StringEnum(CHANNELS))),
  objections: Type.Optional(Lines),
  segmentation: Type.Optional(
    Strict({
      value: Type.Optional(Type.String()),
      socioDemographic: Type.Optional(Type.String()),
      behavioural: Type.Optional(Type.String()),
      psychographic: Type.Optional(Type.String()),
    }),
  ),
  consumerType: Type.Optional(StringEnum(CONSUMER_TYPES)),
});

export const EmpathyMapSchema = Strict({
  profile: Type.String(),
  thinksFeels: Type.Optional(Lines),
  hears: Type.Optional(Lines),
  sees: Type.Optional(Lines),
  saysDoes: Type.Optional(Lines),
  pains: Type.Optional(Lines),
  gains: Type.Optional(Lines),
});

export const JourneyCellsSchema = Strict({
  touchpoints: Type.Optional(Lines),
  actions: Type.Optional(Lines),
  emotions: Type.Optional(Lines),
  expectations: Type.Optional(Lines),
  painPoints: Type.Optional(Lines),
  opportunities: Type.Optional(Lines),
});

export const WorksheetsSchema = Strict({
  persona: Type.Optional(PersonaSchema),
  empathyMap: Type.Optional(EmpathyMapSchema),
  journey: Type.Optional(Type.Record(Type.String(), JourneyCellsSchema, { description: 'Cells by stage id.' })),
});

export type Worksheets = Static<typeof WorksheetsSchema>;
