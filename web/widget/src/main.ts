// Entry point of widget.js, the script merchants embed. Reads the snippet's own <script> element, mounts the
// chat in a shadow root (so the shop's CSS cannot reach it) and connects it to the Peakdesk server.
import css from './styles.css?inline';
import { ChatController } from './chat-controller.js';
import { newClientId } from './client-id.js';
import { panelDirection } from '../../shared/direction.js';
import { embedConfigFrom } from './embed-config.js';
import { labelsFor } from './labels.js';
import { WidgetView } from './view.js';
import { browserStorage, VisitorStore } from './visitor-store.js';

const HOST_ID = 'peakdesk-widget';

// Only set while this script's top level runs; read it now, before any await or event.
const currentScript = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;

function applyStyles(root: ShadowRoot): void {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
}

function mount(): void {
  const config = embedConfigFrom(currentScript, location.href);
  if (!config) {
    console.warn('Peakdesk: widget.js needs a data-peakdesk-key attribute on its <script> tag.');
    return;
  }
  if (document.getElementById(HOST_ID)) return;

  const html = document.documentElement;
  const labels = labelsFor(html.lang || navigator.language);
  const direction = panelDirection({ dir: html.dir || document.body.dir, lang: html.lang, browserLanguage: navigator.language });

  // A tag of its own, so page rules aimed at divs or other common elements never match the host.
  const host = document.createElement('peakdesk-widget');
  host.id = HOST_ID;
  const root = host.attachShadow({ mode: 'open' });
  applyStyles(root);

  const controller = new ChatController({
    origin: config.origin,
    widgetKey: config.key,
    visitors: new VisitorStore(config.key, browserStorage()),
    labels,
    locale: navigator.language,
    newId: () => newClientId(),
  });
  controller.attach(new WidgetView(root, labels, direction, controller));
  document.body.append(host);
  window.addEventListener('online', () => controller.reconnectNow());
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount, { once: true });
else mount();
