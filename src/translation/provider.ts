// What the console needs from a machine-translation service. Adapters (LibreTranslate, DeepL) speak
// their documented HTTP APIs; which one runs is configuration (createTranslationProvider).

export interface Translation {
  text: string;
  /** The language the service read the text as (ours, e.g. 'zh-Hans'), when it says. */
  source: string | null;
}

export interface TranslationProvider {
  /** Stable name, stored beside cached translations. */
  readonly name: string;
  /** Translates into `target` (one of our language codes); `source` undefined = let the service detect it. */
  translate(text: string, target: string, source?: string): Promise<Translation>;
}

/** The service failed or answered something we cannot use; the message is safe to show an agent. */
export class TranslationError extends Error {}
