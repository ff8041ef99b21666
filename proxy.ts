import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_COOKIE, negotiateLocale } from "@/lib/i18n/negotiate";

/** `/` goes to the visitor's language; everything else passes through. */
export function proxy(request: NextRequest) {
  const locale = negotiateLocale(
    request.cookies.get(LOCALE_COOKIE)?.value,
    request.headers.get("accept-language"),
  );
  const response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307);
  response.headers.set("Vary", "Cookie, Accept-Language");
  return response;
}

export const config = { matcher: "/" };
