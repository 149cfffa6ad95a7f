import { lazy, Suspense } from "react";
import { DashboardPage } from "./features/dashboard/dashboard-page.tsx";
import { AppHeader } from "./features/shell/app-header.tsx";
import { useLocation } from "./lib/use-location.ts";
import { AppLink } from "./ui/app-link.tsx";
import { EmptyState, LoadingState } from "./ui/states.tsx";

// The feeds page is not on the first screen: its code loads when someone goes there.
const FeedsPage = lazy(() => import("./features/feeds/feeds-page.tsx"));
// A saved snapshot's stable link: the frozen view, read-only.
const SnapshotPage = lazy(() => import("./features/snapshots/snapshot-page.tsx"));
const SNAPSHOT_PATH = /^\/snapshots\/([a-z0-9]{8,32})$/;

/** The app: header, then the page the URL names ("/" the dashboard, "/feeds" the feed registry). */
export function App() {
  const { pathname } = useLocation();
  const snapshotId = SNAPSHOT_PATH.exec(pathname)?.[1];
  const page =
    pathname === "/" || pathname === "/index.html" ? (
      <DashboardPage />
    ) : pathname === "/feeds" ? (
      <Suspense fallback={<LoadingState label="Loading the feeds page…" />}>
        <FeedsPage />
      </Suspense>
    ) : snapshotId ? (
      <Suspense fallback={<LoadingState label="Opening the snapshot…" />}>
        <SnapshotPage key={snapshotId} id={snapshotId} />
      </Suspense>
    ) : (
      <EmptyState title={`No page at ${pathname}`}>
        <p>
          Go to the <AppLink href="/">risk map</AppLink> or the <AppLink href="/feeds">feeds</AppLink>.
        </p>
      </EmptyState>
    );
  return (
    <>
      {pathname === "/" ? (
        <a className="skip-link" href="#ranking">
          Skip to the country ranking
        </a>
      ) : null}
      <AppHeader pathname={pathname} />
      <main className="app-main">{page}</main>
    </>
  );
}
