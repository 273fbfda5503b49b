// Renders the demo storefront: header, the assistant hint, category filter, product grid and footer.
import { el } from '../../shared/dom.js';
import type { DemoProduct, DemoShop } from './demo-api.js';
import { pickLocalized } from './localized.js';
import { formatMinor } from './money.js';

const ORDER_HINT = "Try the assistant: ask 'where is my order PD-100001?'";

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A stable hue per category, so product tiles of one category share a colour. */
function categoryHue(category: string): number {
  let hash = 0;
  for (const char of category) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) % 360;
  return hash;
}

function productCard(product: DemoProduct, language: string): HTMLElement {
  const title = pickLocalized(product.title, language);
  const description = pickLocalized(product.description, language);
  const hue = categoryHue(product.category);
  const art = el('div', { class: 'product-art', 'aria-hidden': 'true' }, [Array.from(title)[0] ?? '•']);
  art.style.setProperty('--hue', String(hue));
  const options = Object.entries(product.options)
    .filter(([, values]) => values.length > 0)
    .map(([name, values]) => el('li', {}, [`${capitalize(name)}: ${values.map(capitalize).join(', ')}`]));
  return el('article', { class: 'product', 'data-product-handle': product.handle }, [
    art,
    el('div', { class: 'product-body' }, [
      el('p', { class: 'product-category' }, [capitalize(product.category)]),
      el('h3', { class: 'product-title' }, [title]),
      el('p', { class: 'product-description' }, [description]),
      ...(options.length > 0 ? [el('ul', { class: 'product-options' }, options)] : []),
      el('div', { class: 'product-footer' }, [
        el('span', { class: 'product-price' }, [formatMinor(product.priceMinor, product.currency, language)]),
        el('span', { class: product.inStock ? 'stock in-stock' : 'stock sold-out' }, [product.inStock ? 'In stock' : 'Sold out']),
      ]),
    ]),
  ]);
}

function categoryFilter(categories: string[], onPick: (category: string | null) => void): HTMLElement {
  const buttons: HTMLButtonElement[] = [];
  const pick = (button: HTMLButtonElement, category: string | null): void => {
    for (const other of buttons) other.setAttribute('aria-pressed', String(other === button));
    onPick(category);
  };
  for (const category of [null, ...categories]) {
    const button = el('button', { type: 'button', class: 'filter', 'aria-pressed': String(category === null) }, [
      category === null ? 'All products' : capitalize(category),
    ]);
    button.addEventListener('click', () => pick(button, category));
    buttons.push(button);
  }
  return el('nav', { class: 'filters', 'aria-label': 'Product categories' }, buttons);
}

export function renderStorefront(container: HTMLElement, data: DemoShop, language: string): void {
  const { shop, products } = data;
  const grid = el('div', { class: 'grid' });
  const count = el('p', { class: 'count', 'aria-live': 'polite' });
  const show = (category: string | null): void => {
    const visible = products.filter((product) => category === null || product.category === category);
    grid.replaceChildren(...visible.map((product) => productCard(product, language)));
    count.textContent = visible.length === 1 ? '1 product' : `${visible.length} products`;
  };
  const categories = [...new Set(products.map((product) => product.category))].sort();

  container.replaceChildren(
    el('header', { class: 'masthead' }, [
      el('div', { class: 'masthead-inner' }, [
        el('a', { class: 'brand', href: './' }, [shop.name]),
        el('p', { class: 'tagline' }, [`Free returns · Ships worldwide · Prices in ${shop.defaultCurrency}`]),
      ]),
    ]),
    el('main', { class: 'content' }, [
      el('aside', { class: 'assistant-hint' }, [ORDER_HINT]),
      el('div', { class: 'toolbar' }, [categoryFilter(categories, show), count]),
      products.length > 0 ? grid : el('p', { class: 'empty' }, ['No products are listed yet.']),
    ]),
    el('footer', { class: 'site-footer' }, [
      el('p', {}, [
        'Questions? Write to ',
        el('a', { href: `mailto:${shop.supportEmail}` }, [shop.supportEmail]),
        ' or use the chat in the corner.',
      ]),
      el('p', { class: 'footer-meta' }, [`Languages: ${shop.languages.join(', ')} · Currencies: ${shop.currencies.join(', ')}`]),
    ]),
  );
  show(null);
}

export function renderFailure(container: HTMLElement, reason: string): void {
  container.replaceChildren(
    el('main', { class: 'content failure', role: 'alert' }, [
      el('h1', {}, ['The shop is unavailable right now']),
      el('p', {}, [reason]),
      el('p', {}, ['Please check that the Peakdesk server is running, then reload this page.']),
    ]),
  );
}
