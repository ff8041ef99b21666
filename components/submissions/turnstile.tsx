"use client";

import { useEffect, useRef } from "react";

interface TurnstileApi {
  render: (element: HTMLElement, options: { sitekey: string; language?: string }) => string;
  remove: (widgetId: string) => void;
}

declare global {
  interface Window {
    turnstile?: TurnstileApi;
  }
}

const SCRIPT = "https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit";
let loading: Promise<void> | null = null;

function loadScript(): Promise<void> {
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = SCRIPT;
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => {
      loading = null;
      reject(new Error("Turnstile could not be loaded"));
    };
    document.head.append(script);
  });
  return loading;
}

/**
 * Cloudflare Turnstile, rendered explicitly so that a new widget (and a fresh single-use token,
 * in the `cf-turnstile-response` field it adds) comes with every re-render of the form.
 */
export function Turnstile({ siteKey, language }: { siteKey: string; language: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let widget: string | undefined;
    let cancelled = false;
    loadScript()
      .then(() => {
        if (!cancelled && ref.current && window.turnstile)
          widget = window.turnstile.render(ref.current, { sitekey: siteKey, language });
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
      if (widget) window.turnstile?.remove(widget);
    };
  }, [siteKey, language]);
  return <div ref={ref} className="min-h-16" />;
}
