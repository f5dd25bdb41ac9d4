import { describe, expect, it } from 'vitest';
import { logStep } from '../../components/cell/logSteps';

describe('logStep (arrow keys on learning-rate controls)', () => {
  it('moves along 1, 2, 5 per decade', () => {
    expect(logStep(0.0002, 1, 0.0001, 0.5)).toBe(0.0005);
    expect(logStep(0.0005, 1, 0.0001, 0.5)).toBe(0.001);
    expect(logStep(0.001, -1, 0.0001, 0.5)).toBe(0.0005);
    expect(logStep(0.0002, -1, 0.0001, 0.5)).toBe(0.0001);
  });
  it('goes from a value between rungs to the nearest rung in that direction', () => {
    expect(logStep(0.0003, 1, 0.0001, 0.5)).toBe(0.0005);
    expect(logStep(0.0003, -1, 0.0001, 0.5)).toBe(0.0002);
  });
  it('stays within the control range', () => {
    expect(logStep(0.5, 1, 0.0001, 0.5)).toBe(0.5);
    expect(logStep(0.2, 1, 0.0001, 0.3)).toBe(0.3);
    expect(logStep(0.0001, -1, 0.0001, 0.5)).toBe(0.0001);
    expect(logStep(0.00012, -1, 0.0001, 0.5)).toBe(0.0001);
  });
});
