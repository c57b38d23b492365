/**
 * The `Touchpoint` entity (触点): a point of interaction between a customer and the organisation, online or
 * offline, attached to journey stages.
 *
 * @module
 */
import * as z from 'zod';
import { CHANNELS, TOUCHPOINT_KINDS } from './labels.js';
import { ID, TEXT, doc, enumKind } from './fields.js';

/**
 * Schema of a {@link Labels} object: non-empty trimmed `'zh-CN'` and `en` texts, both required.
 *
 * @example
 * LabelsSchema.parse({ 'zh-CN': ' 门店 ', en: 'Store' }); //=> { 'zh-CN': '门店', en: 'Store' }
 */
export const LabelsSchema = /* @__PURE__ */ doc(
  z.object({
    /** Simplified Chinese text. */
    'zh-CN': TEXT.required('Simplified Chinese text.'),
    /** English text. */
    en: TEXT.required('English text.'),
  }),
  'A label in Simplified Chinese and English.',
);

/**
 * Schema of a touchpoint definition.
 *
 * - `id`: non-empty trimmed string; an integer id becomes its decimal string.
 * - `name`: `{ 'zh-CN', en }` display names, both required.
 * - `channel`: `'online'` or `'offline'` (trimmed, case-insensitive).
 * - `kind`: one of `TOUCHPOINT_KINDS` (website, app, social, email, chat, store, hotline, event,
 *   field-service, other), trimmed, case-insensitive. Kind and channel are not cross-checked (an event may be a
 *   webinar).
 * - `stages` (optional, default `[]`): ids of the journey stages the touchpoint serves, e.g.
 *   `['consideration', 'purchase']`.
 *
 * Unknown keys are dropped.
 *
 * @example
 * const t = TouchpointSchema.parse({ id: 'tp-store', name: { 'zh-CN': '门店', en: 'Store' }, channel: 'Offline', kind: 'store' });
 * t.channel; //=> 'offline'
 * t.stages; //=> []
 */
export const TouchpointSchema = /* @__PURE__ */ doc(
  z.object({
    /** Touchpoint id. */
    id: ID.required('Touchpoint id.'),
    /** Display name in both locales. */
    name: LabelsSchema,
    /** `'online'` or `'offline'`. */
    channel: enumKind(CHANNELS, 'a channel').required('online or offline.'),
    /** What kind of touchpoint it is (see `TOUCHPOINT_KINDS`). */
    kind: enumKind(TOUCHPOINT_KINDS, 'a touchpoint kind').required('What kind of touchpoint it is.'),
    /** Ids of the journey stages the touchpoint serves (default `[]`). */
    stages: doc(z.array(ID.required('Journey stage id.')).default(() => []), 'Ids of the journey stages the touchpoint serves.', { default: [] }),
  }),
  'A touchpoint: a point of interaction with customers.',
  { title: 'Touchpoint' },
);

/** A parsed touchpoint (the output of {@link TouchpointSchema}). */
export type Touchpoint = z.output<typeof TouchpointSchema>;
/** What {@link TouchpointSchema} accepts (before coercion). */
export type TouchpointInput = z.input<typeof TouchpointSchema>;
