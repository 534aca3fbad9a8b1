import { comparePreviewResponse, tradePreviewResponse } from "@/components/preview-image";

// The link preview of /[locale]/trade?series=… (that series' chart) or of a comparison,
// /[locale]/trade?compare=…, as a PNG (og:image).
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const query = new URL(request.url).searchParams;
  return query.has("compare") ? comparePreviewResponse(locale, query) : tradePreviewResponse(locale, query.get("series"));
}
