import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { localized } from "@/lib/i18n/localized";
import { listEvents } from "@/lib/queries/summits";
import { Badge } from "@/components/ui/badge";
import { EventDate } from "@/components/event-date";
import { EventPlace } from "@/components/event-place";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "summits" });
  return { title: t("title") };
}

export default async function SummitsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const [t, tKind, events] = await Promise.all([getTranslations("summits"), getTranslations("eventKind"), listEvents()]);

  return (
    <div className="space-y-6">
      <header className="max-w-3xl">
        <h1 className="text-2xl font-semibold sm:text-3xl">{t("title")}</h1>
        <p className="mt-2 text-muted">{t("intro")}</p>
        <p className="mt-1 text-sm text-faint">{t("count", { count: events.total })}</p>
      </header>
      {events.items.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        <ol className="divide-y divide-line rounded-lg border border-line bg-surface" data-testid="event-list">
          {events.items.map((event) => {
            const isMeeting = event.kind === "CONSULTATIVE_MEETING";
            return (
              <li key={event.id} id={event.slug} className="grid gap-1 p-4 sm:grid-cols-[14rem_1fr] sm:gap-6" data-testid="event">
                <p className="tabular text-sm text-muted">
                  <EventDate start={event.startDate} end={event.endDate} inferred={event.dateInferred} locale={locale} />
                </p>
                <div>
                  <p className={isMeeting ? "font-semibold" : "font-medium"}>
                    {localized(locale, event.titleRu, event.titleEn)}
                  </p>
                  <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
                    <EventPlace event={event} locale={locale} />
                    <Badge tone={isMeeting ? "accent" : "neutral"}>{tKind(event.kind)}</Badge>
                  </p>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
