import { AuthorizationError } from "@/lib/authz";
import { MEDIA_LIMITS } from "@/lib/media/limits";
import { uploadMediaAction } from "@/lib/media/actions";

/** Room for the multipart envelope around the file. */
const ENVELOPE_BYTES = 64 * 1024;

const refuse = (status: number, message: string) =>
  Response.json({ ok: false, message }, { status });

/**
 * Logo and cover uploads (multipart: `kind`, `file`). A route handler rather than a Server
 * Action, whose body limit is 1 MB; the work, authorization included, is uploadMediaAction's.
 * Server Actions check the origin themselves; here it is checked by hand, and session cookies
 * are SameSite=Lax besides.
 */
export async function POST(request: Request) {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host || new URL(origin).host !== host) {
    return refuse(403, "Uploads must come from the admin pages.");
  }
  const length = Number(request.headers.get("content-length"));
  if (!length) return refuse(411, "The upload has no length.");
  if (length > MEDIA_LIMITS.maxBytes + ENVELOPE_BYTES) {
    return refuse(413, `Images are at most ${MEDIA_LIMITS.maxBytes / 1024 / 1024} MB.`);
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refuse(400, "The upload could not be read.");
  }
  const result = await uploadMediaAction(undefined, form);
  const status = result.ok
    ? 201
    : result.message === new AuthorizationError("unauthenticated").message
      ? 401
      : result.message === new AuthorizationError("forbidden").message
        ? 403
        : 400;
  return Response.json(
    { ok: result.ok, message: result.message, fieldErrors: result.fieldErrors, data: result.data },
    { status },
  );
}
