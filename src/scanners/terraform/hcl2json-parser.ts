/**
 * The bundle's entry for HashiCorp's parser (dist/cli/hcl2json-parser.js): @cdktf/hcl2json with
 * its Go bridge bundled in, loading `main.wasm.gz` from dist/ (scripts/bundle.mjs copies it
 * there). Only hcl2json.ts's worker thread imports it, by path, so the CLI never loads the WASM
 * on its own thread and a cold start never reads this module.
 */
export { parse } from "@cdktf/hcl2json";
