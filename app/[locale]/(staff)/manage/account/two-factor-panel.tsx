"use client";

import { useActionState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { beginTwoFactorAction } from "@/lib/actions/account/begin-two-factor";
import { confirmTwoFactorAction } from "@/lib/actions/account/confirm-two-factor";
import { renewRecoveryCodesAction } from "@/lib/actions/account/renew-recovery-codes";
import { disableTwoFactorAction } from "@/lib/actions/account/disable-two-factor";
import { Button } from "@/components/ui/button";
import { Field, INPUT_CLASS } from "@/components/field";
import { FormAlert } from "@/components/form-alert";
import { RevealedSecrets } from "@/components/revealed-secrets";

/**
 * The second factor, in its three states: off (set it up), being set up (the QR code and a
 * code to confirm it), on (new recovery codes; off again, except for administrators). The
 * recovery codes a save reveals stay on screen, whatever state the page shows next.
 */
export function TwoFactorPanel({
  enabledAt,
  enrolment,
  recoveryCodesLeft,
  required,
}: {
  enabledAt: string | null;
  enrolment: { secret: string; uri: string; qrSvg: string } | null;
  recoveryCodesLeft: number;
  required: boolean;
}) {
  const t = useTranslations("account");
  const [begun, begin, beginning] = useActionState(beginTwoFactorAction, IDLE);
  const confirm = useActionState(confirmTwoFactorAction, IDLE);
  // One code, two uses: the button pressed says which.
  const manage = useActionState(
    (state: FormState, formData: FormData) =>
      formData.get("intent") === "off" ? disableTwoFactorAction(state, formData) : renewRecoveryCodesAction(state, formData),
    IDLE,
  );
  const revealed = confirm[0].reveal ?? manage[0].reveal;

  return (
    <div className="mt-3 space-y-4">
      {revealed && (
        <div className="space-y-3" data-testid="recovery-codes">
          <p role="status" className="rounded-md bg-green-50 p-3 text-sm">
            {(confirm[0].reveal ? confirm[0] : manage[0]).message}
          </p>
          <RevealedSecrets secrets={revealed} note={t("codesNote")} />
        </div>
      )}
      {enabledAt ? (
        <>
          <p data-testid="two-factor-status">{t("twoFactorOnSince", { at: enabledAt, left: recoveryCodesLeft })}</p>
          <CodeForm state={manage} hint={t(required ? "manageHintAdmin" : "manageHint")}>
            <Button type="submit" name="intent" value="renew" disabled={manage[2]}>
              {t("renewCodes")}
            </Button>
            {!required && (
              <button type="submit" name="intent" value="off" disabled={manage[2]} className="rounded-md border border-line px-3 py-2 text-sm">
                {t("turnOff")}
              </button>
            )}
          </CodeForm>
        </>
      ) : enrolment ? (
        <div className="space-y-4">
          <ol className="list-decimal space-y-1 pl-5 text-sm">
            <li>{t("step1")}</li>
            <li>{t("step2")}</li>
          </ol>
          <div className="flex flex-wrap items-start gap-6">
            {/* Drawn on the server from the otpauth:// address (lib/auth/two-factor.ts); nothing is fetched. */}
            <div role="img" aria-label={t("qrLabel")} className="size-48 shrink-0 bg-white" dangerouslySetInnerHTML={{ __html: enrolment.qrSvg }} />
            <div className="min-w-0 space-y-1 text-sm">
              <p>{t("typeSecret")}</p>
              <p className="font-mono break-all select-all" data-testid="totp-secret">
                {enrolment.secret.replace(/(.{4})/g, "$1 ").trim()}
              </p>
            </div>
          </div>
          <CodeForm state={confirm}>
            <Button type="submit" disabled={confirm[2]}>
              {t("confirmCode")}
            </Button>
          </CodeForm>
        </div>
      ) : (
        !revealed && (
          <form action={begin} className="space-y-3">
            <p className="text-sm">{t(required ? "twoFactorRequired" : "twoFactorOffText")}</p>
            {begun.status === "error" && begun.message && <FormAlert title={begun.message} />}
            <Button type="submit" disabled={beginning}>
              {t("setUp")}
            </Button>
          </form>
        )
      )}
    </div>
  );
}

/** A six-digit code from the app, sent to the action by the buttons in `children`; its refusal shown beside the field. */
function CodeForm({
  state: [state, action],
  hint,
  children,
}: {
  state: [FormState, (formData: FormData) => void, boolean];
  hint?: string;
  children: ReactNode;
}) {
  const t = useTranslations("account");
  return (
    <form action={action} className="max-w-sm space-y-3" noValidate>
      {state.status === "error" && state.message && !state.fieldErrors?.code && <FormAlert title={state.message} />}
      {state.status === "idle" && state.message && !state.reveal && (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm">
          {state.message}
        </p>
      )}
      <Field name="code" label={t("code")} error={state.fieldErrors?.code} required hint={hint}>
        {(control) => <input {...control} inputMode="numeric" autoComplete="one-time-code" maxLength={9} className={INPUT_CLASS} />}
      </Field>
      <div className="flex flex-wrap gap-3">{children}</div>
    </form>
  );
}
