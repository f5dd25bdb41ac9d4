/**
 * Maps a cell definition's `kind` to its Trainer module. The worker imports
 * only the one it needs, so each model is its own chunk.
 */
import type { TrainerFactory } from '../ml/trainer';

type Loader = () => Promise<{ default: TrainerFactory }>;

export const trainerLoaders: Record<string, Loader> = {
  cnnBlocks: () => import('../ml/trainers/cnnBlocks'),
  autoencoder: () => import('../ml/trainers/autoencoder'),
  aeVsGan: () => import('../ml/trainers/aeVsGan'),
  cycle2d: () => import('../ml/trainers/cycle2d'),
  cycleImages: () => import('../ml/trainers/cycleImages'),
  gan1d: () => import('../ml/trainers/gan1d'),
  // Same model as gan1d; its own kind only so that it gets its own view.
  saturation: () => import('../ml/trainers/gan1d'),
  gan2d: () => import('../ml/trainers/gan2d'),
  dcgan: () => import('../ml/trainers/dcgan'),
  latentWalk: () => import('../ml/trainers/latentWalk'),
  lsgan: () => import('../ml/trainers/lsgan'),
  sgan: () => import('../ml/trainers/sgan'),
  acgan: () => import('../ml/trainers/acgan'),
  adain: () => import('../ml/trainers/adain'),
  referenceDcgan: () => import('../ml/trainers/referenceDcgan'),
};
