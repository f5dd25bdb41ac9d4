/**
 * Which tfjs backend to try, and in what order (docs/architecture.md, "Backends and fallbacks").
 * Pure: the worker measures the facts, this decides.
 */
import type { BackendName } from './protocol';

/** Renderer strings of software WebGL: slower than wasm by 10x or more. */
const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|mesa offscreen/i;

export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE_RENDERERS.test(renderer);
}

export function parseBackend(value: string | null | undefined): BackendName | null {
  return value === 'webgl' || value === 'wasm' || value === 'cpu' ? value : null;
}

/**
 * The order to try backends in. A forced backend comes first, with the
 * automatic order behind it as fallbacks. `renderer` is the unmasked WebGL
 * renderer string, or null when WebGL is unavailable.
 */
export function backendOrder(forced: BackendName | null, renderer: string | null): BackendName[] {
  const hardwareGl = renderer !== null && !isSoftwareRenderer(renderer);
  const auto: BackendName[] = hardwareGl ? ['webgl', 'wasm', 'cpu'] : ['wasm', 'cpu'];
  if (!forced) return auto;
  return [forced, ...auto.filter((b) => b !== forced)];
}
