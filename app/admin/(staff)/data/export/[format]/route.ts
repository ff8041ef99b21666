import { AuthorizationError } from "@/lib/authz";
import { exportDownload } from "@/lib/transfer/queries";

/** GET /admin/data/export/csv or /json: every initiative as a dated download. */
export async function GET(
  _request: Request,
  { params }: RouteContext<"/admin/data/export/[format]">,
) {
  const { format } = await params;
  if (format !== "csv" && format !== "json") return new Response("Not found", { status: 404 });
  try {
    return await exportDownload(format);
  } catch (error) {
    if (!(error instanceof AuthorizationError)) throw error;
    return new Response(error.message, {
      status: error.reason === "unauthenticated" ? 401 : 403,
    });
  }
}
