import { getTranslations } from "next-intl/server";
import { ChoiceOptions, type Choice } from "@/components/choice-options";

export type FilterField = {
  name: string;
  label: string;
  value: string | undefined;
  options: readonly Choice[];
  /** What the empty choice is called when it is not "All" (a sort order's default, say). */
  emptyLabel?: string;
};

/**
 * Filters as a plain GET form: works without JavaScript, and the resulting URL can be
 * shared or bookmarked. `resetHref` is the page without any filter.
 */
export async function FilterForm({
  fields,
  resetHref,
  action,
  search,
}: {
  fields: FilterField[];
  resetHref: string;
  action: string;
  /** An optional free-text box before the menus. */
  search?: { name: string; label: string; value: string | undefined; placeholder?: string };
}) {
  const t = await getTranslations("filters");
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-surface p-4" aria-label={t("legend")}>
      {search && (
        <label className="flex min-w-[12rem] flex-[2] flex-col gap-1 text-sm">
          <span className="font-medium">{search.label}</span>
          <input
            type="search"
            name={search.name}
            defaultValue={search.value ?? ""}
            placeholder={search.placeholder}
            maxLength={200}
            className="rounded-md border border-line bg-surface px-2 py-1.5"
          />
        </label>
      )}
      {fields.map((field) => (
        <label key={field.name} className="flex min-w-[10rem] flex-1 flex-col gap-1 text-sm sm:flex-none">
          <span className="font-medium">{field.label}</span>
          <select name={field.name} defaultValue={field.value ?? ""} className="rounded-md border border-line bg-surface px-2 py-1.5">
            <ChoiceOptions choices={field.options} empty={field.emptyLabel ?? t("all")} />
          </select>
        </label>
      ))}
      <div className="flex items-center gap-3">
        <button type="submit" className="rounded-md bg-accent px-4 py-1.5 text-sm font-medium text-white hover:bg-accent-strong">
          {t("apply")}
        </button>
        <a href={resetHref} className="text-sm">
          {t("reset")}
        </a>
      </div>
    </form>
  );
}
