// Adds the chat widget to the page exactly as a merchant's embed snippet would.

export function embedWidget(doc: Document, origin: string, widgetKey: string): HTMLScriptElement {
  const script = doc.createElement('script');
  script.src = new URL('/widget.js', origin).toString();
  script.async = true;
  script.setAttribute('data-peakdesk-key', widgetKey);
  doc.body.append(script);
  return script;
}
