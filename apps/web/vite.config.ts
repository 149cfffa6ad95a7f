import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { bordersPlugin, isBordersChunk } from "./vite/borders-plugin.ts";
import { preloadMapChunks } from "./vite/preload-map-chunks.ts";

/** The dashboard: `pnpm --filter @vigil/web dev` proxies the API to a server on :8080; `build` writes dist/ for it to serve. */
export default defineConfig({
  plugins: [react(), bordersPlugin(), preloadMapChunks()],
  server: { proxy: { "/trpc": "http://127.0.0.1:8080", "/healthz": "http://127.0.0.1:8080" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The borders chunk is big by nature (Natural Earth 1:50m) and loads beside the first paint.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // The packed borders come from a virtual module; give their chunk a readable name.
        chunkFileNames: (chunk) =>
          isBordersChunk(chunk.moduleIds) ? "assets/borders-[hash].js" : "assets/[name]-[hash].js",
      },
    },
  },
});
