import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** The dashboard: `pnpm --filter @vigil/web dev` proxies the API to a server on :8080; `build` writes dist/ for it to serve. */
export default defineConfig({
  plugins: [react()],
  server: { proxy: { "/trpc": "http://127.0.0.1:8080", "/healthz": "http://127.0.0.1:8080" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The borders chunk is big by nature (Natural Earth 1:50m) and loads after the first paint.
    chunkSizeWarningLimit: 1500,
  },
});
