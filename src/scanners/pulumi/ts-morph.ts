/**
 * ts-morph's TypeScript compiler API (`ts`), re-exported from a module of our own so that
 * load.ts imports it lazily with `ts` as a named export. The bundle inlines ts-morph (CommonJS);
 * a dynamic `import("ts-morph")` of a split chunk would give only its `default`, while a static
 * re-export here gets the named binding. The chunk built from this file holds ts-morph,
 * @ts-morph/common and the compiler it embeds, and loads only for Pulumi TypeScript.
 */
export { ts } from "ts-morph";
