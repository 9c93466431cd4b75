/**
 * Types for the compiler build inside @ts-morph/common (`dist/typescript.js`, CommonJS whose
 * `module.exports` is the `ts` namespace). The package declares it only through its main entry
 * (`lib/ts-morph-common.d.ts` re-exports `ts` from `lib/typescript.d.ts`).
 */
declare module "@ts-morph/common/dist/typescript.js" {
  import type { ts } from "@ts-morph/common";
  const compiler: typeof ts;
  export default compiler;
}
