import "server-only";
import { audit } from "@/lib/audit";
import { requestIp, requireCapability } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { exportChunks, exportFileName } from "@/lib/transfer/export";
import type { TransferFormat } from "@/lib/transfer/format";

/** What the data page shows about the export. */
export async function getTransferSummary(): Promise<{ initiatives: number }> {
  await requireCapability("data.export");
  return { initiatives: await db.initiative.count() };
}

const CONTENT_TYPES: Record<TransferFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

/**
 * The export as a download, streamed a page of initiatives at a time. It holds unpublished
 * entries and non-public people, so it needs `data.export` and is audited.
 */
export async function exportDownload(format: TransferFormat): Promise<Response> {
  const user = await requireCapability("data.export");
  await audit(db, {
    actor: user,
    action: "data.export",
    ip: await requestIp(),
    details: { format },
  });
  const chunks = exportChunks(db, format);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${exportFileName(format)}"`,
      "Cache-Control": "no-store",
    },
  });
}
