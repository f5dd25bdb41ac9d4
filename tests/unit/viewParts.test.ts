/**
 * Pieces the views use to draw cheaply: swapIn builds a chart in one frame
 * and inserts it in the next; setText leaves equal text alone; the DCGAN
 * view's class-share chart averages neighbouring evaluations into at most
 * the given number of columns; its model line names the current widths.
 */
import { describe, expect, it } from 'vitest';
import { setText, swapIn } from '../../components/views/drawParts';
import { modelWidthsText, shareColumns } from '../../components/views/dcganView';
import { labelOf } from '../../components/views/viewText';
import { koInterface } from '../../src/i18n/ko/interface';
import { translator } from '../../src/i18n/translate';

describe('swapIn', () => {
  it('builds in the first step and inserts in the second, which ends it: the next part shares that frame', () => {
    const log: string[] = [];
    const holder = { replaceChildren: (node: unknown) => log.push(`insert ${String(node)}`) } as unknown as Element;
    const parts = swapIn(holder, () => {
      log.push('build');
      return 'chart' as unknown as Node;
    });
    parts.next();
    expect(log).toEqual(['build']);
    expect(parts.next().done).toBe(true);
    expect(log).toEqual(['build', 'insert chart']);
  });
});

describe('setText', () => {
  it('writes only text that differs', () => {
    let writes = 0;
    let text = 'a';
    const el = {
      get textContent() {
        return text;
      },
      set textContent(v: string) {
        writes++;
        text = v;
      },
    } as unknown as Element;
    setText(el, 'a');
    setText(el, 'b');
    setText(el, 'b');
    expect([writes, text]).toEqual([1, 'b']);
  });
});

describe('modelWidthsText', () => {
  it("names the generator's and discriminator's channels from the payload's values", () => {
    const wide = { generatorFilters0: 64, generatorFilters1: 32, discriminatorFilters0: 32, discriminatorFilters1: 64 };
    expect(modelWidthsText(wide)).toBe('Model: G 64·32, D 32·64 channels.');
    expect(modelWidthsText({ ...wide, generatorFilters0: 32, generatorFilters1: 16, discriminatorFilters0: 16, discriminatorFilters1: 32 })).toBe(
      'Model: G 32·16, D 16·32 channels.',
    );
  });

  it("reads in the page's language", () => {
    const wide = { generatorFilters0: 64, generatorFilters1: 32, discriminatorFilters0: 32, discriminatorFilters1: 64 };
    expect(modelWidthsText(wide, translator(koInterface))).toBe('모델: G 64·32, D 32·64 채널.');
    expect(modelWidthsText({ ...wide, generatorRefineFilters: 64 }, translator(koInterface))).toBe('모델: G 64·64·32(7×7 층 64 채널 하나 추가), D 32·64 채널.');
  });

  it("names G's refining layer when the model has one, and not when it has none", () => {
    const wide = { generatorFilters0: 64, generatorFilters1: 32, discriminatorFilters0: 32, discriminatorFilters1: 64 };
    expect(modelWidthsText({ ...wide, generatorRefineFilters: 48 })).toBe('Model: G 64·48·32 (a second 7×7 layer of 48), D 32·64 channels.');
    expect(modelWidthsText({ ...wide, generatorRefineFilters: 0 })).toBe('Model: G 64·32, D 32·64 channels.');
  });

  it("says when D is spectrally normalised, in either language, and not when it is not", () => {
    const wide = { generatorFilters0: 64, generatorFilters1: 32, discriminatorFilters0: 32, discriminatorFilters1: 64 };
    expect(modelWidthsText({ ...wide, generatorRefineFilters: 64, discriminatorSpectralNorm: 1 })).toBe(
      "Model: G 64·64·32 (a second 7×7 layer of 64), D 32·64 channels. D's weights are spectrally normalised: each layer is divided by its largest singular value.",
    );
    expect(modelWidthsText({ ...wide, discriminatorSpectralNorm: 1 }, translator(koInterface))).toBe(
      '모델: G 64·32, D 32·64 채널. D의 가중치에는 스펙트럼 정규화가 적용되어 있습니다. 층마다 가중치를 가장 큰 특잇값으로 나눕니다.',
    );
    expect(modelWidthsText({ ...wide, discriminatorSpectralNorm: 0 })).toBe('Model: G 64·32, D 32·64 channels.');
  });

  it('is empty when a trainer sends no widths', () => {
    expect(modelWidthsText({ step: 3 })).toBe('');
    expect(modelWidthsText({ generatorFilters0: 64, generatorFilters1: 32, discriminatorFilters0: 32 })).toBe('');
  });
});

describe('shareColumns', () => {
  // Four evaluations 10 steps apart; digit 0's share rises 0.1 each time, digit 1 has the rest.
  const steps = [0, 10, 20, 30];
  const histograms = new Float32Array(40);
  steps.forEach((_, i) => {
    histograms[i * 10] = 0.1 * (i + 1);
    histograms[i * 10 + 1] = 1 - 0.1 * (i + 1);
  });

  it('keeps one column per evaluation when they fit', () => {
    const cols = shareColumns(steps, histograms, 50).filter((c) => c.digit === '0');
    expect(cols.map((c) => [c.x1, c.x2, Number(c.share.toFixed(3))])).toEqual([
      [0, 10, 0.1],
      [10, 20, 0.2],
      [20, 30, 0.3],
      [30, 40, 0.4],
    ]);
  });

  it('averages neighbouring evaluations into at most maxColumns columns spanning their steps', () => {
    const cols = shareColumns(steps, histograms, 2);
    expect(cols.length).toBe(20);
    const zero = cols.filter((c) => c.digit === '0').map((c) => [c.x1, c.x2, Number(c.share.toFixed(3))]);
    const one = cols.filter((c) => c.digit === '1').map((c) => Number(c.share.toFixed(3)));
    expect(zero).toEqual([
      [0, 20, 0.15],
      [20, 40, 0.35],
    ]);
    expect(one).toEqual([0.85, 0.65]);
  });
});

describe('labelOf', () => {
  it("names a legend's series keys by their labels and leaves a key without one as written", () => {
    const t = translator(koInterface);
    const label = labelOf({ 'D loss': t('D loss'), 'digit score': t('digit score') });
    expect(['D loss', 'digit score', 'D(x)'].map(label)).toEqual(['D 손실', '숫자 점수', 'D(x)']);
    // A key such as "constructor" is not taken from the object's prototype.
    expect(label('constructor')).toBe('constructor');
  });
});
