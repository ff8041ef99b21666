import { refuse as refusal } from "@/lib/action";
import type { MessageCode, MessageParams } from "@/lib/admin-i18n/codes";
import { MEDIA_LIMITS } from "@/lib/media/limits";
import { uploadMediaAction } from "@/lib/media/actions";

/** Room for the multipart envelope around the file. */
const ENVELOPE_BYTES = 64 * 1024;

const refuse = (status: number, code: MessageCode, params?: MessageParams) =>
  Response.json(refusal(code, params), { status });

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
    return refuse(403, "editor.media.foreign");
  }
  const length = Number(request.headers.get("content-length"));
  if (!length) return refuse(411, "editor.media.noLength");
  if (length > MEDIA_LIMITS.maxBytes + ENVELOPE_BYTES) {
    return refuse(413, "editor.media.tooBig", { max: MEDIA_LIMITS.maxBytes / 1024 / 1024 });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refuse(400, "editor.media.unreadable");
  }
  const result = await uploadMediaAction(undefined, form);
  const status = result.ok
    ? 201
    : result.code === "common.signInRequired"
      ? 401
      : result.code === "common.forbidden"
        ? 403
        : 400;
  const { ok, message, code, params, fieldErrors, data } = result;
  return Response.json({ ok, message, code, params, fieldErrors, data }, { status });
}
