/**
 * Which marked regions of the course's source each cell kind's code view
 * shows, in reading order: the models, the losses, one training step. The
 * regions are read at build time (./regions.ts), so the view is the code
 * the worker runs. No DOM, no tfjs.
 */
export interface SourceRegion {
  /** Repository-relative path of a file under src/ml. */
  file: string;
  /** The name after `// #region code-view:` in that file. */
  region: string;
}

const ganLosses: SourceRegion = { file: 'src/ml/losses/gan.ts', region: 'gan-losses' };

const toyGan: SourceRegion[] = [
  { file: 'src/ml/models/mlp.ts', region: 'mlp-forward' },
  ganLosses,
  { file: 'src/ml/steps/ganGame.ts', region: 'gan-game-step' },
];

const imageGan: SourceRegion[] = [
  { file: 'src/ml/models/dcgan.ts', region: 'dcgan-generator' },
  { file: 'src/ml/models/dcgan.ts', region: 'dcgan-discriminator' },
  ganLosses,
  { file: 'src/ml/steps/dcganStep.ts', region: 'dcgan-step' },
];

/** The regions per cell kind; a kind missing here has no code view yet. */
const autoencoder: SourceRegion[] = [
  { file: 'src/ml/models/autoencoder.ts', region: 'autoencoder-model' },
  { file: 'src/ml/trainers/autoencoder.ts', region: 'pixel-noise' },
  { file: 'src/ml/models/autoencoder.ts', region: 'autoencoder-step' },
];

const cycleLossesAndStep: SourceRegion[] = [
  { file: 'src/ml/losses/cycle.ts', region: 'cycle-losses' },
  { file: 'src/ml/steps/cycleGame.ts', region: 'cycle-step' },
];

const acgan: SourceRegion[] = [
  { file: 'src/ml/layers/convNets.ts', region: 'conv-generator' },
  { file: 'src/ml/layers/convNets.ts', region: 'conv-discriminator' },
  { file: 'src/ml/losses/acgan.ts', region: 'acgan-losses' },
  { file: 'src/ml/steps/acganStep.ts', region: 'acgan-step' },
];

export const SOURCE_REGIONS: Readonly<Record<string, readonly SourceRegion[]>> = {
  acgan,
  adain: [
    { file: 'src/ml/models/styleGenerator.ts', region: 'style-generator' },
    { file: 'src/ml/layers/adain.ts', region: 'adain' },
    { file: 'src/ml/layers/convNets.ts', region: 'conv-discriminator' },
    ganLosses,
    { file: 'src/ml/trainers/adain.ts', region: 'adain-step' },
  ],
  aeVsGan: [
    { file: 'src/ml/trainers/aeVsGan.ts', region: 'ae-vs-gan-train' },
    { file: 'src/ml/models/autoencoder.ts', region: 'autoencoder-model' },
    { file: 'src/ml/models/autoencoder.ts', region: 'autoencoder-step' },
    ...imageGan,
  ],
  autoencoder,
  customLoss: [
    { file: 'src/ml/models/mlp.ts', region: 'mlp-forward' },
    { file: 'src/ml/losses/formula/compile.ts', region: 'formula-compile' },
    { file: 'src/ml/trainers/customLoss.ts', region: 'custom-loss-formulas' },
    { file: 'src/ml/trainers/customLoss.ts', region: 'custom-loss-step' },
  ],
  cycle2d: [{ file: 'src/ml/models/mlp.ts', region: 'mlp-forward' }, ...cycleLossesAndStep],
  cycleImages: [
    { file: 'src/ml/models/cycleGenerator.ts', region: 'cycle-generator' },
    { file: 'src/ml/models/patchDiscriminator.ts', region: 'patch-discriminator' },
    { file: 'src/ml/models/cycleLayers.ts', region: 'instance-norm' },
    ...cycleLossesAndStep,
  ],
  gan1d: toyGan,
  gan2d: toyGan,
  saturation: toyGan,
  // The lesson's cell also draws with the generator's moving average (averageG); the others keep it off.
  dcgan: [
    ...imageGan,
    { file: 'src/ml/trainers/imageGan.ts', region: 'generator-average' },
    { file: 'src/ml/models/dcgan.ts', region: 'generator-blend' },
  ],
  referenceDcgan: imageGan,
  lsgan: imageGan,
  sgan: [
    { file: 'src/ml/models/sgan.ts', region: 'sgan-networks' },
    { file: 'src/ml/layers/weightNormDense.ts', region: 'weight-norm-dense' },
    { file: 'src/ml/losses/sgan.ts', region: 'sgan-losses' },
    { file: 'src/ml/steps/sganStep.ts', region: 'sgan-step' },
  ],
};
