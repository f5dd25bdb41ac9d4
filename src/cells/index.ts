/**
 * Every cell definition by name. Cell.astro looks a definition up here at
 * build time and serialises it into the page; no tfjs is reachable from here.
 */
import type { CellDefinition } from './schema';
import { cycle2dCell } from './cycle2d';
import { autoencoderCell } from './autoencoder';
import { cnnBlocksCell } from './cnnBlocks';

export const cellDefinitions: Record<string, CellDefinition> = {
  cnnBlocks: cnnBlocksCell,
  autoencoder: autoencoderCell,
  cycle2d: cycle2dCell,
  // Entries are added as cell kinds land, e.g.
  // gan1d: gan1dCell,
};
