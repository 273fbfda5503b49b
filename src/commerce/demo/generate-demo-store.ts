// Builds the demo store every fresh install starts with: Sunday Harbour's catalog, customers,
// two thousand orders in every state with their parcels, promotions, codes, policy and help centre.
// The same seed and `now` always give the same store; every date is relative to `now`.
import { ORDER_STATES, type DemoStoreData, type OrderState } from '../types.js';
import { buildCatalog } from './catalog/build-catalog.js';
import { buildCoupons } from './coupons.js';
import { applyOrderHistory, applyReturnHistory } from './customer-history.js';
import { generateCustomers } from './generate-customers.js';
import { generateOrders } from './generate-orders.js';
import { generateReturns } from './generate-returns.js';
import { buildArticles } from './help-centre/build-articles.js';
import { customerPicker } from './order-plans.js';
import { buildPromotionScripts } from './promotion-scripts.js';
import { buildPromotions } from './promotions.js';
import { createRandom } from './random.js';
import { buildReturnPolicy } from './return-policy.js';
import { SHOP_PROFILE } from './shop-profile.js';

export interface GenerateDemoStoreOptions {
  seed?: number;
  /** The moment the store is generated for; defaults to the current time. */
  now?: Date;
}

export const DEFAULT_DEMO_SEED = 20_240_611;
export const DEMO_CUSTOMER_COUNT = 360;
/** Every order state gets at least this many orders, plus a seeded handful more. */
export const MIN_ORDERS_PER_STATE = 200;

export function generateDemoStore(options: GenerateDemoStoreOptions = {}): DemoStoreData {
  const now = new Date(options.now ?? new Date());
  const random = createRandom(options.seed ?? DEFAULT_DEMO_SEED);
  // Each part draws from its own stream, so changing one part does not reshuffle the others.
  const products = buildCatalog(random.fork('catalog'));
  const promotions = buildPromotions(now, products);
  const coupons = buildCoupons(now, products);
  const profiles = generateCustomers(DEMO_CUSTOMER_COUNT, now, random.fork('customers'));
  const counting = random.fork('counts');
  const counts = Object.fromEntries(ORDER_STATES.map((state) => [state, MIN_ORDERS_PER_STATE + counting.int(8, 48)])) as Record<OrderState, number>;
  const { orders, shipments } = generateOrders({
    now, random: random.fork('orders'), products, pickCustomer: customerPicker(profiles), promotions, coupons, counts,
  });
  return {
    shop: { ...SHOP_PROFILE, currencies: [...SHOP_PROFILE.currencies], languages: [...SHOP_PROFILE.languages] },
    products,
    customers: applyReturnHistory(applyOrderHistory(profiles, orders, shipments, random.fork('history')), orders, random.fork('returns')),
    orders,
    shipments,
    promotions,
    coupons,
    returnPolicy: buildReturnPolicy(),
    articles: buildArticles(),
    promotionScripts: buildPromotionScripts(),
    returns: generateReturns(orders, now, random.fork('return-requests')),
  };
}
