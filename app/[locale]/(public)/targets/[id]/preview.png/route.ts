import { targetPreviewResponse } from "@/components/preview-image";

// A target page's link preview: its series, the target line and the path to it (og:image).
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  return targetPreviewResponse(locale, id);
}
