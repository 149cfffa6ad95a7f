import type { Plugin } from "vite";
import { isBordersChunk } from "./borders-plugin.ts";

/**
 * Adds `<link rel="modulepreload">` for the map's two lazy chunks (Leaflet and the borders). They stay
 * out of the initial JS (they neither block the first paint nor run early), but their download no
 * longer waits for the app to start and ask for them.
 */
export function preloadMapChunks(): Plugin {
  return {
    name: "vigil:preload-map-chunks",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, context) {
        const chunks = Object.values(context.bundle ?? {}).flatMap((output) =>
          output.type === "chunk" &&
          !output.isEntry &&
          (output.name === "risk-map" || isBordersChunk(output.moduleIds))
            ? [output]
            : [],
        );
        return chunks.map((chunk) => ({
          tag: "link",
          // Marked so the benchmark can tell these lazy chunks from the entry's static imports.
          attrs: {
            rel: "modulepreload",
            crossorigin: true,
            href: `/${chunk.fileName}`,
            "data-lazy-chunk": isBordersChunk(chunk.moduleIds) ? "borders" : chunk.name,
          },
          injectTo: "head",
        }));
      },
    },
  };
}
