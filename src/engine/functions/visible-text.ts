import { isUnknown, type Value } from "../../model/value.js";
import type { RuleFunction } from "./index.js";

/**
 * The statically visible text of a value through every layer of decoding. `|text` reads one
 * layer (a template's or an encoding's own text); a Pulumi `.apply` callback that returns a
 * template is two (`repo.repositoryUrl.apply((url) => \`${url}:latest\`)` is an Unknown whose
 * `decoded` is the template's Unknown, whose `decoded` is `${url}:latest`).
 */

type Arg = Value | undefined;

const MAX_DEPTH = 16;

/** The string at the end of the `decoded` chain, or the value itself when there is none. */
export function visibleText(value: Arg): Arg {
  let current: Arg = value;
  for (let depth = 0; depth < MAX_DEPTH && current !== undefined && isUnknown(current); depth++) current = current.decoded;
  return typeof current === "string" ? current : value;
}

export const VISIBLE_TEXT_FUNCTIONS: Record<string, RuleFunction> = {
  visibleText: {
    description:
      "The statically visible text of a value: a string as it is, or the text at the end of an Unknown's `decoded` chain through any number of layers (a Pulumi `.apply` callback returning a template); the value itself when no text is visible.",
    params: ["value"],
    seesUnknown: true,
    run: (value) => visibleText(value),
  },
};
