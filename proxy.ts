import { NextResponse, type NextRequest } from "next/server";
import { isUiLocale } from "@/lib/i18n/locales";
import { LOCALE_COOKIE, negotiateLocale } from "@/lib/i18n/negotiate";

/**
 * `/` goes to the visitor's language. An address without a known language prefix shows the 404
 * page in the visitor's language (rewritten, so the status stays 404 and the URL unchanged).
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const first = pathname.split("/")[1] ?? "";
  if (pathname !== "/" && isUiLocale(first)) return NextResponse.next();

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

export const config = {
  // Pages only: not the API, the admin area, Next's assets or files such as /sitemap.xml.
  matcher: ["/((?!api/|admin|_next/|.*\\.[a-z0-9]+$).*)"],
};
