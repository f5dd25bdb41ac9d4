/**
 * Build-time check of a live task against its cell's module: the metric,
 * every `when` setting and its value must exist in src/cells/<kind>.ts, so a
 * misspelt name fails the build with the lesson file and the name rather
 * than leaving a task no run can complete. No tfjs.
 */
import { findCellDefinition, cellDefinitions } from '../../src/cells/index';
import { allParams, checkValue } from '../../src/cells/params';
import { english } from '../../src/i18n/sentence';
import type { TaskCondition } from './taskCondition';

/** Problems with a task's condition, in English for the lesson's author; empty when it can be checked. */
export function taskProblems(kind: string, condition: TaskCondition): string[] {
  const def = findCellDefinition(kind);
  if (!def) return [`unknown cell kind "${kind}" (known: ${Object.keys(cellDefinitions).join(', ')})`];
  const problems: string[] = [];
  if (!def.metrics.some((m) => m.key === condition.metric)) {
    problems.push(`unknown metric "${condition.metric}" for kind ${kind} (known: ${def.metrics.map((m) => m.key).join(', ')})`);
  }
  if (condition.below === undefined && condition.above === undefined) problems.push('needs below or above');
  if (condition.forSteps !== undefined && !(Number.isInteger(condition.forSteps) && condition.forSteps >= 0)) {
    problems.push(`forSteps must be a whole number of steps, not ${condition.forSteps}`);
  }
  const params = allParams(def);
  for (const [key, value] of Object.entries(condition.when ?? {})) {
    const spec = params.find((p) => p.key === key);
    if (!spec) {
      problems.push(`unknown setting "${key}" for kind ${kind} (known: ${params.map((p) => p.key).join(', ')})`);
      continue;
    }
    const checked = checkValue(spec, value);
    if (!checked.ok) problems.push(`setting "${key}": ${english(checked.message)}`);
    // The tracker compares exactly, so the value must already have the setting's type (0.3, not "0.3").
    else if (checked.value !== value) problems.push(`setting "${key}": write ${JSON.stringify(checked.value)}, not ${JSON.stringify(value)}`);
  }
  return problems;
}
