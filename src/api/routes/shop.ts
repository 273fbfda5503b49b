// Public storefront data for the demo shop page: the catalog summary and the shop's widget key
// (a publishable key: it only lets a browser open a chat with this shop).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ApiError, parseWith } from '../errors.js';
import type { AppContext } from '../context.js';

const params = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,64}$/, 'must be a shop slug') });

export function registerShop(app: FastifyInstance, ctx: AppContext): void {
  app.get('/api/shop/:slug', async (req) => {
    const { slug } = parseWith(params, req.params);
    const tenant = await ctx.tenants.bySlug(slug);
    if (!tenant) throw new ApiError(404, 'not_found', `shop ${slug} not found`);
    const products = await ctx.reader.products(tenant.id);
    const { name, defaultCurrency, currencies, languages, supportEmail } = tenant.shop;
    return {
      shop: { name, slug: tenant.slug, defaultCurrency, currencies, languages, supportEmail },
      products: products.map((p) => {
        const v = p.variants[0];
        const options: Record<string, string[]> = {};
        for (const name of p.optionNames) options[name] = [...new Set(p.variants.map((x) => x.options[name]).filter((x): x is string => !!x))];
        return {
          id: p.id,
          handle: p.handle,
          title: p.title,
          description: p.description,
          category: p.category,
          priceMinor: v?.price.amountMinor ?? 0,
          currency: v?.price.currency ?? defaultCurrency,
          options,
          inStock: p.variants.some((x) => x.stock > 0),
        };
      }),
      widgetKey: tenant.widgetKey,
    };
  });
}
