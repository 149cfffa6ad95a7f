import { NOT_MONITORED_COLORS, NOT_MONITORED_PATTERN_ID } from "./risk-scale.ts";

/** Defines the not-monitored hatch once; map paths fill with `url(#vigil-not-monitored)`. */
export function HatchPattern() {
  return (
    <svg aria-hidden="true" width="0" height="0" style={{ position: "absolute" }}>
      <defs>
        <pattern
          id={NOT_MONITORED_PATTERN_ID}
          patternUnits="userSpaceOnUse"
          width="6"
          height="6"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill={NOT_MONITORED_COLORS.ground} />
          <line x1="0" y1="0" x2="0" y2="6" stroke={NOT_MONITORED_COLORS.stripe} strokeWidth="1.5" />
        </pattern>
      </defs>
    </svg>
  );
}
