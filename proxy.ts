import { NextResponse, type NextRequest } from "next/server";
import { isUiLocale } from "@/lib/i18n/locales";
import { LOCALE_COOKIE, negotiateLocale } from "@/lib/i18n/negotiate";
import { UNFILTERED_LISTING_SEGMENT } from "@/lib/search/listing-route";

/**
 * `/` goes to the visitor's language. An address without a known language prefix shows the 404
 * page in the visitor's language (rewritten, so the status stays 404 and the URL unchanged).
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const first = pathname.split("/")[1] ?? "";
  if (pathname !== "/" && isUiLocale(first)) return localized(request, first);

  const locale = negotiateLocale(
    request.cookies.get(LOCALE_COOKIE)?.value,
    request.headers.get("accept-language"),
  );
  const response =
    pathname === "/"
      ? NextResponse.redirect(new URL(`/${locale}`, request.url), 307)
      : NextResponse.rewrite(new URL(`/${locale}/not-found`, request.url));
  response.headers.set("Vary", "Cookie, Accept-Language");
  return response;
}

/**
 * The listing without parameters is served by its prerendered twin (lib/search/listing-route.ts);
 * the twin's own address is not public.
 */
function localized(request: NextRequest, locale: string) {
  const rest = request.nextUrl.pathname.slice(locale.length + 1);
  if (rest === "/initiatives" && request.nextUrl.search === "") {
    return NextResponse.rewrite(new URL(`/${locale}/${UNFILTERED_LISTING_SEGMENT}`, request.url));
  }
  if (rest === `/${UNFILTERED_LISTING_SEGMENT}`) {
    return NextResponse.rewrite(new URL(`/${locale}/not-found`, request.url));
  }
  return NextResponse.next();
}

export const config = {
  // Only the addresses the proxy acts on, so that every other page (home, initiative pages, and so
  // on) is served without running it: `/`, any address without a known language prefix (not the
  // API, the admin area, the widget, Next's assets or files such as /sitemap.xml), and the two
  // listing addresses. The languages are spelt out because Next reads this statically; a test
  // keeps them in step with UI_LOCALES.
  matcher: [
    "/((?!api/|admin|embed/|_next/|(?:en|ru|kk)(?:/|$)|.*\\.[a-z0-9]+$).*)",
    "/:locale(en|ru|kk)/initiatives",
    "/:locale(en|ru|kk)/all-initiatives",
  ],
};
