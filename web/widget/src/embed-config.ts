// Reads the merchant's embed snippet: the server origin comes from the widget's own script src, the widget
// key from its data-peakdesk-key attribute.

export interface EmbedConfig {
  /** Origin of the Peakdesk server that served widget.js, e.g. https://help.example.com */
  origin: string;
  key: string;
}

export interface EmbedScript {
  readonly src: string;
  getAttribute(name: string): string | null;
}

const KEY_ATTRIBUTE = 'data-peakdesk-key';

export function embedConfigFrom(script: EmbedScript | null, pageUrl: string): EmbedConfig | null {
  if (!script?.src) return null;
  const key = script.getAttribute(KEY_ATTRIBUTE)?.trim();
  if (!key) return null;
  try {
    const origin = new URL(script.src, pageUrl).origin;
    return origin === 'null' ? null : { origin, key };
  } catch {
    return null;
  }
}
