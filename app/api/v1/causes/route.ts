import { causesEndpoint } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/http";

export const { GET, HEAD, OPTIONS } = apiRoute(causesEndpoint);
