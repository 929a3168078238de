// Builds the explorer into web/dist. One classic-script-compatible bundle
// (IIFE, no code splitting) with relative paths, so the same files run from
// the API server and, via `export-site`, straight from file://.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "./",
  build: {
    outDir: fileURLToPath(new URL("./dist", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    modulePreload: false,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      output: { format: "iife" },
    },
  },
});
