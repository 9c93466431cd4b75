/**
 * Terraform's pure built-in functions over driftless model values, with Terraform's
 * semantics (https://developer.hashicorp.com/terraform/language/functions). Called by the
 * expression evaluator with already-evaluated arguments.
 *
 * Unknowns: a function whose result depends on an unknown argument returns an Unknown (the
 * argument itself, or `unknown("f(…)", { reason })`); partial knowledge is kept where
 * Terraform keeps it (length of a list with unknown elements, keys of a map with unknown
 * values, concat/merge/slice/element/lookup moving unknown elements around). Encodings of
 * known payloads are Unknowns with `decoded` (see functions/encoding.ts).
 *
 * Not here: functions that need context (file, templatefile, filebase64, fileexists,
 * templatestring, try, can) and the non-deterministic ones (timestamp, uuid, bcrypt).
 */
import { CIDR_FUNCTIONS } from "./functions/cidr.js";
import { COLLECTION_FUNCTIONS } from "./functions/collections.js";
import { CONVERSION_FUNCTIONS } from "./functions/conversion.js";
import type { TerraformFunction } from "./functions/core.js";
import { ENCODING_FUNCTIONS } from "./functions/encoding.js";
import { FORMAT_FUNCTIONS } from "./functions/format.js";
import { NUMBER_FUNCTIONS } from "./functions/numbers.js";
import { REGEX_FUNCTIONS } from "./functions/regex.js";
import { SET_FUNCTIONS } from "./functions/sets.js";
import { STRING_FUNCTIONS } from "./functions/strings.js";

export { containsUnknown, EvalError, LimitError, MAX_COLLECTION_LENGTH, MAX_STRING_LENGTH, rejection, tooLarge, toTerraformString } from "./functions/core.js";
export type { TerraformFunction } from "./functions/core.js";

/** Terraform built-ins by name. Functions that need context (file, templatefile, filebase64, fileexists, templatestring, try, can, and the non-deterministic ones) are NOT here. */
export const TERRAFORM_FUNCTIONS: Readonly<Record<string, TerraformFunction>> = Object.freeze(
  Object.assign(
    Object.create(null) as Record<string, TerraformFunction>,
    Object.fromEntries([
      ...STRING_FUNCTIONS,
      ...FORMAT_FUNCTIONS,
      ...REGEX_FUNCTIONS,
      ...COLLECTION_FUNCTIONS,
      ...SET_FUNCTIONS,
      ...NUMBER_FUNCTIONS,
      ...CONVERSION_FUNCTIONS,
      ...ENCODING_FUNCTIONS,
      ...CIDR_FUNCTIONS,
    ]),
  ),
);
