// When the console offers translation, and what the reply box sends once the agent translated a draft.

/** A message is worth translating when its language is known and is not the agent's. */
export function needsTranslation(messageLanguage: string | null | undefined, agentLanguage: string): boolean {
  return Boolean(messageLanguage) && messageLanguage !== agentLanguage;
}

export interface DraftPreview {
  /** The draft as the agent wrote it when it was translated. */
  original: string;
  translated: string;
  target: string;
}

/** The translation goes out while the draft is still what was translated; any edit discards it. */
export function textToSend(draft: string, preview: DraftPreview | null): string {
  return preview && preview.original === draft.trim() ? preview.translated : draft.trim();
}
