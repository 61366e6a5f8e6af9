import * as clack from "@clack/prompts";
import { PromptCancelled, type Prompts } from "./prompt-flow.ts";

function answered<Value>(value: Value): Exclude<Value, symbol> {
  if (clack.isCancel(value)) throw new PromptCancelled();
  return value as Exclude<Value, symbol>;
}

/** The flow's prompts in a terminal, with @clack/prompts; Ctrl-C or Escape cancels. */
export const clackPrompts: Prompts = {
  async text({ message, placeholder, initialValue, validate }) {
    return answered(
      await clack.text({
        message,
        ...(placeholder === undefined ? {} : { placeholder }),
        ...(initialValue === undefined ? {} : { initialValue }),
        validate: (value) => validate(value ?? ""),
      }),
    );
  },
  async multiselect({ message, options }) {
    return answered(await clack.multiselect<number>({ message, options: [...options], required: false, showInstructions: false }));
  },
  async confirm({ message, initialValue }) {
    return answered(await clack.confirm({ message, initialValue, active: "Ja", inactive: "Nej" }));
  },
  warn(message) {
    clack.log.warn(message);
  },
};
