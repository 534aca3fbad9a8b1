import type { ReactNode } from "react";

// The embed's root layout. Its page renders the <html> element, whose language comes from the
// page's query (?lang=), which a layout cannot read. Each locale's pages have their own root
// layout (app/[locale]/layout.tsx), and a missing page has its own (app/global-not-found.tsx).
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return children;
}
