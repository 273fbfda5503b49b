// Entry point of the demo shop page: loads the catalogue, renders it in the visitor's language and embeds
// the chat widget with the shop's widget key.
import './shop.css';
import { isRtlLanguage } from '../../shared/direction.js';
import { fetchDemoShop } from './demo-api.js';
import { chooseLanguage } from './localized.js';
import { renderFailure, renderStorefront } from './storefront.js';
import { embedWidget } from './widget-embed.js';

async function start(container: HTMLElement): Promise<void> {
  try {
    const data = await fetchDemoShop();
    const language = chooseLanguage(navigator.languages, data.shop.languages);
    document.documentElement.lang = language;
    document.documentElement.dir = isRtlLanguage(language) ? 'rtl' : 'ltr';
    document.title = data.shop.name;
    renderStorefront(container, data, language);
    embedWidget(document, location.origin, data.widgetKey);
  } catch (error) {
    renderFailure(container, error instanceof Error ? error.message : String(error));
  } finally {
    container.removeAttribute('aria-busy');
  }
}

const container = document.getElementById('shop');
if (container) void start(container);
