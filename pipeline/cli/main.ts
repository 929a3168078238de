#!/usr/bin/env node
/** Entry point of `npm run kg`. */
import { runCli } from "./program.js";

runCli(process.argv).then((code) => process.exit(code));
