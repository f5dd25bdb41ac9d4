/**
 * The single-file checkpoint a learner downloads and uploads: manifest and
 * weights in one ArrayBuffer.
 *
 * Layout (little-endian):
 *   0  magic 'GANW' (4 ASCII bytes)
 *   4  uint32 container version
 *   8  uint32 byte length M of the UTF-8 manifest JSON
 *  12  manifest JSON (M bytes), then the weights binary to the end of the file
 */
import type { WeightSet } from '../trainer';
import {
  type CheckpointManifest,
  CheckpointError,
  type EncodeOptions,
  type LayoutFor,
  type WeightLayout,
  decodeCheckpoint,
  encodeCheckpoint,
  parseManifest,
} from './checkpoint';

const FILE_MAGIC = 'GANW';
const FILE_VERSION = 1;
const FILE_HEADER_BYTES = 12;
/** Suggested extension for downloads; the file picker can filter on it. */
export const CHECKPOINT_FILE_EXTENSION = '.ganweights';
export const CHECKPOINT_FILE_MIME = 'application/octet-stream';

export function packCheckpointFile(weights: WeightSet, options: EncodeOptions = {}): ArrayBuffer {
  const { manifest, data } = encodeCheckpoint(weights, options);
  const json = new TextEncoder().encode(JSON.stringify(manifest));
  const out = new Uint8Array(FILE_HEADER_BYTES + json.byteLength + data.byteLength);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) out[i] = FILE_MAGIC.charCodeAt(i);
  view.setUint32(4, FILE_VERSION, true);
  view.setUint32(8, json.byteLength, true);
  out.set(json, FILE_HEADER_BYTES);
  out.set(new Uint8Array(data), FILE_HEADER_BYTES + json.byteLength);
  return out.buffer;
}

/**
 * The manifest of a checkpoint file without loading its weights (model id,
 * metadata such as the training step), e.g. to label an upload. Throws
 * CheckpointError if the file is not a readable checkpoint.
 */
export function inspectCheckpointFile(file: ArrayBuffer): CheckpointManifest {
  return parseManifest(splitCheckpointFile(file).manifestText);
}

/**
 * Parses an uploaded file for the model described by `expected` (or one
 * `layoutFor` offers for the file's model id); throws CheckpointError.
 */
export function unpackCheckpointFile(file: ArrayBuffer, expected: WeightLayout, layoutFor?: LayoutFor): WeightSet {
  const { manifestText, data } = splitCheckpointFile(file);
  return decodeCheckpoint(manifestText, data, expected, layoutFor);
}

function splitCheckpointFile(file: ArrayBuffer): { manifestText: string; data: ArrayBuffer } {
  if (file.byteLength < FILE_HEADER_BYTES) {
    throw new CheckpointError('The file is too short ({bytes} bytes) to be a checkpoint.', { bytes: file.byteLength });
  }
  const view = new DataView(file);
  const magic = String.fromCharCode(view.getUint8(0), view.getUint8(1), view.getUint8(2), view.getUint8(3));
  if (magic !== FILE_MAGIC) {
    throw new CheckpointError("This file is not a checkpoint of this course (save one with the cell's Save button; it ends in {extension}).", {
      extension: CHECKPOINT_FILE_EXTENSION,
    });
  }
  const version = view.getUint32(4, true);
  if (version !== FILE_VERSION) {
    throw new CheckpointError('The checkpoint file has container version {version}; this page reads version {expected}.', { version, expected: FILE_VERSION });
  }
  const jsonBytes = view.getUint32(8, true);
  if (FILE_HEADER_BYTES + jsonBytes > file.byteLength) {
    throw new CheckpointError('The checkpoint file is truncated: its manifest is cut short.');
  }
  let manifestText: string;
  try {
    manifestText = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(file, FILE_HEADER_BYTES, jsonBytes));
  } catch {
    throw new CheckpointError('The checkpoint file is corrupted: its manifest is not readable text.');
  }
  return { manifestText, data: file.slice(FILE_HEADER_BYTES + jsonBytes) };
}
