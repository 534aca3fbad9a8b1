import { tradePreviewResponse } from "@/components/preview-image";

// The home page's link preview: the intra-regional chart with its targets (og:image).
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return tradePreviewResponse((await params).locale, null, true);
}
