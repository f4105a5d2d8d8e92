/**
 * The anchor registry, plans/anchors.lock.json: every anchor ever published, per plan, with a
 * fingerprint of its item, and the editor's decisions for anchors whose items are gone.
 */
import { z } from 'zod';
import { anchorId } from './plan.ts';

export const fingerprint = z.object({
  /** The numbering path when it was published: 二/4. */
  path: z.string(),
  /** The item's title then, or "" for an unnumbered block. */
  title: z.string(),
  /** Bottom-k sketch of the item's character 3-grams (hex hashes), for a Jaccard estimate. */
  sketch: z.array(z.string().regex(/^[0-9a-f]{8}$/)),
});

export const decision = z.union([
  /** Send readers of this anchor to another item of the plan. */
  z.object({ redirect: anchorId }).strict(),
  /** The item was removed in a revision: readers see this note and a link to the plan. */
  z.object({ retire: z.string().min(1) }).strict(),
]);

export const planRegistry = z.object({
  anchors: z.record(anchorId, fingerprint),
  decisions: z.record(anchorId, decision).default({}),
  /** Documents the plan cites, by normalised citation, and the slug each was published under. */
  cited: z.record(z.string(), z.string().regex(/^[a-z0-9][a-z0-9-]*$/)).default({}),
});

export const registry = z.object({
  version: z.literal(1),
  plans: z.record(z.string(), planRegistry),
});

export type Fingerprint = z.infer<typeof fingerprint>;
export type Decision = z.infer<typeof decision>;
export type PlanRegistry = z.infer<typeof planRegistry>;
export type Registry = z.infer<typeof registry>;
