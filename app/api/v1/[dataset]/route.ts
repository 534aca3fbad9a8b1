import { handleDatasetRequest, preflight } from "@/lib/api/handler";

/** GET /api/v1/{events,documents,initiatives,status-history,ventures,trade-figures,targets,sources,countries}[.csv] */
export async function GET(request: Request, { params }: { params: Promise<{ dataset: string }> }) {
  return handleDatasetRequest(request, (await params).dataset);
}

export function OPTIONS() {
  return preflight();
}
