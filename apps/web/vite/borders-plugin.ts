import { type Plugin, runnerImport } from "vite";
import { packBorders } from "../src/features/map/border-codec.ts";

/** The module the dashboard imports for its borders. */
export const BORDERS_MODULE_ID = "virtual:vigil-borders";
const RESOLVED_ID = `\0${BORDERS_MODULE_ID}`;

/**
 * Serves `virtual:vigil-borders`: the gazetteer's borders (Natural Earth 1:50m via world-atlas), built
 * once in Node and packed (see border-codec.ts), so the page unpacks them in milliseconds instead of
 * rebuilding GeoJSON from TopoJSON. Imported dynamically, it is a chunk of its own.
 */
export function bordersPlugin(): Plugin {
  let source: string | undefined;
  return {
    name: "vigil:borders",
    resolveId(id) {
      return id === BORDERS_MODULE_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      if (source === undefined) {
        // The gazetteer ships TypeScript sources; Vite's module runner loads them where Node alone can't.
        const { module } = await runnerImport<typeof import("@vigil/gazetteer/borders")>(
          "@vigil/gazetteer/borders",
          {
            configFile: false,
            logLevel: "warn",
          },
        );
        // JSON.parse of a string literal is the fastest way for an engine to read a large literal.
        source = `export default JSON.parse(${JSON.stringify(JSON.stringify(packBorders(module.loadBorders())))});\n`;
      }
      return source;
    },
  };
}

/** Whether an output chunk holds the packed borders (for preloading it). */
export function isBordersChunk(moduleIds: readonly string[]): boolean {
  return moduleIds.includes(RESOLVED_ID);
}
