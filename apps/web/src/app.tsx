import "./features/account/account.css";
import { lazy, Suspense } from "react";
import { ChangePasswordPage } from "./features/account/change-password-page.tsx";
import { SignInPage } from "./features/account/sign-in-page.tsx";
import { capabilitiesOf, useSession } from "./features/account/use-session.ts";
import { DashboardPage } from "./features/dashboard/dashboard-page.tsx";
import { AppHeader } from "./features/shell/app-header.tsx";
import { useLocation } from "./lib/use-location.ts";
import { AppLink } from "./ui/app-link.tsx";
import { EmptyState, ErrorState, LoadingState } from "./ui/states.tsx";

// The feeds page is not on the first screen: its code loads when someone goes there.
const FeedsPage = lazy(() => import("./features/feeds/feeds-page.tsx"));
// A saved snapshot's stable link: the frozen view, read-only.
const SnapshotPage = lazy(() => import("./features/snapshots/snapshot-page.tsx"));
const SNAPSHOT_PATH = /^\/snapshots\/([a-z0-9]{8,32})$/;
// Reporting and review: their own chunks, loaded by the roles that use them.
const AlertsPage = lazy(() => import("./features/alerts/alerts-page.tsx"));
const ReviewPage = lazy(() => import("./features/review/review-page.tsx"));

/**
 * The app: header, then the page the URL names ("/" the dashboard, "/feeds" the feed registry,
 * "/alerts" reporting, "/review" the review queue), once someone is signed in. Members open on their
 * reports: the map and evidence are for analysts, coordinators and admins.
 */
export function App() {
  const { pathname } = useLocation();
  const session = useSession();
  const snapshotId = SNAPSHOT_PATH.exec(pathname)?.[1];
  const user = session.data?.user ?? null;
  if (!session.data) {
    return session.isError ? (
      <ErrorState
        title="Vigil could not be reached"
        error={session.error}
        onRetry={() => session.refetch()}
      />
    ) : (
      <LoadingState label="Checking your sign-in…" />
    );
  }
  if (!user || user.mustChangePassword) {
    return (
      <>
        <AppHeader pathname={pathname} user={null} />
        <main className="app-main">
          {user ? <ChangePasswordPage user={user} /> : <SignInPage problem={session.data.problem} />}
        </main>
      </>
    );
  }
  const can = capabilitiesOf(user);
  const isHome = pathname === "/" || pathname === "/index.html";
  const page =
    pathname === "/alerts" || (isHome && !can.isReader) ? (
      can.canReport ? (
        <Suspense fallback={<LoadingState label="Loading the report form…" />}>
          <AlertsPage />
        </Suspense>
      ) : (
        <EmptyState title="Reporting needs an organisation">
          <p>Ask an admin to add you to your organisation.</p>
        </EmptyState>
      )
    ) : pathname === "/review" && can.isReviewer ? (
      <Suspense fallback={<LoadingState label="Loading the review queue…" />}>
        <ReviewPage />
      </Suspense>
    ) : !can.isReader ? (
      <EmptyState title="This page is for analysts, coordinators and admins">
        <p>
          Go to <AppLink href="/alerts">your reports</AppLink>.
        </p>
      </EmptyState>
    ) : isHome ? (
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
      <AppHeader pathname={pathname} user={user} />
      <main className="app-main">{page}</main>
    </>
  );
}
