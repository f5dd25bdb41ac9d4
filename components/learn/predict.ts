/**
 * <predict-question>: the reason stays hidden until the learner commits to
 * an answer; the commitment is recorded per lesson (progressStore.ts), so on
 * a later visit the question shows as answered with its reason visible.
 */
import { fill } from './fill';
import { isRecorded, recordProgress } from './progressStore';

interface PredictConfig {
  answer: number;
  tolerance: number;
  unit: string;
  slider: boolean;
}

class PredictElement extends HTMLElement {
  connectedCallback(): void {
    const id = this.dataset.check ?? '';
    const lesson = this.dataset.lesson ?? '';
    const config = JSON.parse(this.dataset.config ?? '{}') as PredictConfig;
    const text = JSON.parse(this.dataset.text ?? '{}') as Record<string, string>;
    const commit = this.querySelector<HTMLButtonElement>('[data-commit]');
    const verdict = this.querySelector<HTMLElement>('[data-verdict]');
    const reason = this.querySelector<HTMLDetailsElement>('[data-reason]');
    const inputs = [...this.querySelectorAll<HTMLInputElement>('input')];
    const slider = this.querySelector<HTMLInputElement>('input[type="range"]');
    const shown = this.querySelector<HTMLOutputElement>('[data-slider-value]');
    if (!commit || !verdict || !reason) return;

    // A slider left where it started is not an estimate: committing asks for one first.
    let moved = false;
    slider?.addEventListener('input', () => {
      moved = true;
      if (shown) shown.value = `${slider.value}${config.unit}`;
    });

    const finish = (message: string) => {
      this.dataset.done = 'true';
      for (const input of inputs) input.disabled = true;
      commit.hidden = true;
      reason.hidden = false;
      reason.open = true;
      verdict.textContent = message;
    };

    if (isRecorded('predictions', lesson, id)) {
      finish(text.before ?? '');
      return;
    }
    reason.hidden = true;
    commit.hidden = false;
    commit.addEventListener('click', () => {
      let chosen: string;
      let right: boolean;
      if (config.slider && slider) {
        if (!moved) {
          verdict.textContent = text.moveFirst ?? '';
          return;
        }
        const value = Number(slider.value);
        chosen = `${slider.value}${config.unit}`;
        right = Math.abs(value - config.answer) <= config.tolerance + 1e-9;
      } else {
        const picked = inputs.find((input) => input.checked);
        if (!picked) {
          verdict.textContent = text.chooseFirst ?? '';
          return;
        }
        chosen = picked.closest('label')?.textContent?.trim() ?? picked.value;
        right = Number(picked.value) === config.answer;
      }
      recordProgress('predictions', lesson, id);
      finish(fill((right ? text.matched : text.missed) ?? '', { answer: chosen }));
      reason.querySelector('summary')?.focus();
    });
  }
}

if (!customElements.get('predict-question')) customElements.define('predict-question', PredictElement);
