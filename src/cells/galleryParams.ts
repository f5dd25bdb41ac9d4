/**
 * Controls shared by the gallery-of-GANs cells (lsgan, sgan, acgan, adain):
 * the two Adam learning rates, β1 and the batch size, as in the DCGAN cell.
 * No tfjs here.
 */

/** An Adam learning rate control (log scale, 1e-5 to 1e-2, applies live); the DCGAN cell uses it too. */
export function learningRateParam<const K extends 'lrG' | 'lrD'>(key: K, label: string, help: string, value: number) {
  return { key, label, help, type: 'number', min: 0.00001, max: 0.01, step: 0.00001, scale: 'log', default: value, apply: 'live' } as const;
}

/** The two learning rates, β1 and the batch size, with a cell's defaults. */
export function ganOptimizerParams(d: { lrG: number; lrD: number; beta1: number; batchSize: number }) {
  return [
    learningRateParam('lrG', 'Generator learning rate', 'Adam step size of the generator.', d.lrG),
    learningRateParam('lrD', 'Discriminator learning rate', 'Adam step size of the discriminator (and of the classifiers in the semi-supervised cell).', d.lrD),
    { key: 'beta1', label: 'Adam β1', help: 'Momentum of Adam; the DCGAN paper uses 0.5.', type: 'number', min: 0, max: 0.99, step: 0.01, default: d.beta1, apply: 'live' },
    { key: 'batchSize', label: 'Batch size', help: 'Real and generated images per update.', type: 'int', min: 8, max: 128, default: d.batchSize, apply: 'live' },
  ] as const;
}
