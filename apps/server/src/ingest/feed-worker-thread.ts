/**
 * The body of the feed worker (feed-worker.ts): parses and scores the files it is sent, one message
 * each, with its own default scorer, and answers with the prepared feed or the error's message.
 */
import { readFileSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import { getDefaultScorer } from "@vigil/scoring";
import { inlineFeedPreparer } from "./feed-preparer.ts";
import type { FeedWorkerReply, FeedWorkerRequest } from "./feed-worker.ts";

const port = parentPort;
if (!port) throw new Error("feed-worker-thread.ts runs only as a worker thread");
const preparer = inlineFeedPreparer(getDefaultScorer());

port.on("message", async (request: FeedWorkerRequest) => {
  const { id, nameForErrors } = request;
  let reply: FeedWorkerReply;
  try {
    // Read synchronously: this thread has nothing else to do meanwhile, and requests stay in order.
    const bytes = "bytes" in request ? request.bytes : readFileSync(request.file);
    reply = { id, prepared: await preparer.prepare(bytes, nameForErrors) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
port.postMessage({ id: 0, ready: true } satisfies FeedWorkerReply);
