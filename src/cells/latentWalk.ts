/**
 * The latent-walk cell (data-cell "latent-walk"): the pretrained DCGAN's
 * generator walked along spherical interpolations between random latent
 * vectors, and one latent coordinate nudged at a time. Nothing trains; Run
 * animates the walk. Trainer: src/ml/trainers/latentWalk.ts.
 */
import { defineCell, type CellValues } from './define';
import type { ViewPayload } from '../ml/trainer';

export const LATENT_WALK_DEFAULTS = {
  endpoints: 1,
  path: 'slerp',
  frames: 10,
  dimension: 0,
  amount: 3,
  stepsPerLeg: 40,
  pickA: 0,
  pickB: 5,
  attribute: 'slant',
  attributeAmount: 0.75,
} as const;

/** Samples in the latent lab's grid (4 × 4): the ones a learner picks and moves. */
export const LAB_SAMPLES = 16;

export const latentWalkCell = defineCell({
  kind: 'latentWalk',
  params: [
    { key: 'endpoints', label: 'Endpoints', help: 'Seeds the random latent vectors the walk passes through; change it for new endpoints.', type: 'int', min: 0, max: 9999, default: LATENT_WALK_DEFAULTS.endpoints, apply: 'live' },
    { key: 'path', label: 'Path', help: 'Slerp follows the sphere where random latent vectors live; a straight line cuts inside it, where vectors are shorter than any the generator was trained on.', type: 'select', options: [{ value: 'slerp', label: 'Spherical (slerp)' }, { value: 'lerp', label: 'Straight line (lerp)' }], default: LATENT_WALK_DEFAULTS.path, apply: 'live' },
    { key: 'frames', label: 'Images in the strip', help: 'How many evenly spaced points between the two endpoints the strip shows.', type: 'int', min: 2, max: 16, default: LATENT_WALK_DEFAULTS.frames, apply: 'live' },
    { key: 'dimension', label: 'Nudged dimension', help: 'Which coordinate of z the bottom row changes (0 to 63).', type: 'int', min: 0, max: 63, default: LATENT_WALK_DEFAULTS.dimension, apply: 'live' },
    { key: 'amount', label: 'Nudge amount', help: 'The bottom row adds from −amount to +amount to that one coordinate (a coordinate of z is usually within ±2).', type: 'number', min: 0, max: 8, step: 0.1, default: LATENT_WALK_DEFAULTS.amount, apply: 'live' },
    { key: 'stepsPerLeg', label: 'Steps per leg', help: 'How many steps the walker takes from one endpoint to the next (about 20 steps a second).', type: 'int', min: 5, max: 400, default: LATENT_WALK_DEFAULTS.stepsPerLeg, apply: 'live' },
    // The latent lab: its own sixteen samples, so picking two never disturbs the walk above it.
    { key: 'pickA', label: 'Lab: from sample', help: 'Which of the lab’s sixteen samples (0 to 15, row by row) the lab’s interpolation starts at; clicking a sample in the grid sets it.', type: 'int', min: 0, max: 15, default: LATENT_WALK_DEFAULTS.pickA, apply: 'live' },
    { key: 'pickB', label: 'Lab: to sample', help: 'Which sample the lab’s interpolation ends at; the second click in the grid sets it.', type: 'int', min: 0, max: 15, default: LATENT_WALK_DEFAULTS.pickB, apply: 'live' },
    { key: 'attribute', label: 'Lab: attribute', help: 'What the vector arithmetic changes, measured on each image: how much ink (thicker strokes), how far it leans, or how wide it is.', type: 'select', options: [{ value: 'ink', label: 'Ink (stroke thickness)' }, { value: 'slant', label: 'Slant' }, { value: 'width', label: 'Width' }], default: LATENT_WALK_DEFAULTS.attribute, apply: 'live' },
    { key: 'attributeAmount', label: 'Lab: amount', help: 'How many times the attribute vector (mean code of samples with the most of it minus mean code of those with the least) is added to every sample; negative subtracts it.', type: 'number', min: -3, max: 3, step: 0.25, default: LATENT_WALK_DEFAULTS.attributeAmount, apply: 'live' },
  ],
  metrics: [
    { key: 'position', label: 'Position t', digits: 2, help: 'How far the walker is from this leg’s start (0) to its end (1).' },
    { key: 'leg', label: 'Leg', digits: 0, help: 'How many endpoints the walker has passed.' },
    { key: 'norm', label: '‖z‖', digits: 2, help: 'Length of the walker’s latent vector; random 64-dimensional vectors have length close to 8.' },
    { key: 'digit', label: 'Classified as', digits: 0, help: 'The digit the classifier sees in the walker’s image.' },
    { key: 'confidence', label: 'Confidence', digits: 2, help: 'The classifier’s probability for that digit.' },
    { key: 'attributeMoved', label: 'Lab: moved as intended (of 16)', digits: 0, help: 'How many of the sixteen lab samples changed the chosen attribute in the direction the amount’s sign asks for, measured on the images.' },
    { key: 'digitsKept', label: 'Lab: same digit (of 16)', digits: 0, help: 'How many of them the classifier still reads as the digit they showed before the arithmetic.' },
  ],
  presets: [
    { id: 'slerp', label: 'Slerp walk', values: { ...LATENT_WALK_DEFAULTS } },
    { id: 'lerp', label: 'Straight line', values: { ...LATENT_WALK_DEFAULTS, path: 'lerp' } },
    { id: 'big-nudge', label: 'Big nudge', values: { ...LATENT_WALK_DEFAULTS, amount: 8 } },
    { id: 'lab-thinner', label: 'Lab: thinner strokes', values: { ...LATENT_WALK_DEFAULTS, attribute: 'ink', attributeAmount: -0.75 } },
  ],
});

export type LatentWalkValues = CellValues<typeof latentWalkCell>;

/** What the latentWalk trainer sends its view: The interpolation strip, the walker, the nudge row and the norms along the path. */
export type LatentWalkPayload = ViewPayload<
  { strip: Float32Array; stripClasses: Int32Array; stripNorms: Float32Array; walker: Float32Array; nudge: Float32Array; nudgeClasses: Int32Array; pathT: Float32Array; slerpNorms: Float32Array; lerpNorms: Float32Array } & LatentLabArrays,
  { t: number; leg: number; dimension: number; amount: number; latentSize: number; walkerClass: number; walkerNorm: number; path: number } & LatentLabValues
>;

/** The latent lab's part of the payload: its grid, the picked pair's interpolation, and the grid after the arithmetic with each image's attribute before and after. */
export type LatentLabArrays = { labGrid: Float32Array; labClasses: Int32Array; labStrip: Float32Array; labMoved: Float32Array; labMovedClasses: Int32Array; labBefore: Float32Array; labAfter: Float32Array };
export type LatentLabValues = { pickA: number; pickB: number; attribute: number; attributeAmount: number; attributeMoved: number; digitsKept: number; attributeChange: number };
