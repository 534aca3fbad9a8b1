import { z } from "zod";
import { countryCodeOf } from "@/lib/trade-stats/countries";
import { SCALES, type PresetSettings, type Scale } from "@/lib/trade-stats/presets";
import { requiredText } from "@/lib/validation/fields";

// A statistics file's layout (lib/trade-stats/presets.ts) as the workspace's form, the
// command line and a saved layout give it: one schema, so a layout saved from the form
// reads the same in the import and in `npm run data:import -- --layout NAME`.

const country = z.string().transform((code, ctx) => countryCodeOf(code) ?? (ctx.addIssue({ code: "custom", message: "reporter" }), z.NEVER));
const flow = z.enum(["EXPORT", "IMPORT", "TURNOVER"]);
const scale = z.enum(SCALES.map(String) as [string, ...string[]]).transform((value) => Number(value) as Scale);
const column = z.string().trim().min(1).max(200);

const presetSettingsSchema = z.discriminatedUnion("preset", [
  z.object({ preset: z.literal("comtrade") }),
  z.object({ preset: z.literal("wide"), reporter: country, flow, scale }),
  z
    .object({
      preset: z.literal("columns"),
      columns: z.object({
        reporter: column.optional(),
        partner: column,
        period: column,
        month: column.optional(),
        flow: column.optional(),
        value: column,
      }),
      reporter: country.optional(),
      flow: flow.optional(),
      scale,
    })
    // The reporter and the flow: from a column, or one for every row; never both, never neither.
    .refine((s) => (s.columns.reporter === undefined) !== (s.reporter === undefined), { path: ["reporter"] })
    .refine((s) => (s.columns.flow === undefined) !== (s.flow === undefined), { path: ["flow"] }),
]);

/** The form fields naming a layout; empty ones count as not given. */
export const LAYOUT_FIELDS = [
  "preset",
  "reporter",
  "flow",
  "scale",
  "reporterColumn",
  "partnerColumn",
  "periodColumn",
  "monthColumn",
  "flowColumn",
  "valueColumn",
] as const;
export type LayoutFields = Partial<Record<(typeof LAYOUT_FIELDS)[number], string>>;

/** A layout staff saved under a name (lib/records/import-layouts.ts). */
export type SavedLayout = { id: string; name: string; fields: LayoutFields };

/** The layout the form's fields describe, or null when they describe none. */
export function layoutFromFields(fields: LayoutFields): PresetSettings | null {
  const given = (value: string | undefined) => (value === undefined || value.trim() === "" ? undefined : value.trim());
  const f = Object.fromEntries(LAYOUT_FIELDS.map((name) => [name, given(fields[name])])) as LayoutFields;
  const parsed = presetSettingsSchema.safeParse(
    f.preset === "columns"
      ? {
          preset: "columns",
          columns: {
            reporter: f.reporterColumn,
            partner: f.partnerColumn,
            period: f.periodColumn,
            month: f.monthColumn,
            flow: f.flowColumn,
            value: f.valueColumn,
          },
          reporter: f.reporterColumn ? undefined : f.reporter,
          flow: f.flowColumn ? undefined : f.flow,
          scale: f.scale,
        }
      : { preset: f.preset, reporter: f.reporter, flow: f.flow, scale: f.scale },
  );
  return parsed.success ? (parsed.data as PresetSettings) : null;
}

/** The fields of a layout, and only those it uses: what a saved layout keeps and puts back into the form. */
export function fieldsOfLayout(settings: PresetSettings): LayoutFields {
  if (settings.preset === "comtrade") return { preset: "comtrade" };
  if (settings.preset === "wide") return { preset: "wide", reporter: settings.reporter, flow: settings.flow, scale: String(settings.scale) };
  const { columns } = settings;
  return {
    preset: "columns",
    reporter: settings.reporter,
    flow: settings.flow,
    scale: String(settings.scale),
    reporterColumn: columns.reporter,
    partnerColumn: columns.partner,
    periodColumn: columns.period,
    monthColumn: columns.month,
    flowColumn: columns.flow,
    valueColumn: columns.value,
  };
}

/** A saved layout's name, as staff will pick it from a list and type it after --layout. */
export const layoutNameSchema = requiredText(80);
