import en from "@/lib/i18n/messages/en.json";
import ru from "@/lib/i18n/messages/ru.json";

/**
 * Both languages' messages, for what translates outside a request's next-intl context: the
 * plain pages of the server in front, the proxy, feeds, and mail.
 */
export const MESSAGES = { en, ru } as const;
