import { z } from 'zod';
import { locales } from '../localized.js';

/** A UUID path or body id. */
export const idSchema = z.uuid();

/** A short single-line text field: trimmed, 1–`max` characters. */
export function shortText(max = 200): z.ZodString {
  return z.string().trim().min(1).max(max);
}

/** A name in three languages; Tibetan optional. */
export const localizedTextSchema = z.object({
  zh: shortText(200),
  en: shortText(200),
  bo: z.string().trim().max(200).optional(),
});

/** `{ id }` path parameters. */
export const idParamsSchema = z.object({ id: idSchema });

/** One of the UI locales. */
export const localeSchema = z.enum(locales);

/** Paging for list endpoints. */
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/** The error body (see `Problem`). */
export const problemSchema = z.object({
  status: z.number().int(),
  code: z.string(),
  message: z.string(),
  field: z.string().optional(),
  details: z.record(z.string(), z.unknown()).optional(),
});

/** `{ ok: true }` for actions with nothing else to say. */
export const okSchema = z.object({ ok: z.literal(true) });
