// Compiles the built-in rule pack (rules/) into src/engine/builtin-pack.generated.ts, failing on
// any invalid rule. Run by scripts/bundle.mjs before esbuild; by hand: npx tsx scripts/compile-rules.ts
import path from "node:path";
import { writeBuiltinPack } from "../src/engine/compile-pack.js";

const file = await writeBuiltinPack();
console.log(`compiled the built-in rule pack into ${path.relative(process.cwd(), file)}`);
