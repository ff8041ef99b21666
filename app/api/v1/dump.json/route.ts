import { dumpEndpoint } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/http";

/** The open-data dump of every published initiative (licence inside the file). */
export const { GET, HEAD, OPTIONS } = apiRoute(dumpEndpoint);
