// The languages the demo shop writes its own content in (titles, policy, help centre).
// Customers use more locales than this; the bot answers those from the nearest of these.

export const CONTENT_LANGUAGES = ['en', 'zh-Hans', 'id', 'th', 'vi', 'es'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

/** Text in every content language; the type makes a missing translation a compile error. */
export type Localised = Record<ContentLanguage, string>;
