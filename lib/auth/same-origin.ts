/**
 * Whether a state-changing request comes from one of the portal's own pages: its Origin
 * names the host it was sent to, as Next checks for server actions. A browser always sends
 * Origin with a POST and a page on another site cannot forge it, so a cross-site form or
 * fetch riding on a staff member's cookie is refused (SameSite=Lax alone lets some through).
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
