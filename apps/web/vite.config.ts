import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

/** Lazy chunks the first screen always needs: fetched and compiled while the main bundle runs. */
const EARLY_CHUNKS = ["load-borders", "risk-map"];

/**
 * Adds `<link rel="modulepreload">` for the map's lazy chunks. They stay out of the initial JS (they
 * neither block the first paint nor run early), but their download no longer waits for the app to start.
 */
function preloadMapChunks(): Plugin {
  return {
    name: "vigil:preload-map-chunks",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, context) {
        const chunks = Object.values(context.bundle ?? {}).filter(
          (output) => output.type === "chunk" && !output.isEntry && EARLY_CHUNKS.includes(output.name),
        );
        return chunks.map((chunk) => ({
          tag: "link",
          attrs: { rel: "modulepreload", crossorigin: true, href: `/${chunk.fileName}` },
          injectTo: "head",
        }));
      },
    },
  };
}

/** The dashboard: `pnpm --filter @vigil/web dev` proxies the API to a server on :8080; `build` writes dist/ for it to serve. */
export default defineConfig({
  plugins: [react(), preloadMapChunks()],
  server: { proxy: { "/trpc": "http://127.0.0.1:8080", "/healthz": "http://127.0.0.1:8080" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The borders chunk is big by nature (Natural Earth 1:50m) and loads beside the first paint.
    chunkSizeWarningLimit: 1500,
  },
});
