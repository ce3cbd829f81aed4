import { openApiDocument } from "@/lib/api/openapi";

/** The OpenAPI document of the API: public (no key), so tools and the reference page can read it. */
export function GET() {
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
