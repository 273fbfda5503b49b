// The Admin GraphQL documents the Shopify connector sends: one per entity kind, cursor-paginated
// (pageInfo.endCursor), filtered by Shopify's search syntax for reconciliation (updated_at:>=…).
// Nested limits are kept small because Shopify refuses a query whose requested cost exceeds 1,000
// points: an order with these limits is ~364 points (its two most recent returns ~74 of them), so
// order pages hold 2 orders (the connector sizes pages from each answer's requestedQueryCost).
const MONEY = 'presentmentMoney { amount currencyCode }';

/**
 * A return as the bot needs it: Shopify's status, the items, the reverse delivery (label, tracking:
 * "on its way back") and whether the reverse fulfilment order closed (received), and its refunds.
 */
const RETURN_FIELDS = `id name status createdAt closedAt requestApprovedAt decline { reason }
    returnLineItems(first: 5) { nodes { quantity ... on ReturnLineItem { fulfillmentLineItem { lineItem { id } } } } }
    reverseFulfillmentOrders(first: 1) { nodes { status reverseDeliveries(first: 1) { nodes { deliverable {
      ... on ReverseDeliveryShippingDeliverable { label { publicFileUrl } tracking { number url } } } } } } }
    refunds(first: 2) { nodes { createdAt totalRefundedSet { ${MONEY} } } }`;

export const ORDER_FIELDS = `
  id name email phone createdAt updatedAt processedAt cancelledAt closedAt
  displayFinancialStatus displayFulfillmentStatus presentmentCurrencyCode
  subtotalPriceSet { ${MONEY} } totalShippingPriceSet { ${MONEY} } totalDiscountsSet { ${MONEY} }
  totalTaxSet { ${MONEY} } totalPriceSet { ${MONEY} }
  discountCodes paymentGatewayNames
  customer { id }
  shippingAddress { name address1 address2 city province zip countryCodeV2 phone }
  lineItems(first: 20) { nodes { id title sku quantity unfulfilledQuantity variant { id } product { id } originalUnitPriceSet { ${MONEY} } } }
  fulfillments(first: 3) {
    id status displayStatus createdAt updatedAt deliveredAt estimatedDeliveryAt
    trackingInfo(first: 1) { company number url }
    events(first: 10, sortKey: HAPPENED_AT) { nodes { happenedAt status message city country } }
    fulfillmentLineItems(first: 20) { nodes { lineItem { id } quantity } }
  }
  returns(first: 2) { nodes { ${RETURN_FIELDS} } }`;

export const ORDERS_QUERY = `query PeakdeskOrders($first: Int!, $after: String, $query: String) {
  orders(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
    pageInfo { hasNextPage endCursor }
    nodes { ${ORDER_FIELDS} }
  }
  ordersCount(query: $query, limit: null) { count }
}`;

export const ORDERS_COUNT_QUERY = `query PeakdeskOrdersCount { ordersCount(limit: null) { count } }`;

export const CUSTOMERS_QUERY = `query PeakdeskCustomers($first: Int!, $after: String, $query: String) {
  customers(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id displayName locale createdAt updatedAt tags numberOfOrders
      defaultEmailAddress { emailAddress } defaultPhoneNumber { phoneNumber }
      amountSpent { amount currencyCode } defaultAddress { countryCodeV2 }
    }
  }
  customersCount(query: $query, limit: null) { count }
}`;

export const PRODUCTS_QUERY = `query PeakdeskProducts($first: Int!, $after: String, $query: String) {
  shop { currencyCode }
  products(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id handle title description productType vendor tags status onlineStoreUrl updatedAt
      options { name }
      collections(first: 10) { nodes { handle } }
      variants(first: 50) { nodes { id sku price inventoryQuantity selectedOptions { name value } } }
    }
  }
  productsCount(query: $query, limit: null) { count }
}`;

const DISCOUNT_FIELDS = `title startsAt endsAt appliesOncePerCustomer updatedAt
  codes(first: 5) { nodes { code } }
  combinesWith { orderDiscounts productDiscounts shippingDiscounts }
  minimumRequirement { __typename ... on DiscountMinimumSubtotal { greaterThanOrEqualToSubtotal { amount currencyCode } } }`;

/** Which products a discount covers: listed products, variants' products, or collections (by handle). */
const DISCOUNT_ITEMS = `items { __typename
  ... on DiscountProducts { products(first: 50) { nodes { id } } productVariants(first: 50) { nodes { product { id } } } }
  ... on DiscountCollections { collections(first: 10) { nodes { handle } } } }`;

/** Discount codes (amount off and free shipping) become coupons, scoped to their products; buy-X-get-Y and app discounts are skipped. */
export const COUPONS_QUERY = `query PeakdeskCoupons($first: Int!, $after: String, $query: String) {
  codeDiscountNodes(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id
      codeDiscount {
        __typename
        ... on DiscountCodeBasic {
          ${DISCOUNT_FIELDS}
          customerGets { value { __typename ... on DiscountPercentage { percentage } ... on DiscountAmount { amount { amount currencyCode } } } ${DISCOUNT_ITEMS} }
        }
        ... on DiscountCodeFreeShipping { ${DISCOUNT_FIELDS} }
      }
    }
  }
}`;

const AUTOMATIC_FIELDS = `title startsAt endsAt updatedAt
  combinesWith { orderDiscounts productDiscounts shippingDiscounts }`;

/** Automatic discounts (no code) become promotions: amount/percent off, buy X get Y, free shipping. */
export const PROMOTIONS_QUERY = `query PeakdeskPromotions($first: Int!, $after: String, $query: String) {
  automaticDiscountNodes(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id
      automaticDiscount {
        __typename
        ... on DiscountAutomaticBasic {
          ${AUTOMATIC_FIELDS}
          minimumRequirement { __typename ... on DiscountMinimumSubtotal { greaterThanOrEqualToSubtotal { amount currencyCode } } }
          customerGets { value { __typename ... on DiscountPercentage { percentage } ... on DiscountAmount { amount { amount currencyCode } } } ${DISCOUNT_ITEMS} }
        }
        ... on DiscountAutomaticBxgy {
          ${AUTOMATIC_FIELDS}
          customerBuys { value { __typename ... on DiscountQuantity { quantity } } ${DISCOUNT_ITEMS} }
          customerGets { value { __typename ... on DiscountOnQuantity { quantity { quantity } effect { __typename ... on DiscountPercentage { percentage } } } } ${DISCOUNT_ITEMS} }
        }
        ... on DiscountAutomaticFreeShipping {
          ${AUTOMATIC_FIELDS}
          minimumRequirement { __typename ... on DiscountMinimumSubtotal { greaterThanOrEqualToSubtotal { amount currencyCode } } }
        }
      }
    }
  }
}`;

/** API 2025-07 takes callbackUrl (2025-10 renames it uri). */
export const SUBSCRIBE_WEBHOOK_MUTATION = `mutation PeakdeskSubscribe($topic: WebhookSubscriptionTopic!, $url: URL!) {
  webhookSubscriptionCreate(topic: $topic, webhookSubscription: { callbackUrl: $url, format: JSON }) {
    webhookSubscription { id topic }
    userErrors { field message }
  }
}`;

/**
 * The orders bulk query. Bulk operations allow five connections nested at most two deep and no
 * connection inside a list field, so fulfillments (a list) come without their events and line
 * items, and returns without their items, reverse deliveries and refunds; each order's line items
 * and returns arrive as their own JSONL rows carrying `__parentId`.
 */
export const BULK_ORDERS_QUERY = `{ orders(sortKey: UPDATED_AT) { edges { node {
  id name email phone createdAt updatedAt processedAt cancelledAt closedAt
  displayFinancialStatus displayFulfillmentStatus presentmentCurrencyCode
  subtotalPriceSet { ${MONEY} } totalShippingPriceSet { ${MONEY} } totalDiscountsSet { ${MONEY} }
  totalTaxSet { ${MONEY} } totalPriceSet { ${MONEY} }
  discountCodes paymentGatewayNames
  customer { id }
  shippingAddress { name address1 address2 city province zip countryCodeV2 phone }
  fulfillments { id status displayStatus createdAt updatedAt deliveredAt estimatedDeliveryAt trackingInfo { company number url } }
  lineItems { edges { node { id title sku quantity unfulfilledQuantity variant { id } product { id } originalUnitPriceSet { ${MONEY} } } } }
  returns { edges { node { id name status createdAt closedAt requestApprovedAt decline { reason } } } }
} } } }`;

export const BULK_RUN_MUTATION = `mutation PeakdeskBulkRun($query: String!) {
  bulkOperationRunQuery(query: $query) {
    bulkOperation { id status }
    userErrors { field message }
  }
}`;

/** API 2025-07: one bulk query per shop and app, read back through currentBulkOperation. */
export const BULK_CURRENT_QUERY = `query PeakdeskBulkCurrent {
  currentBulkOperation(type: QUERY) { id status errorCode objectCount url partialDataUrl query }
}`;

/** What of an order can still be returned: fulfillment line items (returnCreate takes these ids) per order line. */
export const RETURNABLE_QUERY = `query PeakdeskReturnable($orderId: ID!) {
  returnableFulfillments(orderId: $orderId, first: 10) {
    nodes { returnableFulfillmentLineItems(first: 50) { nodes { quantity fulfillmentLineItem { id lineItem { id } } } } }
  }
}`;

/** An approved (OPEN) return; returnRequest would leave it REQUESTED for the merchant to approve again. */
export const RETURN_CREATE_MUTATION = `mutation PeakdeskReturnCreate($returnInput: ReturnInput!) {
  returnCreate(returnInput: $returnInput) {
    return { id name status }
    userErrors { field message code }
  }
}`;
