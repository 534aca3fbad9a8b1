import { routing } from "@/lib/i18n/routing";
import "./globals.css";

// Reached only for paths outside any locale; the proxy sends everything else to /ru or /en.
export default function GlobalNotFound() {
  return (
    <html lang={routing.defaultLocale}>
      <body className="p-8">
        <h1 className="text-2xl font-semibold">Страница не найдена · Page not found</h1>
        <p className="mt-4">
          <a href="/ru">Монитор сотрудничества Центральной Азии</a> · <a href="/en">Central Asia Cooperation Monitor</a>
        </p>
      </body>
    </html>
  );
}
