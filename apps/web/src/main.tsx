import "./styles.css";
import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.tsx";
import { preloadMap } from "./features/map/preload-map.ts";
import { createQueryClient } from "./lib/query-client.ts";
import { createApiClient, TRPCProvider } from "./lib/trpc.ts";

// The map is the first screen's slowest part: fetch its chunks while React starts.
if (window.location.pathname === "/") preloadMap();

const queryClient = createQueryClient();
const trpcClient = createApiClient();
const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <App />
      </TRPCProvider>
    </QueryClientProvider>
  </StrictMode>,
);
