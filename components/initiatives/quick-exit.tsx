"use client";

import { useEffect } from "react";

/** A neutral page to land on; replacing the history entry keeps this page out of "Back". */
const NEUTRAL_URL = "https://www.google.com/search?q=weather";

function leave() {
  window.location.replace(NEUTRAL_URL);
}

/** The quick-exit control anti-violence services use: a click, or Escape pressed twice. */
export function QuickExit({ label, hint }: { label: string; hint: string }) {
  useEffect(() => {
    let last = 0;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      const now = Date.now();
      if (now - last < 800) leave();
      last = now;
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <div className="fixed right-4 bottom-4 z-40 sm:top-20 sm:bottom-auto">
      <a
        href={NEUTRAL_URL}
        onClick={(event) => {
          event.preventDefault();
          leave();
        }}
        rel="noreferrer"
        aria-describedby="quick-exit-hint"
        className="block rounded-full bg-red-700 px-5 py-3 font-semibold text-white shadow-lg hover:bg-red-800 focus-visible:outline-offset-4"
      >
        {label}
      </a>
      <p id="quick-exit-hint" className="sr-only">
        {hint}
      </p>
    </div>
  );
}
