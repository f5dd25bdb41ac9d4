/**
 * Maps a cell kind to its Trainer module. The worker imports only the one it
 * needs, so each model is its own chunk. Typed by the kinds of src/cells: a
 * kind without a trainer, or a trainer whose values do not match its kind's
 * parameters, does not compile.
 */
import type { CellKind, KindValues } from '../cells/index';
import type { TrainerFactory } from '../ml/trainer';

type Loader<V> = () => Promise<{ default: TrainerFactory<V> }>;

export const trainerLoaders: { [K in CellKind]: Loader<KindValues<K>> } = {
  cnnBlocks: () => import('../ml/trainers/cnnBlocks'),
  autoencoder: () => import('../ml/trainers/autoencoder'),
  aeVsGan: () => import('../ml/trainers/aeVsGan'),
  cycle2d: () => import('../ml/trainers/cycle2d'),
  cycleImages: () => import('../ml/trainers/cycleImages'),
  gan1d: () => import('../ml/trainers/gan1d'),
  // Same model as gan1d; its own kind only so that it gets its own view.
  saturation: () => import('../ml/trainers/gan1d'),
  gan2d: () => import('../ml/trainers/gan2d'),
  customLoss: () => import('../ml/trainers/customLoss'),
  dcgan: () => import('../ml/trainers/dcgan'),
  latentWalk: () => import('../ml/trainers/latentWalk'),
  lsgan: () => import('../ml/trainers/lsgan'),
  sgan: () => import('../ml/trainers/sgan'),
  acgan: () => import('../ml/trainers/acgan'),
  adain: () => import('../ml/trainers/adain'),
  referenceDcgan: () => import('../ml/trainers/referenceDcgan'),
};

/**
 * The loader of a kind named in a worker message. The values it is called
 * with were checked against that kind's schema on the page, which is what
 * lets the harness hand them on untyped.
 */
export function trainerLoaderFor(kind: string): Loader<Record<string, number | string | boolean>> | undefined {
  return Object.hasOwn(trainerLoaders, kind) ? (trainerLoaders as unknown as Record<string, Loader<Record<string, number | string | boolean>>>)[kind] : undefined;
}
