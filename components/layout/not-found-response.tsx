import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { NotFoundView } from "@/components/layout/not-found-view";
import type { UiLocale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";

/** Throws Next's not-found signal; harmless to the HTML around it when inside a Suspense boundary. */
function NotFoundStatus(): never {
  notFound();
}

/**
 * A 404 whose HTML holds the page. A bare `notFound()` answers 404, but Next renders its body
 * only in the browser (an empty `__next_error__` document without JavaScript; vercel/next.js
 * #62228): the error escapes server rendering before any boundary can catch it. Here the page
 * renders the 404 content itself, inside the layout, and raises `notFound()` inside a Suspense
 * boundary: a prerender (every route that uses this is prerendered on first visit and cached)
 * then keeps the HTML outside the boundary and still answers, and caches, status 404.
 * In the browser the raised error reaches the `[locale]/not-found.tsx` boundary, which shows
 * the same content.
 */
export function NotFoundResponse({ locale }: { locale: UiLocale }) {
  return (
    <>
      <NotFoundView locale={locale} />
      <Suspense fallback={null}>
        <NotFoundStatus />
      </Suspense>
    </>
  );
}

/** Metadata of a 404 page (generateMetadata must not throw `notFound()` for the same reason). */
export function notFoundMetadata(locale: UiLocale): Metadata {
  // Next adds `noindex` to every 404 itself.
  return { title: getMessages(locale).notFound.title };
}
