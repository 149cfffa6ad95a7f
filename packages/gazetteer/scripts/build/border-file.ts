import { createRequire } from "node:module";
import { encodeArc } from "../../src/arc-codec.ts";
import type { BorderFile, Topology } from "../../src/border-topology.ts";

const require = createRequire(import.meta.url);

interface AtlasGeometry {
  id?: string;
  type: string;
  arcs: unknown;
  properties?: { name?: string };
}

interface Atlas {
  transform: BorderFile["transform"];
  arcs: number[][][];
  objects: { countries: { geometries: AtlasGeometry[] } };
}

/** world-atlas's Natural Earth 1:50m countries topology, as published. */
export function loadAtlas(): Topology {
  return require("world-atlas/countries-50m.json") as Topology;
}

/**
 * The compact border file: the countries object only (the land object is not needed), each arc
 * as an encoded string. Arc indices are unchanged, so geometries keep pointing at the right arcs.
 */
export function borderFileFromAtlas(topology: Topology): BorderFile {
  const atlas = topology as unknown as Atlas;
  return {
    transform: atlas.transform,
    arcs: atlas.arcs.map(encodeArc),
    geometries: atlas.objects.countries.geometries.map((g) => [
      g.id ?? null,
      g.properties?.name ?? "",
      g.type,
      g.arcs,
    ]),
  };
}
