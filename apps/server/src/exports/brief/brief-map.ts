import type { CountrySituation } from "@vigil/db";
import type { BorderCollection, Country } from "@vigil/gazetteer";
import { splitAntimeridian } from "../split-antimeridian.ts";
import { HATCH_ID, LEVEL_LABELS, levelFill } from "./level-colors.ts";
import { html, SafeHtml } from "./safe-html.ts";

/** What the brief's map draws. */
export interface BriefMapOptions {
  borders: BorderCollection;
  countries: readonly Pick<Country, "iso2" | "name" | "latlng">[];
  /** The view's situations: coloured by level; other countries are drawn as plain ground. */
  situations: readonly CountrySituation[];
  /** Frames the map on these situations' countries instead of the world. */
  isFramedOnSituations: boolean;
  /** The open country, outlined. */
  highlightIso2: string | null;
}

const WIDTH = 1000;
// The inhabited world: Antarctica and the far Arctic take space a brief needs for the ranking.
const WORLD = { west: -180, east: 180, south: -58, north: 84 };

/**
 * The choropleth as inline SVG in a plain equirectangular projection: no tiles, no script, so it prints
 * and survives "Save as PDF". Coordinates are rounded to whole units and repeats dropped, which keeps
 * a world map to a few hundred kilobytes.
 */
export function briefMapSvg(options: BriefMapOptions): SafeHtml {
  const byIso2 = new Map(options.situations.map((situation) => [situation.iso2, situation]));
  // The world is drawn inside ±180° (pieces past the antimeridian split off and moved); a region
  // keeps its rings continuous, so Russia's far east stays beside the rest of Russia.
  const isFramed = options.isFramedOnSituations;
  const shapes = options.borders.features.map((feature) => {
    const polygons =
      feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    return {
      iso2: feature.properties.iso2,
      name: feature.properties.name,
      polygons: isFramed ? polygons : splitAntimeridian(polygons),
    };
  });
  const frame = isFramed ? frameOf(shapes.filter((shape) => byIso2.has(shape.iso2))) : WORLD;
  const scale = WIDTH / (frame.east - frame.west);
  const height = Math.round((frame.north - frame.south) * scale);
  // A unit is a fifth of a millimetre across an A4 page: finer detail only adds bytes.
  const project = ([lon = 0, lat = 0]: number[]) =>
    [Math.round((lon - frame.west) * scale), Math.round((frame.north - lat) * scale)] as const;
  const drawn = shapes.map((shape) => ({ ...shape, data: pathData(shape.polygons, project) }));
  const paths = drawn
    .filter((shape) => shape.data !== "")
    .map((shape) => {
      const situation = byIso2.get(shape.iso2);
      const fill = situation ? levelFill(situation.level) : "#f1f2f4";
      const label = situation
        ? `${situation.name}: ${LEVEL_LABELS[situation.level]}, score ${Math.round(situation.score)}`
        : shape.name;
      const stroke = shape.iso2 === options.highlightIso2 ? ' stroke="#111" stroke-width="2"' : "";
      return html`<path class="country country-${shape.iso2}" fill="${fill}" d="${shape.data}"${new SafeHtml(stroke)}><title>${label}</title></path>`;
    });
  // Countries without a shape, or too small to survive the rounding, are drawn as a dot at `latlng`.
  const shaped = new Set(drawn.filter((shape) => shape.data !== "").map((shape) => shape.iso2));
  const markers = options.countries.flatMap((country) => {
    const situation = byIso2.get(country.iso2);
    if (shaped.has(country.iso2) || !situation) return [];
    const [x, y] = project([country.latlng[1], country.latlng[0]]);
    return [
      html`<circle class="country country-${country.iso2}" cx="${x}" cy="${y}" r="3.5" fill="${levelFill(situation.level)}" stroke="#3d4451" stroke-width="0.8"><title>${situation.name}: ${LEVEL_LABELS[situation.level]}</title></circle>`,
    ];
  });
  return html`<svg class="brief-map" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="Risk map of the view" xmlns="http://www.w3.org/2000/svg">
<defs><pattern id="${HATCH_ID}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#eceef1"/><line x1="0" y1="0" x2="0" y2="6" stroke="#a3aab5" stroke-width="2"/></pattern></defs>
<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>
<g stroke="#ffffff" stroke-width="0.5" stroke-linejoin="round">${paths}</g>${markers}</svg>`;
}

function pathData(
  polygons: readonly number[][][][],
  project: (position: number[]) => readonly [number, number],
): string {
  let data = "";
  for (const rings of polygons) {
    for (const ring of rings) {
      let previous = "";
      let points = 0;
      let ringData = "";
      for (const position of ring) {
        const [x, y] = project(position);
        const point = `${x} ${y}`;
        if (point === previous) continue;
        ringData += points === 0 ? `M${point}` : ` ${point}`;
        previous = point;
        points++;
      }
      if (points >= 3) data += `${ringData}Z`;
    }
  }
  return data;
}

function frameOf(shapes: readonly { polygons: number[][][][] }[]) {
  let [west, east, south, north] = [Infinity, -Infinity, Infinity, -Infinity];
  // A loop, not Math.min(...): a large country's outline has more points than a call takes arguments.
  for (const shape of shapes) {
    for (const rings of shape.polygons) {
      for (const [lon = 0, lat = 0] of rings[0] ?? []) {
        west = Math.min(west, lon);
        east = Math.max(east, lon);
        south = Math.min(south, lat);
        north = Math.max(north, lat);
      }
    }
  }
  if (west === Infinity) return WORLD;
  const padLon = (east - west) * 0.04 + 1;
  const padLat = (north - south) * 0.04 + 1;
  return {
    west: Math.max(WORLD.west - 20, west - padLon),
    east: Math.min(WORLD.east + 20, east + padLon),
    south: Math.max(WORLD.south, south - padLat),
    north: Math.min(WORLD.north, north + padLat),
  };
}
