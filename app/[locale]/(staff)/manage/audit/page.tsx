import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getMessages, getTranslations } from "next-intl/server";
import { AuditAction } from "@/lib/generated/prisma/enums";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { Link } from "@/components/link";
import { getWorkspaceUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { ENTITY_KEYS, editPath, isEntityKey } from "@/lib/entities";
import { AUDIT_ENTITIES, isAuditEntity, parseAuditFilters } from "@/lib/validation/audit";
import { diffSnapshots, enumNamespace, orderChanges, type SnapshotValue } from "@/lib/audit/diff";
import { deletedIds, listAudit, referenceNames } from "@/lib/queries/audit";
import { MONEY_FIELDS, referenceKey, referencesOf, type Reference } from "@/lib/audit/references";
import { Decimal } from "@/lib/decimal";
import { isAuditNote } from "@/lib/audit/note";
import { STAFF_PAGE_SIZE } from "@/lib/paging";
import { listUsers } from "@/lib/queries/users";
import { formatPeriod, formatTimestampWithSeconds, formatUsd } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/pagination";
import { RestoreRecordButton } from "@/components/restore-record-button";
import { ChoiceOptions } from "@/components/choice-options";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { title: (await getTranslations({ locale, namespace: "workspace.nav" }))("audit") };
}

export default async function AuditPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { user } = await getWorkspaceUser();
  const raw = await searchParams;
  const { filters, page } = parseAuditFilters(raw);
  const [t, tFields, tAll, messages, list, users] = await Promise.all([
    getTranslations("audit"),
    getTranslations("auditFields"),
    getTranslations(),
    getMessages(),
    listAudit(filters, { page, pageSize: STAFF_PAGE_SIZE }),
    listUsers(),
  ]);
  const restorable = new Map<string, Set<string>>();
  if (can(user.role, "record:restore")) {
    for (const entity of ENTITY_KEYS) {
      const ids = list.items.filter((e) => e.entity === entity && e.action === "DELETE").map((e) => e.entityId);
      restorable.set(entity, await deletedIds(entity, ids));
    }
  }
  // The records and countries the entries name, by their names in the reader's language.
  const snapshots = list.items.flatMap((e) => [e.before, e.after].filter(Boolean) as Record<string, SnapshotValue>[]);
  const names = await referenceNames(
    snapshots.flatMap((snapshot) => Object.entries(snapshot).flatMap(([field, value]) => referencesOf(field, value))),
    locale,
  );
  const nameOf = (ref: Reference) => names.get(referenceKey(ref));
  const countryName = (code: SnapshotValue | undefined) => (typeof code === "string" ? (nameOf({ kind: "country", id: code })?.name ?? code) : "");
  const label = (field: string) => (tFields.has(field as "nameRu") ? tFields(field as "nameRu") : field);
  // Fields in the order the message file lists their labels, which is the forms' order.
  const fieldOrder = Object.keys(messages.auditFields);
  /** A value as the public pages write it: names for ids and codes (linked), amounts in dollars, enumerations in words. */
  const show = (entity: string, field: string, value: SnapshotValue, snapshot: Record<string, SnapshotValue> | null): ReactNode => {
    if (value === null) return "—";
    if (typeof value === "boolean") return value ? t("yes") : t("no");
    const refs = referencesOf(field, value);
    if (refs.length > 0)
      return refs.map((ref, i) => {
        const found = nameOf(ref);
        const name = found ? found.name : t("missingRecord", { id: ref.id });
        return (
          <span key={`${ref.id}-${i}`}>
            {i > 0 && "; "}
            {found?.href ? <Link href={found.href}>{name}</Link> : name}
            {ref.quote && <q className="text-muted"> {ref.quote}</q>}
          </span>
        );
      });
    if (MONEY_FIELDS.has(field)) return formatUsd(new Decimal(String(value)), locale);
    if (field === "scope")
      return tAll(`scope.${value}` as "scope.BILATERAL", { a: countryName(snapshot?.countryACode), b: countryName(snapshot?.countryBCode) });
    const namespace = enumNamespace(entity, field);
    const key = `${namespace}.${value}`;
    return namespace && tAll.has(key as never) ? tAll(key as never) : String(value);
  };
  /** What the entry is about: a record's name or title; a figure or target by its series (and a figure's period). */
  const entryName = (entity: string, snapshot: Record<string, SnapshotValue> | null, fallback: string): string => {
    if (!snapshot) return fallback;
    if (typeof snapshot.scope === "string") {
      const series = String(show(entity, "scope", snapshot.scope, snapshot));
      const { periodStart, periodEnd } = snapshot;
      if (typeof periodStart !== "string" || typeof periodEnd !== "string") return series;
      return `${series}, ${formatPeriod(new Date(`${periodStart}T00:00:00Z`), new Date(`${periodEnd}T00:00:00Z`), locale)}`;
    }
    const name = locale === "ru" ? (snapshot.nameRu ?? snapshot.titleRu) : (snapshot.nameEn ?? snapshot.titleEn);
    return String(name ?? snapshot.email ?? snapshot.name ?? snapshot.slug ?? snapshot.source ?? fallback);
  };
  const params2 = (page: number) => {
    const search = new URLSearchParams();
    for (const key of ["entity", "action", "user", "entityId", "from", "to"] as const) {
      const value = raw[key];
      if (typeof value === "string" && value) search.set(key, value);
    }
    search.set("page", String(page));
    return `/manage/audit?${search}`;
  };
  const select = (name: string, value: string | undefined, options: { value: string; label: string }[]) => (
    <label className="flex flex-col gap-1 text-sm">
      <span className="font-medium">{t(`filter.${name}` as "filter.entity")}</span>
      <select name={name} defaultValue={value ?? ""} className="rounded-md border border-line bg-surface px-2 py-2">
        <ChoiceOptions choices={options} empty={t("all")} />
      </select>
    </label>
  );

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-surface p-4" aria-label={t("filtersLabel")}>
        {select(
          "entity",
          filters.entity,
          AUDIT_ENTITIES.map((e) => ({ value: e, label: t(`entity.${e}`) })),
        )}
        {select(
          "action",
          filters.action,
          Object.values(AuditAction).map((a) => ({ value: a, label: t(`action.${a}`) })),
        )}
        {select(
          "user",
          filters.userId,
          users.map((u) => ({ value: u.id, label: u.name })),
        )}
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t("filter.from")}</span>
          <input
            type="date"
            name="from"
            defaultValue={typeof raw.from === "string" ? raw.from : ""}
            className="rounded-md border border-line bg-surface px-2 py-1.5"
          />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t("filter.to")}</span>
          <input
            type="date"
            name="to"
            defaultValue={typeof raw.to === "string" ? raw.to : ""}
            className="rounded-md border border-line bg-surface px-2 py-1.5"
          />
        </label>
        {filters.entityId && <input type="hidden" name="entityId" value={filters.entityId} />}
        <button type="submit" className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-white">
          {t("apply")}
        </button>
        <Link href="/manage/audit" className="text-sm">
          {t("reset")}
        </Link>
      </form>
      <p className="flex flex-wrap items-center gap-x-4 text-sm text-muted" aria-live="polite">
        <span>{t("count", { count: list.total })}</span>
        {can(user.role, "workspace:export") && list.total > 0 && (
          <a href={`/${locale}${params2(1).replace("/manage/audit?", "/manage/audit/export.csv?")}`} download>
            {t("download")}
          </a>
        )}
      </p>
      {list.items.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        <ol className="space-y-4" data-testid="audit-entries">
          {list.items.map((entry) => {
            const changes = orderChanges(
              diffSnapshots(entry.before as Record<string, unknown> | null, entry.after as Record<string, unknown> | null),
              fieldOrder,
            );
            const entity = entry.entity;
            const canRestore = isEntityKey(entity) && restorable.get(entity)?.has(entry.entityId);
            const snapshot = (entry.after ?? entry.before) as Record<string, SnapshotValue> | null;
            const name = entryName(entity, snapshot, entry.entityId);
            return (
              <li key={entry.id} className="rounded-lg border border-line bg-surface p-4" data-testid="audit-entry">
                <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
                  <time dateTime={entry.at.toISOString()} className="tabular font-medium">
                    {formatTimestampWithSeconds(entry.at, locale)}
                  </time>
                  <span>·</span>
                  <span>{entry.user ? `${entry.user.name} (${entry.user.email})` : t("unknownUser")}</span>
                  <span>·</span>
                  <span className="font-semibold" data-testid="audit-action">
                    {t(`action.${entry.action}`)}
                  </span>
                  <span>{isAuditEntity(entity) ? t(`entity.${entity}`) : entity}</span>
                  {isEntityKey(entity) && !canRestore && entry.action !== "DELETE" ? (
                    <Link href={editPath(entity, entry.entityId)}>{name}</Link>
                  ) : (
                    <span>{name}</span>
                  )}
                </p>
                {isAuditNote(entry.note) && (
                  <p className="mt-2 text-sm" data-testid="audit-merge">
                    {t("merged", { version: entry.note.mergedWithVersion })}
                    {entry.note.keptTheirs.length > 0 && <> {t("mergedKept", { fields: entry.note.keptTheirs.map(label).join(", ") })}</>}
                    {entry.note.tookMine.length > 0 && <> {t("mergedMine", { fields: entry.note.tookMine.map(label).join(", ") })}</>}
                  </p>
                )}
                {changes.length > 0 && (
                  <div className="mt-3 overflow-x-auto">
                    <table className="w-full min-w-[32rem] text-left text-sm">
                      <thead>
                        <tr className="text-muted">
                          <th scope="col" className="py-1 pr-3 font-medium">
                            {t("field")}
                          </th>
                          <th scope="col" className="py-1 pr-3 font-medium">
                            {t("before")}
                          </th>
                          <th scope="col" className="py-1 font-medium">
                            {t("after")}
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {changes.map((c) => (
                          <tr key={c.field} className="border-t border-line align-top">
                            <th scope="row" className="py-1 pr-3 font-medium">
                              {label(c.field)}
                            </th>
                            <td className="py-1 pr-3 break-words">
                              <del className="text-danger no-underline">
                                {show(entity, c.field, c.before, entry.before as Record<string, SnapshotValue> | null)}
                              </del>
                            </td>
                            <td className="py-1 break-words">
                              <ins className="text-positive no-underline">
                                {show(entity, c.field, c.after, entry.after as Record<string, SnapshotValue> | null)}
                              </ins>
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
                {canRestore && <RestoreRecordButton entity={entity} id={entry.entityId} />}
              </li>
            );
          })}
        </ol>
      )}
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} href={params2} />
    </div>
  );
}
