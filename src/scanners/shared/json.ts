/** Helpers for JSON input shared by the scanners that read JSON (`.tf.json`, CloudFormation JSON). */
export { jsonDepth, jsonErrorMessage } from "../../model/json-input.js";
