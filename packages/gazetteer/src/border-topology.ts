import type { merge } from "topojson-client";
import { decodeArc } from "./arc-codec.ts";

/** A TopoJSON topology as topojson-client types it. */
export type Topology = Parameters<typeof merge>[0];

/** One geometry row of data/borders.json: ISO numeric id (or null), Natural Earth name, type, arcs. */
export type BorderGeometryRow = [id: string | null, name: string, type: string, arcs: unknown];

/** The shape of data/borders.json. */
export interface BorderFile {
  transform: { scale: [number, number]; translate: [number, number] };
  arcs: string[];
  geometries: BorderGeometryRow[];
}

/** Rebuilds a topology (one `countries` object) from the compact border file. */
export function topologyFromBorderFile(file: BorderFile): Topology {
  const geometries = file.geometries.map(([id, name, type, arcs]) => ({
    type,
    arcs,
    properties: { name },
    ...(id === null ? {} : { id }),
  }));
  const topology = {
    type: "Topology",
    transform: file.transform,
    arcs: file.arcs.map(decodeArc),
    objects: { countries: { type: "GeometryCollection", geometries } },
  };
  return topology as unknown as Topology;
}
