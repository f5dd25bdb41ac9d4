import { describe, expect, it } from 'vitest';
import { formatMetric, formatRate } from '../../components/cell/format';
import { backendOrder, isSoftwareRenderer, parseBackend } from '../../src/runtime/backendChoice';

describe('formatMetric', () => {
  it('uses fixed digits, a real minus sign, and exponents for tiny values', () => {
    expect(formatMetric(0.12345, 3)).toBe('0.123');
    expect(formatMetric(-1.3863, 3)).toBe('−1.386');
    expect(formatMetric(0.00001234, 3)).toBe('1.23e-5');
    expect(formatMetric(NaN, 3)).toBe('NaN');
    expect(formatMetric(-Infinity, 3)).toBe('−∞');
  });
  it('formats speeds', () => {
    expect(formatRate(123.4)).toBe('123');
    expect(formatRate(1.456)).toBe('1.46');
    expect(formatRate(0)).toBe('–');
  });
});

describe('backend choice', () => {
  it('prefers webgl only on hardware renderers', () => {
    expect(isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)))')).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(backendOrder(null, 'ANGLE (NVIDIA GeForce RTX 3060)')).toEqual(['webgl', 'wasm', 'cpu']);
    expect(backendOrder(null, 'SwiftShader')).toEqual(['wasm', 'cpu']);
    expect(backendOrder(null, null)).toEqual(['wasm', 'cpu']);
  });
  it('puts a forced backend first and keeps fallbacks', () => {
    expect(backendOrder('cpu', null)).toEqual(['cpu', 'wasm']);
    expect(backendOrder('webgl', null)).toEqual(['webgl', 'wasm', 'cpu']);
  });
  it('accepts only known backend names from the URL', () => {
    expect(parseBackend('wasm')).toBe('wasm');
    expect(parseBackend('<b>')).toBeNull();
    expect(parseBackend(null)).toBeNull();
  });
});
