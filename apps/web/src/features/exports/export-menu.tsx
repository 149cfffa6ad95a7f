import { useRef } from "react";
import { EXPORT_CHOICES, type ExportTarget, exportUrl } from "./export-urls.ts";

/** Props of ExportMenu. */
export interface ExportMenuProps {
  target: ExportTarget;
}

/**
 * "Export" as a disclosure of download links: CSV, JSON, GeoJSON and the printable brief of exactly
 * this view (or snapshot). A native <details>, so it works by keyboard and needs no menu script.
 */
export function ExportMenu({ target }: ExportMenuProps) {
  const menuRef = useRef<HTMLDetailsElement>(null);
  return (
    <details className="export-menu" ref={menuRef}>
      <summary className="button">Export</summary>
      <ul className="export-menu__list">
        {EXPORT_CHOICES.map((choice) => {
          const isBrief = choice.format === "brief";
          return (
            <li key={`${choice.format}-${choice.table ?? ""}`}>
              <a
                href={exportUrl(target, choice)}
                data-export={choice.table ? `${choice.format}-${choice.table}` : choice.format}
                // The brief is a page to read and print; the rest are files with the server's names.
                {...(isBrief ? { target: "_blank", rel: "noopener" } : { download: "" })}
                onClick={() => menuRef.current?.removeAttribute("open")}
              >
                <span>{choice.label}</span>
                <span className="export-menu__hint">{choice.hint}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
