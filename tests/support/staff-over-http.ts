import { readFileSync } from "node:fs";

// A staff member's requests as the browser sends them, for tests that talk to a running
// server with fetch: signing in through next-auth's own routes, and posting a workspace
// form to its server action the way React does.

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);

/** Signs in through next-auth's credentials route; the Cookie header of the session. */
export async function signInOverHttp(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).join("; "), origin: base },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = cookiesOf(response).find((cookie) => /session-token=./.test(cookie));
  if (!session) throw new Error(`sign-in failed with ${response.status}`);
  return session;
}

/** A server action's id from the production build's manifest (the browser finds it in a JS chunk). */
export function serverActionId(name: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { exportedName?: string }> };
  const id = Object.entries(manifest.node).find(([, action]) => action.exportedName === name)?.[0];
  if (!id) throw new Error(`no server action ${name} in the build`);
  return id;
}

/**
 * Posts a form to a workspace action as useActionState does (the previous state, then the
 * form's fields, each named "_1_<field>", as React 19.3 encodes them); the response is the action's RSC answer as text.
 */
export async function postWorkspaceForm(options: {
  base: string;
  path: string;
  action: string;
  cookie?: string;
  fields: Record<string, string>;
}): Promise<{ status: number; body: string }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(options.fields)) form.append(`_1_${name}`, value);
  // Last, as React writes it: the server resolves the arguments as the root arrives.
  form.append("0", JSON.stringify([{ status: "idle" }, "$K1"]));
  const response = await fetch(options.base + options.path, {
    method: "POST",
    redirect: "manual",
    headers: {
      "next-action": serverActionId(options.action),
      accept: "text/x-component",
      origin: options.base,
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    body: form,
  });
  return { status: response.status, body: await response.text() };
}

/** A form's values as its fields are named: { partners: [{ companyName }] } → "partners.0.companyName". */
export function formFields(values: Record<string, unknown>, prefix = ""): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).flatMap(([key, value]) => {
      const name = prefix + key;
      if (Array.isArray(value))
        return value.flatMap((item, index) =>
          Object.entries(
            typeof item === "object" && item ? formFields(item as Record<string, unknown>, `${name}.${index}.`) : { [`${name}.${index}`]: String(item) },
          ),
        );
      if (value && typeof value === "object") return Object.entries(formFields(value as Record<string, unknown>, `${name}.`));
      return [[name, value == null ? "" : String(value)]];
    }),
  );
}
