/**
 * Maps a cell kind to its view module, loaded on demand so no chart code is
 * in the initial page bundle. Typed by the kinds of src/cells: a kind without
 * a view, or a misspelt one, does not compile.
 */
import type { CellKind } from '../../src/cells/index';
import type { ViewFactory } from './view';

export type ViewLoader = () => Promise<{ default: ViewFactory }>;

export const viewLoaders: { [K in CellKind]: ViewLoader } = {
  cnnBlocks: () => import('./cnnBlocksView'),
  autoencoder: () => import('./autoencoderView'),
  aeVsGan: () => import('./aeVsGanView'),
  cycle2d: () => import('./cycle2dView'),
  cycleImages: () => import('./cycleImagesView'),
  gan1d: () => import('./gan1dView'),
  saturation: () => import('./saturationView'),
  gan2d: () => import('./gan2dView'),
  customLoss: () => import('./customLossView'),
  dcgan: () => import('./dcganView'),
  latentWalk: () => import('./latentWalkView'),
  lsgan: () => import('./lsganView'),
  sgan: () => import('./sganView'),
  acgan: () => import('./acganView'),
  adain: () => import('./adainView'),
  // The speed page's full-width DCGAN draws what the DCGAN lesson's does.
  referenceDcgan: () => import('./dcganView'),
};

/**
 * Views with something to show before any training (curves drawn from
 * formulas, which the lesson asks the learner to read first): loaded when
 * their cell nears the screen rather than on the first payload. Their
 * setHyperparameters draws it.
 */
export const previewKinds: ReadonlySet<string> = new Set(['lsgan', 'customLoss']);
