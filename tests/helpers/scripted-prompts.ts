import { type Prompts, PromptCancelled } from "../../lib/authoring/prompt-flow.ts";

/** Press Enter on a question: accept what is filled in (or nothing). */
export const ENTER = Symbol("enter");
/** Press Ctrl-C. */
export const CTRL_C = Symbol("ctrl-c");

export type ScriptedAnswer = string | number[] | boolean | typeof ENTER | typeof CTRL_C;

export interface ScriptedPrompts extends Prompts {
  /** The questions asked, in order, once per answer given. */
  asked: string[];
  /** The explanations given for answers the questions' checks refused. */
  refused: string[];
  warnings: string[];
  /** Answers not used when the flow ended. */
  remaining(): number;
}

/**
 * Prompts that answer from a script, as a person would type: a refused text
 * answer is explained and the question asked again with the next answer.
 */
export function scriptedPrompts(script: readonly ScriptedAnswer[]): ScriptedPrompts {
  const queue = [...script];
  const next = (message: string): ScriptedAnswer => {
    const answer = queue.shift();
    if (answer === undefined) throw new Error(`The script has no answer for "${message}"`);
    if (answer === CTRL_C) throw new PromptCancelled();
    prompts.asked.push(message);
    return answer;
  };
  const prompts: ScriptedPrompts = {
    asked: [],
    refused: [],
    warnings: [],
    remaining: () => queue.length,
    async text({ message, initialValue, validate }) {
      for (;;) {
        const answer = next(message);
        const value = answer === ENTER ? (initialValue ?? "") : answer;
        if (typeof value !== "string") throw new Error(`"${message}" wants text, the script gives ${String(value)}`);
        const problem = validate(value);
        if (problem === undefined) return value;
        prompts.refused.push(problem);
      }
    },
    async multiselect({ message, options }) {
      const answer = next(message);
      if (answer === ENTER) return [];
      if (!Array.isArray(answer) || !answer.every((value) => options.some((option) => option.value === value))) {
        throw new Error(`"${message}" offers no such choice: ${String(answer)}`);
      }
      return answer;
    },
    async confirm({ message, initialValue }) {
      const answer = next(message);
      if (answer === ENTER) return initialValue;
      if (typeof answer !== "boolean") throw new Error(`"${message}" wants yes or no`);
      return answer;
    },
    warn(message) {
      prompts.warnings.push(message);
    },
  };
  return prompts;
}
