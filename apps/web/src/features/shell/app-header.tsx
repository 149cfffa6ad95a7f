import { useQuery } from "@tanstack/react-query";
import { REFRESH_INTERVAL_MS } from "../../lib/query-client.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { AccountMenu } from "../account/account-menu.tsx";
import { capabilitiesOf, type SessionUser } from "../account/use-session.ts";
import { summarizeFeeds } from "../feeds/feed-health-text.ts";

/** The bar on every page: name, navigation for the user's role, feed health, and the account. */
export function AppHeader({ pathname, user }: { pathname: string; user: SessionUser | null }) {
  const isFeeds = pathname.startsWith("/feeds");
  const can = user ? capabilitiesOf(user) : null;
  const current = (path: string) => (pathname === path ? "page" : undefined);
  return (
    <header className="app-header">
      <AppLink href="/" className="brand">
        <span className="brand__mark" aria-hidden="true" />
        <span className="brand__name">Vigil</span>
        <span className="brand__tagline">Early warning for atrocity prevention</span>
      </AppLink>
      {can ? (
        <nav aria-label="Main">
          {can.isReader ? (
            <>
              <AppLink href="/" className="nav-link" aria-current={current("/")}>
                Risk map
              </AppLink>
              <AppLink href="/feeds" className="nav-link" aria-current={isFeeds ? "page" : undefined}>
                Feeds
              </AppLink>
            </>
          ) : null}
          {can.canReport ? (
            <AppLink href="/alerts" className="nav-link" aria-current={current("/alerts")}>
              Report an alert
            </AppLink>
          ) : null}
          {can.isReviewer ? (
            <AppLink href="/review" className="nav-link" aria-current={current("/review")}>
              Review
            </AppLink>
          ) : null}
        </nav>
      ) : null}
      {can?.isReader ? <FeedHealthSummary /> : <span className="feed-summary" />}
      {user ? <AccountMenu user={user} /> : null}
    </header>
  );
}

function FeedHealthSummary() {
  const trpc = useTRPC();
  const health = useQuery(trpc.feed.health.queryOptions(undefined, { refetchInterval: REFRESH_INTERVAL_MS }));
  if (!health.data) return <span className="feed-summary" />;
  const summary = summarizeFeeds(health.data);
  return (
    <AppLink href="/feeds" className={`feed-summary${summary.needsAttention ? " feed-summary--warn" : ""}`}>
      <span className="feed-summary__dot" aria-hidden="true" />
      {summary.text}
    </AppLink>
  );
}
