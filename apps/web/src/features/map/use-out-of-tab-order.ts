import type { Layer, Path } from "leaflet";
import { type RefObject, useEffect } from "react";

function elementsOf(layer: Layer): Element[] {
  const group = layer as Layer & { eachLayer?: (visit: (child: Layer) => void) => void };
  if (group.eachLayer) {
    const elements: Element[] = [];
    group.eachLayer((child) => elements.push(...elementsOf(child)));
    return elements;
  }
  const element = (layer as Path).getElement?.();
  return element ? [element] : [];
}

/**
 * Takes a layer's paths out of the Tab order. Chromium makes any SVG element with a focus listener
 * focusable, and Leaflet's tooltips add one to every country: 250 stops before the ranking table,
 * which is the map's keyboard alternative. The map itself stays one stop (arrows pan, +/- zoom).
 */
export function useOutOfTabOrder(layerRef: RefObject<Layer | null>): void {
  useEffect(
    function keepPathsOutOfTabOrder() {
      const layer = layerRef.current;
      if (!layer) return;
      for (const element of elementsOf(layer)) element.setAttribute("tabindex", "-1");
    },
    // Once: react-leaflet creates a layer's paths when it mounts and keeps them (data applies once).
    [layerRef],
  );
}
