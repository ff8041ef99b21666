import "server-only";
import { z } from "zod";
import { resolveCode, type MessageCode, type MessageParams } from "@/lib/admin-i18n/codes";
import { en } from "@/lib/admin-i18n/en";
import { AuthorizationError, type Capability } from "@/lib/authz";
import { requestIp, requireCapability, type SessionUser } from "@/lib/auth/session";

/** What every Server Action returns: enough for the form to show the outcome and keep input. */
export interface ActionState<T = unknown> {
  ok: boolean;
  /** The outcome in English (logs, tests, and forms that do not resolve `code`). */
  message: string;
  /** The outcome as a dictionary path (lib/admin-i18n/codes.ts), put into words by the UI. */
  code?: MessageCode;
  params?: MessageParams;
  /** Per field: encoded message codes (`msg()`), or plain text from schemas without codes. */
  fieldErrors?: Record<string, string[] | undefined>;
  /** The submitted values (secrets and files left out), to refill the form after an error. */
  values?: Record<string, unknown>;
  data?: T;
}

export interface ActionContext {
  user: SessionUser;
  ip: string;
}

const SECRET_FIELD = /password|token|secret/i;

/** FormData as a plain object; repeated keys become arrays. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData) {
    if (key.startsWith("$ACTION")) continue;
    const current = out[key];
    out[key] =
      current === undefined
        ? value
        : Array.isArray(current)
          ? [...current, value]
          : [current, value];
  }
  return out;
}

function echo(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).filter(
      ([key, value]) => !SECRET_FIELD.test(key) && !(value instanceof File),
    ),
  );
}

/** An outcome named by a code; `message` carries the same words in English. */
export function outcome<T = unknown>(
  ok: boolean,
  code: MessageCode,
  params?: MessageParams,
  rest?: Omit<ActionState<T>, "ok" | "message" | "code" | "params">,
): ActionState<T> {
  return { ok, code, params, message: resolveCode(en, "en", code, params), ...rest };
}

export const succeed = <T = unknown>(
  code: MessageCode,
  params?: MessageParams,
  rest?: Omit<ActionState<T>, "ok" | "message" | "code" | "params">,
) => outcome<T>(true, code, params, rest);

export const refuse = <T = unknown>(
  code: MessageCode,
  params?: MessageParams,
  rest?: Omit<ActionState<T>, "ok" | "message" | "code" | "params">,
) => outcome<T>(false, code, params, rest);

export function invalid<T>(error: z.ZodError, values: Record<string, unknown>): ActionState<T> {
  return refuse<T>("common.fieldsInvalid", undefined, {
    fieldErrors: z.flattenError(error).fieldErrors as Record<string, string[] | undefined>,
    values: echo(values),
  });
}

/** The refusal for a caller without a session or without the capability. */
export function unauthorized<T>(error: AuthorizationError, values?: Record<string, unknown>) {
  return refuse<T>(
    error.reason === "unauthenticated" ? "common.signInRequired" : "common.forbidden",
    undefined,
    values ? { values: echo(values) } : undefined,
  );
}

/**
 * A staff mutation: authenticates, checks the capability, validates the input with the schema,
 * then runs the handler. Server Actions are public endpoints, so this check is the one that
 * counts; pages and layouts only hide what would be refused here. Accepts FormData (forms) or a
 * plain object (client calls).
 */
export function adminAction<S extends z.ZodType, T = unknown>(
  capability: Capability,
  schema: S,
  handler: (input: z.output<S>, context: ActionContext) => Promise<ActionState<T>>,
) {
  return async (
    _previous: ActionState<T> | undefined,
    payload: FormData | z.input<S>,
  ): Promise<ActionState<T>> => {
    const values =
      payload instanceof FormData
        ? formDataToObject(payload)
        : ((payload ?? {}) as Record<string, unknown>);
    let user: SessionUser;
    try {
      user = await requireCapability(capability);
    } catch (error) {
      if (error instanceof AuthorizationError) return unauthorized<T>(error, values);
      throw error;
    }
    const parsed = schema.safeParse(values);
    if (!parsed.success) return invalid(parsed.error, values);
    return handler(parsed.data, { user, ip: await requestIp() });
  };
}
