// A unit page an earlier build published whose body has since been renamed,
// merged or re-placed (content/moved-units.json, written by
// scripts/dev/unit-moves.ts). Where its tasks were named finds the body that
// holds them now, so the old address can send a reader there.
import { z } from 'zod';

export const unitRefSchema = z.object({
  /** The measure's source file and first line: `sources/…txt:123`, stable across builds as measure ids need not be. */
  source: z.string().regex(/^sources\/.+:\d+$/),
  /** The name as that measure wrote it. */
  asWritten: z.string().min(1),
});

export const movedUnitSchema = z.object({
  /** The old page's id: /units/<from>/ */
  from: z.string().regex(/^[a-z0-9-]+$/),
  /** The body's name on the old page. */
  name: z.string().min(1),
  refs: z.array(unitRefSchema).min(1),
});

export const movedUnitsSchema = z.array(movedUnitSchema);

export type UnitRef = z.infer<typeof unitRefSchema>;
export type MovedUnit = z.infer<typeof movedUnitSchema>;
