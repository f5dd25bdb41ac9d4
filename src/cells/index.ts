/**
 * Every cell kind of the course, in one list. Cell.astro looks a definition
 * up here at build time and serialises it into the page; a kind's trainer
 * and view are found by its name (src/cells/modules.ts), and
 * tests/unit/cellModules.test.ts checks that both exist. A misspelt kind in
 * code does not compile (CellKind); in MDX it fails the build. No tfjs is
 * reachable from here.
 */
import { acganCell } from './acgan';
import { adainCell } from './adain';
import { aeVsGanCell } from './aeVsGan';
import { autoencoderCell } from './autoencoder';
import { cnnBlocksCell } from './cnnBlocks';
import { cycle2dCell } from './cycle2d';
import { customLossCell } from './customLoss';
import { cycleImagesCell } from './cycleImages';
import { dcganCell } from './dcgan';
import { byKind, type CellValues } from './define';
import { gan1dCell } from './gan1d';
import { gan2dCell } from './gan2d';
import { latentWalkCell } from './latentWalk';
import { lsganCell } from './lsgan';
import { referenceDcganCell } from './referenceDcgan';
import { saturationCell } from './saturation';
import type { CellDefinition } from './schema';
import { sganCell } from './sgan';

export const cellDefinitions = byKind([
  cnnBlocksCell,
  autoencoderCell,
  aeVsGanCell,
  cycle2dCell,
  cycleImagesCell,
  gan1dCell,
  saturationCell,
  gan2dCell,
  customLossCell,
  dcganCell,
  latentWalkCell,
  lsganCell,
  sganCell,
  acganCell,
  adainCell,
  referenceDcganCell,
]);

/** A cell kind's name: the `definition` prop of Cell.astro and the worker's `kind`. */
export type CellKind = keyof typeof cellDefinitions;

/** The checked, typed values a kind's trainer receives. */
export type KindValues<K extends CellKind> = CellValues<(typeof cellDefinitions)[K]>;

/** The definition named `name`, if there is one (names arrive as strings from MDX). */
export function findCellDefinition(name: string): CellDefinition | undefined {
  return Object.hasOwn(cellDefinitions, name) ? (cellDefinitions as Record<string, CellDefinition>)[name] : undefined;
}
