"use client";

import { NotFoundView } from "@/components/layout/not-found-view";
import { useLocale } from "@/components/layout/locale-provider";

/**
 * The 404 boundary of the language's pages. Responses render their 404 on the server
 * (components/layout/not-found-response.tsx); this boundary shows the same content when a
 * navigation in the browser meets a missing page. It renders inside that language's layout.
 */
export default function NotFound() {
  return <NotFoundView locale={useLocale()} />;
}
