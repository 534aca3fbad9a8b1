import { tradePreviewResponse } from "@/components/preview-image";

// The link preview of /[locale]/trade?series=…: that series' chart as a PNG (og:image).
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return tradePreviewResponse((await params).locale, new URL(request.url).searchParams.get("series"));
}
