// Loaded with `node --import`: registers a resolve hook that reports every import of ts-morph on stderr.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(
      'export async function resolve(specifier, context, next) { if (specifier.includes("ts-morph")) process.stderr.write("LOADED " + specifier + "\\n"); return next(specifier, context); }',
    ),
  import.meta.url,
);
