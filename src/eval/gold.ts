/**
 * The gold annotation of a real document (`NAME.json` beside `NAME.txt`), as described in
 * ../shared/corpus/README.md. Only the keys the scorer checks are typed; the rest pass through.
 */
import { z } from 'zod';

/** A section as printed: its numeral (一, （一）), title and how many numbered nodes it holds. */
export const goldSection = z.looseObject({
  number: z.string(),
  title: z.string(),
  /** Numbered nodes below the section, at any depth. */
  items: z.number().int().min(0),
  /** Innermost numbered nodes only, where sub-sections sit between section and items. */
  leaf_items: z.number().int().min(0).optional(),
});

export const gold = z.looseObject({
  title: z.string(),
  /** Another accepted form of the title (the full title with issuers, for example). */
  full_title: z.string().optional(),
  year: z.number().int().nullable(),
  issuer: z.string().nullable(),
  language: z.enum(['zh-Hans', 'zh-Hant']).optional(),
  sections: z.array(goldSection),
  total_items: z.number().int().min(0),
  /** Items of a document without 一、 sections, at the top level. */
  flat_items: z.number().int().min(0).optional(),
  noise_samples: z.array(z.string()).default([]),
  soft_noise_samples: z.array(z.string()).default([]),
  content_samples: z.array(z.string()).default([]),
  content_samples_after_marker_removal: z.array(z.string()).default([]),
});

export type Gold = z.infer<typeof gold>;
export type GoldSection = z.infer<typeof goldSection>;
