/**
 * The code view's behaviour (markup: ./CodeView.astro): the source tab
 * fetched when the view first opens, tabs with arrow keys, Copy, the Keras
 * numbers following the cell's controls (the cell's cell:values event), and
 * a one-cell notebook built from the Keras text as shown. Delegated from the
 * document, so one listener serves every cell.
 */
import { pythonLiteral } from '../../src/codeView/pythonLiteral';
import { SOURCE_FILE_START } from '../../src/codeView/sourceFileStart';
import { lossToPython } from '../../src/ml/losses/formula/python';
import type { Player } from '../../src/ml/losses/formula/parse';
import { CELL_VALUES_EVENT, type CellValuesDetail } from './cellEvents';
import { uiText } from './uiText';

type Values = Readonly<Record<string, unknown>>;

/**
 * What a span shows for `values`: the setting's literal, or for a loss
 * formula (data-code-loss) its TensorFlow translation; null keeps the text
 * there, the last formula that passed its checks (as training keeps it).
 */
function spanText(span: HTMLElement, key: string, values: Values): string | null {
  const player = span.dataset.codeLoss as Player | undefined;
  if (!player) return pythonLiteral(values[key]);
  return lossToPython(values[key], player, values[span.dataset.codeOutput ?? '']);
}

function showValues(cell: Element, values: Values): void {
  for (const span of cell.querySelectorAll<HTMLElement>('[data-code] [data-code-param]')) {
    const key = span.dataset.codeParam!;
    const text = Object.hasOwn(values, key) ? spanText(span, key, values) : null;
    if (text !== null) span.textContent = text;
  }
}

function selectTab(tab: HTMLElement, focus: boolean): void {
  const view = tab.closest('[data-code]')!;
  for (const other of view.querySelectorAll<HTMLElement>('[role="tab"]')) {
    const selected = other === tab;
    other.setAttribute('aria-selected', String(selected));
    other.tabIndex = selected ? 0 : -1;
    const panel = view.querySelector<HTMLElement>(`#${CSS.escape(other.getAttribute('aria-controls')!)}`);
    if (panel) panel.hidden = !selected;
  }
  if (focus) tab.focus();
}

/** Fetches of source files by URL: two cells of one kind share theirs; a failed one is forgotten, to be tried again. */
const sourceFiles = new Map<string, Promise<string>>();

function fetchSource(url: string): Promise<string> {
  let file = sourceFiles.get(url);
  if (!file) {
    file = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.text();
      })
      .then((html) => {
        // A host that answers a missing file with a page of its own (status 200) must not have that page shown.
        if (!html.startsWith(SOURCE_FILE_START)) throw new Error(uiText()('the site sent another page instead'));
        return html;
      });
    sourceFiles.set(url, file);
    file.catch(() => sourceFiles.delete(url));
  }
  return file;
}

/** Each view's source tab while it is being filled. */
const filling = new WeakMap<HTMLElement, Promise<void>>();

/**
 * Fills the view's source tab from its file (./CodeView.astro) the first
 * time the view opens; resolves once it shows the code or says why it
 * cannot. A failure is retried at the next opening.
 */
function loadSource(view: Element): Promise<void> {
  const slot = view.querySelector<HTMLElement>('[data-code-source]');
  if (!slot || slot.dataset.codeSourceState === 'loaded') return Promise.resolve();
  let done = filling.get(slot);
  if (!done) {
    const t = uiText();
    const note = slot.querySelector('[data-code-source-status]');
    slot.setAttribute('aria-busy', 'true');
    if (note) note.textContent = t('Loading the source…');
    done = fetchSource(slot.dataset.codeSource!)
      .then(
        (html) => {
          // The site's own build output (src/pages/code-source/), highlighted markup without scripts.
          slot.innerHTML = html;
          slot.dataset.codeSourceState = 'loaded';
        },
        (err: unknown) => {
          slot.dataset.codeSourceState = 'failed';
          const reason = err instanceof Error ? err.message : String(err);
          if (note) note.textContent = t('The source could not be loaded ({reason}). Close the code and open it again to retry.', { reason });
        },
      )
      .finally(() => {
        slot.removeAttribute('aria-busy');
        filling.delete(slot);
      });
    filling.set(slot, done);
  }
  return done;
}

/** The text of the visible panel's code blocks, as shown (with the live values). */
function visibleCode(view: Element): string {
  const panel = view.querySelector('[role="tabpanel"]:not([hidden])');
  return [...(panel?.querySelectorAll('pre') ?? [])].map((pre) => pre.textContent ?? '').join('\n\n');
}

function kerasCode(view: Element): string {
  return view.querySelector('[data-code-lang="keras"] pre')?.textContent ?? '';
}

function status(view: Element, text: string): void {
  const out = view.querySelector('[data-code-status]');
  if (out) out.textContent = text;
}

/** nbformat 4: a Markdown cell naming the source, then the Keras code as one code cell. */
function notebookOf(intro: string, code: string): string {
  const lines = (text: string) => text.split(/(?<=\n)/);
  return JSON.stringify(
    {
      nbformat: 4,
      nbformat_minor: 5,
      metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' }, language_info: { name: 'python' } },
      cells: [
        { cell_type: 'markdown', id: 'about', metadata: {}, source: lines(intro) },
        { cell_type: 'code', id: 'keras', metadata: {}, execution_count: null, outputs: [], source: lines(code) },
      ],
    },
    null,
    1,
  );
}

function downloadNotebook(button: HTMLElement): void {
  const view = button.closest('[data-code]')!;
  const blob = new Blob([notebookOf(button.dataset.notebookIntro ?? '', kerasCode(view))], { type: 'application/x-ipynb+json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = button.dataset.notebookName ?? 'cell.ipynb';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

async function copy(view: Element): Promise<void> {
  const t = uiText();
  const source = view.querySelector<HTMLElement>('[data-code-lang="ts"]:not([hidden]) [data-code-source]');
  if (source) {
    // Copy pressed on the source tab while its file is on its way copies it once it is there, or says why not.
    await loadSource(view);
    if (source.dataset.codeSourceState !== 'loaded') {
      status(view, source.querySelector('[data-code-source-status]')?.textContent ?? '');
      return;
    }
  }
  try {
    await navigator.clipboard.writeText(visibleCode(view));
    status(view, t('Copied.'));
  } catch {
    status(view, t('Copying is blocked here: select the code and press Ctrl+C.'));
  }
}

document.addEventListener(CELL_VALUES_EVENT, (event) => {
  if (event.target instanceof Element) showValues(event.target, (event as CustomEvent<CellValuesDetail>).detail.values);
});

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const tab = target?.closest<HTMLElement>('[data-code] [role="tab"]');
  if (tab) return selectTab(tab, false);
  const view = target?.closest('[data-code]');
  if (!view) return;
  if (target!.closest('[data-code-copy]')) void copy(view);
  const notebook = target!.closest<HTMLElement>('[data-code-notebook]');
  if (notebook) downloadNotebook(notebook);
});

// Opening a view fetches its source tab ('toggle' does not bubble: listen while it descends).
document.addEventListener(
  'toggle',
  (event) => {
    const view = event.target instanceof HTMLDetailsElement && event.target.matches('[data-code]') ? event.target : null;
    if (view?.open) void loadSource(view);
  },
  true,
);

// Arrow keys, Home and End move between the tabs (the WAI-ARIA tabs pattern).
document.addEventListener('keydown', (event) => {
  const tab = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('[data-code] [role="tab"]') : null;
  if (!tab) return;
  const tabs = [...tab.parentElement!.querySelectorAll<HTMLElement>('[role="tab"]')];
  const at = tabs.indexOf(tab);
  const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  selectTab(tabs[(next + tabs.length) % tabs.length]!, true);
});

// A cell that connected before this script ran announced its values already: ask it.
void customElements.whenDefined('gan-cell').then(() => {
  for (const cell of document.querySelectorAll('gan-cell')) {
    const current = (cell as Element & { currentValues?: () => Values }).currentValues;
    if (cell.querySelector('[data-code]') && current) showValues(cell, current.call(cell));
  }
});
