// Builds the connector for a tenant's stored connection: the platform's client over a retrying HTTP
// dispatcher with the given timeouts.
import { generateDemoStore } from '../demo/index.js';
import type { DemoStoreData } from '../types.js';
import type { StoreConnector } from './connector.js';
import type { StoreConnection } from './connections.js';
import { DemoConnector } from './demo/demo-connector.js';
import { ShopifyClient } from './shopify/shopify-client.js';
import { ShopifyConnector } from './shopify/shopify-connector.js';
import { storeDispatcher, type StoreHttpOptions } from './store-http.js';
import { WooClient } from './woocommerce/woo-client.js';
import { WooConnector } from './woocommerce/woo-connector.js';

export interface ConnectorOptions {
  http?: StoreHttpOptions;
  /** The demo store's data (defaults to the generator's default seed). */
  demo?: () => DemoStoreData;
  pageSize?: number;
  /** Shopify bulk operations: poll interval and how long to wait for a busy shop. */
  bulk?: { pollMs?: number; busyWaitMs?: number };
}

export function createConnector(conn: StoreConnection, o: ConnectorOptions = {}): StoreConnector {
  switch (conn.platform) {
    case 'demo':
      return new DemoConnector((o.demo ?? (() => generateDemoStore()))(), o.pageSize);
    case 'shopify': {
      const client = new ShopifyClient({ shopUrl: conn.baseUrl, accessToken: conn.credentials.accessToken, dispatcher: storeDispatcher(o.http) });
      return new ShopifyConnector(client, conn.baseUrl, o.pageSize, o.bulk);
    }
    case 'woocommerce': {
      const client = new WooClient({ baseUrl: conn.baseUrl, consumerKey: conn.credentials.consumerKey, consumerSecret: conn.credentials.consumerSecret, dispatcher: storeDispatcher(o.http) });
      return new WooConnector(client, o.pageSize);
    }
  }
}
