/**
 * The code view and the notebooks (src/codeView): the source regions each
 * cell shows still exist; every Keras text writes the cell's defaults where
 * the page will update them; every snippet and every lesson notebook
 * compiles as Python, and every notebook validates as nbformat 4 (Debian's
 * /usr/bin/python3 with python3-nbformat, installed by .ci/run).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellDefinitions } from '../../src/cells/index';
import { allParams, defaultValues } from '../../src/cells/params';
import { hasKeras, kerasSnippet } from '../../src/codeView/keras';
import { DCGAN_CELL_FILTERS, REFERENCE_DCGAN_FILTERS } from '../../src/codeView/keras/index';
import { lessonCells, notebookForLesson } from '../../src/codeView/notebook';
import { py, valueRefs } from '../../src/codeView/python';
import { pythonLiteral } from '../../src/codeView/pythonLiteral';
import { extractRegions, readRegion } from '../../src/codeView/regions';
import { SOURCE_REGIONS } from '../../src/codeView/sources';
import { LANGS } from '../../src/i18n/langs';
import { ACGAN_DEFAULTS } from '../../src/ml/models/acgan';
import { ADAIN_DISCRIMINATOR_FILTERS } from '../../src/ml/models/adainGan';
import { SGAN_DEFAULTS } from '../../src/ml/models/sgan';
import { STYLE_GENERATOR_DEFAULTS } from '../../src/ml/models/styleGenerator';
import { DCGAN_DEFAULTS } from '../../src/ml/models/dcgan';
import { DCGAN_CONFIG } from '../../src/ml/trainers/dcgan';
import { ROOT } from './helpers/sourceFiles';

const PYTHON = '/usr/bin/python3';
const kinds = Object.keys(cellDefinitions);
const withCode = kinds.filter(hasKeras);

/**
 * Settings a Keras text leaves out, with the reason: they steer what the
 * browser measures or draws, not the model or its training.
 */
const NOT_IN_KERAS: Record<string, readonly string[]> = {
  // Which of the course's own non-digit images (noise, shapes, inverted digits) the detector is tested on.
  autoencoder: ['anomalies'],
  // Whether to load the course's own pretrained weights (a file of this site); the Keras text trains from scratch.
  adain: ['start'],
};

function runPython(script: string, args: string[]): string {
  return execFileSync(PYTHON, ['-c', script, ...args], { encoding: 'utf8' });
}

describe('source regions', () => {
  it('reads a marked region without its markers and common indentation', () => {
    const regions = extractRegions('a\n  // #region code-view: one\n    x();\n      y();\n  // #endregion\nb');
    expect(regions.get('one')).toBe('x();\n  y();');
  });

  it('refuses an unclosed or doubled region', () => {
    expect(() => extractRegions('// #region code-view: open\nx')).toThrow(/no \/\/ #endregion/);
    expect(() => extractRegions('// #region code-view: a\n// #endregion\n// #region code-view: a\n// #endregion')).toThrow(/twice/);
  });

  it.each(Object.entries(SOURCE_REGIONS))('every region %s shows is still marked in the source', (_kind, regions) => {
    for (const { file, region } of regions) expect(readRegion(file, region, ROOT).split('\n').length, `${file} ${region}`).toBeGreaterThan(3);
  });

  it('fails for a region that is not marked', () => {
    expect(() => readRegion('src/ml/models/mlp.ts', 'no-such-region', ROOT)).toThrow(/no "\/\/ #region code-view: no-such-region"/);
  });

  it('every kind that trains has a code view (latentWalk walks a pretrained generator, cnnBlocks convolves: neither trains)', () => {
    expect(kinds.filter((k) => !hasKeras(k))).toEqual(['cnnBlocks', 'latentWalk']);
  });

  it('every kind with a Keras tab also shows its own source, and the other way round', () => {
    expect(withCode.filter((k) => !SOURCE_REGIONS[k])).toEqual([]);
    expect(Object.keys(SOURCE_REGIONS).filter((k) => !hasKeras(k))).toEqual([]);
  });
});

describe('Keras text', () => {
  it('py records where each value sits, after removing the indentation', () => {
    const s = py`
      LR = ${valueRefs({ lr: 0.001 })('lr')}
      if True:
          NAME = ${valueRefs({ n: "it's" })('n')}
    `;
    expect(s.code).toBe("LR = 0.001\nif True:\n    NAME = 'it\\'s'\n");
    expect(s.params.map((p) => s.code.slice(p.start, p.end))).toEqual(['0.001', "'it\\'s'"]);
  });

  it('writes values as Python literals', () => {
    expect([pythonLiteral(true), pythonLiteral(false), pythonLiteral(0.0002), pythonLiteral(64), pythonLiteral('tanh')]).toEqual(['True', 'False', '0.0002', '64', "'tanh'"]);
  });

  it.each(withCode)('%s: every setting is written in with the cell module’s default, where the page updates it', (kind) => {
    const def = cellDefinitions[kind as keyof typeof cellDefinitions];
    const values = defaultValues(def);
    const { code, params } = kerasSnippet(kind, values);
    const skipped = NOT_IN_KERAS[kind] ?? [];
    for (const spec of allParams(def)) {
      if (spec.key === 'seed' || skipped.includes(spec.key)) continue;
      // A loss formula's TensorFlow translation is checked in its own test below.
      const spans = params.filter((p) => p.key === spec.key && !p.translate);
      expect(spans.length, `${kind}: ${spec.key} is not in the Keras text`).toBeGreaterThan(0);
      for (const span of spans) {
        expect(code.slice(span.start, span.end), `${kind}: ${spec.key}`).toBe(pythonLiteral(spec.default));
        // A constant the rest of the text uses: `NAME = value` on its own line.
        const line = code.slice(code.lastIndexOf('\n', span.start) + 1, code.indexOf('\n', span.end));
        expect(line, `${kind}: ${spec.key}`).toMatch(new RegExp(`^[A-Z][A-Z0-9_]* = ${pythonLiteral(spec.default).replace(/[.()'\\]/g, '\\$&')}(\\s+#.*)?$`));
      }
    }
  });

  it('the DCGAN widths in the Keras text are the trainers’ widths', () => {
    expect(DCGAN_CELL_FILTERS.generator).toEqual(DCGAN_CONFIG.generatorFilters);
    expect(DCGAN_CELL_FILTERS.discriminator).toEqual(DCGAN_CONFIG.discriminatorFilters);
    expect(REFERENCE_DCGAN_FILTERS.generator).toEqual(DCGAN_DEFAULTS.generatorFilters);
    expect(REFERENCE_DCGAN_FILTERS.discriminator).toEqual(DCGAN_DEFAULTS.discriminatorFilters);
    const acgan = kerasSnippet('acgan', defaultValues(cellDefinitions.acgan)).code;
    const [g0, g1] = ACGAN_DEFAULTS.generatorFilters;
    const [d0, d1] = ACGAN_DEFAULTS.discriminatorFilters;
    expect(acgan).toContain(`LATENT_SIZE, CLASSES = ${ACGAN_DEFAULTS.latentSize}, 10`);
    const sgan = kerasSnippet('sgan', defaultValues(cellDefinitions.sgan)).code;
    expect(sgan).toContain(`LATENT_SIZE, GENERATOR_UNITS, CLASSIFIER_UNITS = ${SGAN_DEFAULTS.latentSize}, ${SGAN_DEFAULTS.generatorUnits}, (${SGAN_DEFAULTS.classifierUnits.join(', ')})`);
    const adain = kerasSnippet('adain', defaultValues(cellDefinitions.adain)).code;
    const { latentSize, filters } = STYLE_GENERATOR_DEFAULTS;
    expect(adain).toContain(`LATENT_SIZE, C0, C1 = ${latentSize}, ${filters[0]}, ${filters[1]}`);
    expect(adain).toContain(`Conv2D(${ADAIN_DISCRIMINATOR_FILTERS[0]}, 5,`);
    expect(adain).toContain(`Conv2D(${ADAIN_DISCRIMINATOR_FILTERS[1]}, 5,`);
    for (const layer of [`Dense(7 * 7 * ${g0},`, `Conv2DTranspose(${g1}, 5,`, `Conv2D(${d0}, 5,`, `Conv2D(${d1}, 5,`]) expect(acgan).toContain(layer);
  });

  it('customLoss: the two formulas are written in as TensorFlow too, where the page translates them live', () => {
    const values = { ...defaultValues(cellDefinitions.customLoss), discriminatorLoss: '0.5*(D(x) - 1)^2 + 0.5*D(G(z))^2', dOutput: 'logit' };
    const { code, params } = kerasSnippet('customLoss', values);
    const translated = params.filter((p) => p.translate);
    expect(translated.map((p) => [p.key, p.translate, code.slice(p.start, p.end)])).toEqual([
      ['discriminatorLoss', { player: 'discriminator', outputKey: 'dOutput' }, '0.5 * (d_real - 1)**2 + 0.5 * d_fake**2'],
      ['generatorLoss', { player: 'generator', outputKey: 'dOutput' }, '-tf.math.log(tf.maximum(d_fake, 1e-12))'],
    ]);
    for (const span of translated) {
      const line = code.slice(code.lastIndexOf('\n', span.start) + 1, code.indexOf('\n', span.end));
      expect(line).toMatch(/^    return tf\.reduce_mean\(.*\)$/);
    }
    for (const idiom of ['tf.GradientTape()', 'def discriminator_loss(real_logits, fake_logits):', 'd_real, d_fake = d_of(real_logits), d_of(fake_logits)']) expect(code).toContain(idiom);
    // A formula that would not train cannot be written into a notebook.
    expect(() => kerasSnippet('customLoss', { ...values, generatorLoss: 'D(x)' })).toThrow(/generator loss 'D\(x\)' does not pass/);
  });

  it('uses the Keras idioms the learners know', () => {
    const dcgan = kerasSnippet('dcgan', defaultValues(cellDefinitions.dcgan)).code;
    for (const idiom of ['tf.GradientTape()', 'from_logits=True', 'tf.ones_like(fake_logits)', 'trainable = not FREEZE_G', 'keras.datasets.mnist.load_data()']) {
      expect(dcgan).toContain(idiom);
    }
  });

  it('every snippet compiles as Python, with the defaults and with every preset', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keras-'));
    for (const kind of withCode) {
      const def = cellDefinitions[kind as keyof typeof cellDefinitions];
      const sets = [defaultValues(def), ...(def.presets ?? []).map((p) => ({ ...defaultValues(def), ...p.values }))];
      sets.forEach((values, i) => writeFileSync(join(dir, `${kind}-${i}.py`), kerasSnippet(kind, values).code));
    }
    const files = readdirSync(dir).map((f) => join(dir, f));
    const out = runPython('import sys\nfor f in sys.argv[1:]:\n    compile(open(f).read(), f, "exec")\nprint(len(sys.argv) - 1)', files);
    expect(Number(out.trim())).toBe(files.length);
  });
});

describe('lesson notebooks', () => {
  const lessons = (lang: string) =>
    readdirSync(join(ROOT, 'lessons', lang === 'en' ? '' : lang))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.replace(/\.mdx$/, ''));

  it('every lesson’s notebook in every language validates as nbformat 4 and its code compiles', () => {
    const dir = mkdtempSync(join(tmpdir(), 'notebooks-'));
    let count = 0;
    for (const lang of LANGS) {
      for (const slug of lessons(lang)) {
        const notebook = notebookForLesson({ slug, title: slug, summary: 'summary', url: null }, lang, ROOT);
        writeFileSync(join(dir, `${lang}-${slug}.ipynb`), JSON.stringify(notebook));
        count++;
      }
    }
    const script = [
      'import sys, nbformat',
      'for f in sys.argv[1:]:',
      '    nb = nbformat.read(f, as_version=4)',
      '    nbformat.validate(nb)',
      '    for i, cell in enumerate(nb.cells):',
      '        if cell.cell_type == "code":',
      '            compile(cell.source, f"{f} cell {i}", "exec")',
      'print(len(sys.argv) - 1)',
    ].join('\n');
    expect(Number(runPython(script, readdirSync(dir).map((f) => join(dir, f))).trim())).toBe(count);
    expect(count).toBeGreaterThanOrEqual(2 * 5);
  });

  it('holds the lesson’s cells in order, each with the lesson’s own settings', () => {
    const cells = lessonCells(`## One\n\n<Cell id="a" definition="gan1d" title="First" values={{ lrD: 0.03 }} />\n\n## Two\n\n<Cell id="b" definition="dcgan" title="Second" />\n`);
    expect(cells.map((c) => [c.id, c.title, c.section])).toEqual([['a', 'First', 'One'], ['b', 'Second', 'Two']]);
    expect(cells[0]!.values.lrD).toBe(0.03);
    const notebook = notebookForLesson({ slug: 'dcgan', title: 'DCGAN', summary: 's', url: null }, 'ko', ROOT);
    const code = notebook.cells.filter((c) => c.cell_type === 'code').map((c) => c.id);
    expect(code[0]).toBe('dcgan');
    expect(notebook.cells[1]!.source.join('')).toMatch(/[가-힣]/);
  });
});
