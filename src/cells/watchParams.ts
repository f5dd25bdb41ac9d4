/**
 * Settings and readouts that let a learner watch a fast toy GAN train (issue
 * #21, after GAN Lab, Kahng et al. 2018, arXiv:1809.01587): how many steps a
 * second it takes, the generator's gradient on each fake point, the warp of
 * the noise grid, and counters of each network's updates for Step D / Step G.
 * No tfjs here: components import this file.
 */
import type { MetricSpec } from './schema';

/** Steps per second the `speed` select offers; 'max' trains as fast as the machine goes (src/runtime/throttle.ts). */
const SPEED_OPTIONS = [
  { value: '1', label: '1 step/s' },
  { value: '3', label: '3 steps/s' },
  { value: '10', label: '10 steps/s' },
  { value: '30', label: '30 steps/s' },
  { value: '100', label: '100 steps/s' },
  { value: '300', label: '300 steps/s' },
  { value: 'max', label: 'As fast as possible' },
] as const;

export type SpeedValue = (typeof SPEED_OPTIONS)[number]['value'];

/** The `speed` control, with the default that makes this cell's experiment watchable. */
export function speedParam<const D extends SpeedValue>(defaultSpeed: D) {
  return {
    key: 'speed',
    label: 'Speed',
    help: 'Training steps per second. Slow it down to watch each step change the picture; the fastest setting trains as fast as this computer can.',
    type: 'select',
    options: SPEED_OPTIONS,
    default: defaultSpeed,
    apply: 'live',
  } as const;
}

export const SHOW_GRADIENTS_PARAM = {
  key: 'showGradients',
  label: 'Show the generator’s gradient',
  help: 'Arrows on the fakes: the direction and size of the push the generator’s loss gives each fake point through D (−∂L_G/∂x). With the minimax loss they vanish where D is sure.',
  type: 'boolean',
  default: false,
  apply: 'live',
} as const;

export const SHOW_WARP_PARAM = {
  key: 'showWarp',
  label: 'Show the generator’s warp',
  help: 'Draws where the generator sends a regular grid of noise values: the mesh shows how it stretches and folds the noise into the data’s shape.',
  type: 'boolean',
  default: false,
  apply: 'live',
} as const;

/**
 * Counters of the networks' updates. `dSteps` is also the key of the "D
 * steps per G step" setting: a setting is a control named by its key, a
 * readout an <output data-metric> — different attributes, so they never meet.
 */
export const SLOW_MOTION_METRICS: readonly MetricSpec[] = [
  { key: 'dSteps', label: 'D updates', digits: 0, help: 'Discriminator updates so far: Step D adds one, a full step adds k (D steps per G step).' },
  { key: 'gSteps', label: 'G updates', digits: 0, help: 'Generator updates so far: Step G adds one, and so does each full step.' },
];
