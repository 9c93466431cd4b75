#!/usr/bin/env node
// Thin launcher so `npm install <git url>` and `npx driftless` find the compiled CLI.
import { main } from "../dist/cli/main.js";

process.exitCode = await main(process.argv.slice(2));
