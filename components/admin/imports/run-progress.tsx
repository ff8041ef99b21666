"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

const POLL_MS = 1000;

/**
 * While a run is in progress, re-renders the page every second (its counters come from the
 * server), and stops by itself once the server renders the run as finished. Without JavaScript
 * the meta refresh does the same.
 */
export function RunProgressPoller() {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [router]);
  return (
    <noscript>
      <meta httpEquiv="refresh" content="2" />
    </noscript>
  );
}
