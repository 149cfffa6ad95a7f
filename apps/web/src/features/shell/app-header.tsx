import { useQuery } from "@tanstack/react-query";
import { REFRESH_INTERVAL_MS } from "../../lib/query-client.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { summarizeFeeds } from "../feeds/feed-health-text.ts";

/** The bar on every page: name, navigation and a one-line feed health summary. */
export function AppHeader({ pathname }: { pathname: string }) {
  const isFeeds = pathname.startsWith("/feeds");
  return (
    <header className="app-header">
      <AppLink href="/" className="brand">
        <span className="brand__mark" aria-hidden="true" />
        <span className="brand__name">Vigil</span>
        <span className="brand__tagline">Early warning for atrocity prevention</span>
      </AppLink>
      <nav aria-label="Main">
        <AppLink href="/" className="nav-link" aria-current={isFeeds ? undefined : "page"}>
          Risk map
        </AppLink>
        <AppLink href="/feeds" className="nav-link" aria-current={isFeeds ? "page" : undefined}>
          Feeds
        </AppLink>
      </nav>
      <FeedHealthSummary />
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
