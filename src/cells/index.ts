/**
 * Every cell definition by name. Cell.astro looks a definition up here at
 * build time and serialises it into the page; no tfjs is reachable from here.
 */
import type { CellDefinition } from './schema';
import { cycle2dCell } from './cycle2d';
import { cycleImagesCell } from './cycleImages';
import { autoencoderCell } from './autoencoder';
import { cnnBlocksCell } from './cnnBlocks';
import { aeVsGanCell } from './aeVsGan';
import { gan1dCell } from './gan1d';
import { saturationCell } from './saturation';
import { gan2dCell } from './gan2d';
import { dcganCell } from './dcgan';
import { latentWalkCell } from './latentWalk';

import { lsganCell } from './lsgan';
import { sganCell } from './sgan';
import { acganCell } from './acgan';
import { adainCell } from './adain';
import { referenceDcganCell } from './referenceDcgan';
export const cellDefinitions: Record<string, CellDefinition> = {
  cnnBlocks: cnnBlocksCell,
  autoencoder: autoencoderCell,
  aeVsGan: aeVsGanCell,
  cycle2d: cycle2dCell,
  cycleImages: cycleImagesCell,
  gan1d: gan1dCell,
  saturation: saturationCell,
  gan2d: gan2dCell,
  dcgan: dcganCell,
  latentWalk: latentWalkCell,
  lsgan: lsganCell,
  sgan: sganCell,
  acgan: acganCell,
  adain: adainCell,
  referenceDcgan: referenceDcganCell,
};
