/**
 * The TypeScript compiler API (`ts`) that ts-morph ships: the build in its package
 * @ts-morph/common (`dist/typescript.js`, the module ts-morph itself requires as its `ts`).
 * The Pulumi scanner only parses (`createSourceFile`, no program, no type checker), so it loads
 * that compiler alone and not ts-morph's own wrapper layer (about 4 MB more to read and compile:
 * a one-file Pulumi scan took about 150 ms longer). test/scanners/pulumi/compiler.test.ts checks
 * that this is the very compiler ts-morph exports.
 *
 * A module of our own so that load.ts imports it lazily with `ts` as a named export: the bundle
 * inlines the compiler (CommonJS) into a chunk that loads only for Pulumi TypeScript.
 */
import ts from "@ts-morph/common/dist/typescript.js";

export { ts };
