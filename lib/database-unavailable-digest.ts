/** Error digest the pages' error boundary recognises: the database is down, not the page. */
export const DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";
