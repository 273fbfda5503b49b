// Remembers the visitor token per widget key in localStorage, so a reload resumes the same conversation.
// Storage can be missing or throw (privacy modes, blocked third-party storage); the widget then simply
// starts a fresh conversation.

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function visitorStorageKey(widgetKey: string): string {
  return `peakdesk:${widgetKey}:visitor`;
}

export class VisitorStore {
  constructor(
    private readonly widgetKey: string,
    private readonly storage: KeyValueStorage | null,
  ) {}

  load(): string | null {
    try {
      return this.storage?.getItem(visitorStorageKey(this.widgetKey)) || null;
    } catch {
      return null;
    }
  }

  save(token: string): void {
    try {
      this.storage?.setItem(visitorStorageKey(this.widgetKey), token);
    } catch {
      // Storage full or blocked: the conversation still works for this page view.
    }
  }
}

/** window.localStorage, or null where merely touching it throws. */
export function browserStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
