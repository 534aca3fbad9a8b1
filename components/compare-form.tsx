import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import type { SeriesChoice } from "@/lib/queries/comparison";
import type { CompareQuery } from "@/lib/validation/trade";
import { parseReportedSeriesKey, type ReportedSeries } from "@/lib/trade-stats/series-key";

const FREQUENCIES = ["YEAR", "QUARTER", "MONTH"] as const;
import { Button } from "@/components/ui/button";

/**
 * The comparison's choices as a plain GET form, so it works without JavaScript and its
 * result is a URL to share: a box per series (?compare=A&compare=B), the years, the
 * measure. The single-series view above it is carried along in hidden fields.
 */
export async function CompareForm({
  locale,
  choices,
  names,
  chosen,
  query,
  keep,
}: {
  locale: Locale;
  choices: { stated: SeriesChoice[]; reported: SeriesChoice[] };
  /** The countries' names in the page's language, for the menus. */
  names: Record<string, string>;
  chosen: readonly string[];
  query: CompareQuery;
  keep: Record<string, string | undefined>;
}) {
  const t = await getTranslations("compare");
  // The series in view first, in their order, so they are seen without scrolling and the
  // next comparison keeps that order; then the rest.
  const inView = (list: SeriesChoice[]) => [
    ...chosen.flatMap((key) => list.filter((choice) => choice.key === key)),
    ...list.filter((choice) => !chosen.includes(choice.key)),
  ];
  const box = (choice: SeriesChoice) => (
    <li key={choice.key}>
      <label className="choice">
        <input type="checkbox" name="compare" value={choice.key} defaultChecked={chosen.includes(choice.key)} />
        {`${choice.name} · ${t("figures", { count: choice.count })}`}
      </label>
    </li>
  );
  return (
    <form method="get" action={`/${locale}/trade#compare`} className="space-y-4 text-sm" data-testid="compare-form">
      {Object.entries(keep).map(([name, value]) => value && <input key={name} type="hidden" name={name} value={value} />)}
      <div className="grid gap-4 md:grid-cols-2">
        <fieldset>
          <legend className="font-medium">{t("stated")}</legend>
          <ul className="mt-1">{inView(choices.stated).map(box)}</ul>
        </fieldset>
        <fieldset>
          <legend className="font-medium">{t("reported")}</legend>
          {choices.reported.length > 0 ? (
            <>
              <ul className="mt-1">{inView(choices.reported.filter((choice) => chosen.includes(choice.key))).map(box)}</ul>
              <AddSeries names={names} choices={choices.reported} />
            </>
          ) : (
            <p className="mt-1 text-muted">{t("noReported")}</p>
          )}
        </fieldset>
      </div>
      <div className="flex flex-wrap items-end gap-4">
        {(["from", "to"] as const).map((name) => (
          <label key={name} className="flex flex-col gap-1">
            <span className="font-medium">{t(name)}</span>
            <input
              type="number"
              name={name}
              min={1950}
              max={2099}
              step={1}
              inputMode="numeric"
              placeholder={t("anyYear")}
              defaultValue={query[name] ?? ""}
              className="w-28 rounded-md border border-line bg-surface px-2 py-1.5"
            />
          </label>
        ))}
        <fieldset className="flex flex-col gap-1">
          <legend className="font-medium">{t("measure")}</legend>
          <div className="flex flex-wrap gap-x-4">
            {(["absolute", "index"] as const).map((measure) => (
              <label key={measure} className="flex items-center gap-1.5 py-1">
                <input type="radio" name="measure" value={measure} defaultChecked={query.measure === measure} />
                {t(measure)}
              </label>
            ))}
          </div>
        </fieldset>
        <Button type="submit">{t("submit")}</Button>
      </div>
    </form>
  );
}

/**
 * One more series of official statistics, named by four menus (who reports, about whom,
 * which flow, how often) rather than a box for each of the hundreds held: each menu offers
 * what the statistics hold. A combination that names no series held is reported after the
 * comparison is drawn.
 */
async function AddSeries({ names, choices }: { names: Record<string, string>; choices: SeriesChoice[] }) {
  const t = await getTranslations("compare");
  const held = choices.map((choice) => parseReportedSeriesKey(choice.key)!);
  const values = <K extends keyof ReportedSeries>(key: K) => [...new Set(held.map((s) => s[key]))].sort();
  const menus = [
    { name: "add_reporter", label: t("reporter"), options: values("reporter").map((code) => [code, names[code] ?? code]), empty: true },
    { name: "add_partner", label: t("partner"), options: values("partner").map((code) => [code, names[code] ?? code]), empty: true },
    { name: "add_flow", label: t("flow"), options: values("flow").map((flow) => [flow, t(`flows.${flow}`)]), empty: false },
    {
      name: "add_frequency",
      label: t("frequency"),
      options: FREQUENCIES.filter((f) => values("frequency").includes(f)).map((f) => [f, t(`frequencies.${f}`)]),
      empty: false,
    },
  ];
  return (
    <div className="mt-2 space-y-1" data-testid="compare-add">
      <p className="font-medium">{t("add")}</p>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {menus.map((menu) => (
          <label key={menu.name} className="flex flex-col gap-1">
            <span>{menu.label}</span>
            <select name={menu.name} defaultValue="" className="rounded-md border border-line bg-surface px-2 py-1.5">
              {menu.empty && <option value="">—</option>}
              {menu.options.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
    </div>
  );
}
