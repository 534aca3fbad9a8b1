import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/lib/i18n/page-locale";
import { DATASETS } from "@/lib/api/datasets";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { RATE_LIMIT } from "@/lib/api/handler";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { pageMetadata } from "@/lib/page-metadata";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "dataPage" });
  return pageMetadata({ locale, path: "/data", title: t("title"), description: t("intro") });
}

type Parameter = { name: string; description?: string; schema: { enum?: string[]; type?: string; pattern?: string; maximum?: number; default?: unknown } };

/** How to read a parameter's values, from its schema: the enum, a bound or the pattern. */
function valuesOf(schema: Parameter["schema"]): string {
  if (schema.enum) return schema.enum.join(" | ");
  if (schema.type === "integer") return schema.maximum ? `1…${schema.maximum}` : "integer";
  return schema.pattern ?? schema.type ?? "";
}

const SPREADSHEET_URL = "/api/v1/ventures.csv?pair=KZ-UZ";
const SCRIPT = `import requests
url = "https://<this-site>/api/v1/ventures?pair=KZ-UZ&limit=100"
rows = []
while url:
    page = requests.get(url).json()
    rows += page["items"]
    url = page["next"] and "https://<this-site>" + page["next"]
print(len(rows), "ventures")`;

/** The API's human-readable documentation, built from the same OpenAPI document as /api/v1/openapi.json. */
export default async function DataPage({ params }: Props) {
  await resolveLocale(params);
  const t = await getTranslations("dataPage");
  const document = buildOpenApiDocument() as { paths: Record<string, { get: { parameters: Parameter[] } }> };

  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} intro={t("intro")} />

      <Card aria-labelledby="quick" className="space-y-3">
        <h2 id="quick" className="text-lg font-semibold">
          {t("quickHeading")}
        </h2>
        <p>{t("quickSpreadsheet")}</p>
        <p>
          <a href={SPREADSHEET_URL} className="break-all font-mono text-sm" data-testid="quick-csv">
            {SPREADSHEET_URL}
          </a>
        </p>
        <p>{t("quickScript")}</p>
        <pre className="overflow-x-auto rounded-md bg-canvas p-3 text-xs" tabIndex={0}>
          <code>{SCRIPT}</code>
        </pre>
      </Card>

      <section aria-labelledby="datasets" className="space-y-3">
        <h2 id="datasets" className="text-lg font-semibold">
          {t("datasetsHeading")}
        </h2>
        <ul className="space-y-4">
          {DATASETS.map((dataset) => {
            const parameters = document.paths[`/api/v1/${dataset.name}`]!.get.parameters;
            return (
              <li key={dataset.name} className="rounded-lg border border-line bg-surface p-4" data-testid="dataset">
                <h3 className="font-mono font-semibold">/api/v1/{dataset.name}</h3>
                <p className="mt-1 text-sm text-muted">{t(`describe.${dataset.name}` as "describe.events")}</p>
                <p className="mt-2 flex flex-wrap gap-x-4 text-sm">
                  <span className="font-medium">{t("formats")}:</span>
                  <a href={`/api/v1/${dataset.name}`} className="underline">
                    JSON
                  </a>
                  <a href={`/api/v1/${dataset.name}.csv`} className="underline">
                    CSV
                  </a>
                </p>
                <details className="mt-2 text-sm">
                  <summary className="cursor-pointer font-medium">
                    {t("parameters")} ({parameters.length})
                  </summary>
                  <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[8rem_1fr]">
                    {parameters.map((parameter) => (
                      <div key={parameter.name} className="contents">
                        <dt className="font-mono">{parameter.name}</dt>
                        <dd className="break-words text-muted">
                          <code className="text-xs">{valuesOf(parameter.schema)}</code>
                          {parameter.description && <span> — {parameter.description}</span>}
                        </dd>
                      </div>
                    ))}
                  </dl>
                </details>
              </li>
            );
          })}
        </ul>
      </section>

      <Card aria-labelledby="rules" className="space-y-2">
        <h2 id="rules" className="text-lg font-semibold">
          {t("rulesHeading")}
        </h2>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          <li>{t("ruleFormats")}</li>
          <li>{t("rulePaging")}</li>
          <li>{t("ruleErrors")}</li>
          <li>{t("ruleCache")}</li>
          <li>{t("ruleRate", { limit: RATE_LIMIT })}</li>
          <li>{t("ruleCors")}</li>
        </ul>
        <p className="text-sm">
          {t("openapi")}:{" "}
          <a href="/api/v1/openapi.json" className="underline">
            /api/v1/openapi.json
          </a>
        </p>
      </Card>
    </div>
  );
}
