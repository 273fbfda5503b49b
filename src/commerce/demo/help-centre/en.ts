// The English help centre and return policy, in Sunday Harbour's voice: warm, plain, specific.
import type { ZoneId } from '../shipping-zones.js';
import { joinList, type HelpFacts } from './help-facts.js';
import type { LanguageContent } from './topics.js';

const ZONES: Record<ZoneId, string> = {
  singapore: 'Singapore',
  southeast_asia: 'Southeast Asia (Malaysia, Indonesia, Thailand, Vietnam, the Philippines)',
  east_asia: 'East Asia (China, Hong Kong, Taiwan, Japan, South Korea)',
  gulf_oceania: 'The Gulf and Oceania (UAE, Saudi Arabia, Australia)',
  europe_americas: 'Europe and the Americas (UK, Spain, Portugal, US, Mexico, Brazil)',
};

const TAX_COUNTRIES: Record<string, readonly [country: string, tax: string]> = {
  SG: ['Singapore', 'GST'], MY: ['Malaysia', 'low-value goods tax'], AU: ['Australia', 'GST'], GB: ['the UK', 'VAT'], ES: ['Spain', 'VAT'], PT: ['Portugal', 'VAT'],
};

/** The countries where tax is paid at checkout, each with its rate and tax name. */
function taxedCountries(f: HelpFacts): string {
  const named = f.checkoutTax.map(({ country, percent }) => {
    const [name, tax] = TAX_COUNTRIES[country] ?? [country, 'tax'];
    return `${name} (${percent}% ${tax})`;
  });
  return joinList(named, 'en');
}

const LOCAL_PAYMENTS: ReadonlyArray<readonly [string, string]> = [
  ['SG', 'Singapore'], ['MY', 'Malaysia'], ['ID', 'Indonesia'], ['TH', 'Thailand'], ['VN', 'Vietnam'], ['PH', 'The Philippines'],
  ['CN', 'China'], ['HK', 'Hong Kong'], ['TW', 'Taiwan'], ['JP', 'Japan'], ['KR', 'South Korea'], ['PT', 'Portugal'],
  ['MX', 'Mexico'], ['BR', 'Brazil'],
];

const GLOBAL_METHODS = ['Visa/Mastercard/Amex', 'PayPal', 'Apple Pay'];

const days = ([from, to]: readonly [number, number]): string => (from === to ? `${from} business day${from === 1 ? '' : 's'}` : `${from}–${to} business days`);

export const EN: LanguageContent<HelpFacts> = {
  articles: (f) => ({
    'shipping-times': {
      title: 'How long will my order take to arrive?',
      body: [
        `We pack every order in our Singapore warehouse within ${f.processingDays} business days of payment (orders paid before 2 pm Singapore time on a weekday usually leave the same day). After that, delivery takes:`,
        ...f.zones.map((zone) => `• ${ZONES[zone.id]}: standard ${days(zone.days.standard)}, express ${days(zone.days.express)}.`),
        'Your order confirmation shows a “delivered by” date that already includes packing time. During 11.11, 12.12 and other big sales, allow 2–3 extra days.',
      ].join('\n'),
    },
    'shipping-fees': {
      title: 'Shipping fees and free shipping',
      body: [
        `Standard shipping is free on every order of ${f.freeShippingThreshold} or more after discounts (shown at checkout in your currency, for example ${f.localThreshold('SGD')}, ${f.localThreshold('MYR')} or ${f.localThreshold('IDR')}). Below that, and for express, the fees are:`,
        ...f.zones.map((zone) => `• ${ZONES[zone.id]}: standard ${zone.fee.standard}, express ${zone.fee.express}.`),
        `Express is never free, but the ${f.freeShippingCode.code} code gives free standard shipping from ${f.freeShippingCode.minSpend}.`,
      ].join('\n'),
    },
    'customs-duties': {
      title: 'Customs, duties and import tax',
      body: `For orders to ${taxedCountries(f)}, we collect the tax at checkout, so there is nothing more to pay when your parcel arrives. Everywhere else, your country’s customs may charge import duty or tax on arrival; the carrier collects it from you before delivery, and we can’t predict the exact amount. We always declare the real value and can’t mark orders as gifts. Clearance normally takes 1–3 days; if your parcel has been held longer than ${f.customsStuckDays} days, check for a message from the carrier asking for documents or payment, then tell us and we’ll chase it. If you refuse to pay duties, the parcel comes back to us and we refund the items, minus shipping.`,
    },
    'tracking-help': {
      title: 'Tracking your parcel',
      body: `As soon as your parcel leaves us, we e-mail you the carrier and tracking number; you can also follow it on our tracking page or under Orders in your account. Tracking can go quiet for a day or two while a parcel is handed between carriers or flies abroad, and that’s normal. If there has been no new scan for ${f.noScanDays} days, write to us and we’ll open an investigation with the carrier. If tracking says delivered but you can’t find it, check with neighbours, building security and parcel lockers, and wait until the end of the next day; then let us know within 7 days and we’ll start a claim and send a replacement or refund once the carrier has checked.`,
    },
    'returns-how-to': {
      title: 'How to return something',
      body: `You have ${f.returns.windowDays} days from delivery to return items (${f.returns.vipWindowDays} days for VIP members, whose lifetime spend is over ${f.vipSpend}). Items must be unworn, unwashed and unused with their tags on. Beauty and skincare, underwear and gift cards can’t be returned unless they arrive faulty, damaged or not what you ordered. To start, go to Orders, choose “Return items”, pick the items and a reason, and we’ll e-mail a prepaid label to drop off with the carrier. For change-of-mind returns, ${f.returns.labelFee} for the label comes off your refund; it’s free for VIP members and for faulty or wrong items. Returns worth more than ${f.returns.manualApprovalAbove} are checked by our team within ${f.returns.manualApprovalDays} business days before the label is sent.`,
    },
    exchanges: {
      title: 'Exchanging for another size or colour',
      body: `Need a different size or colour of the same item? You can exchange within ${f.returns.exchangeWindowDays} days of delivery, and the first exchange of each item is free, label included. Start it under Orders → “Exchange”, and we’ll send the new size as soon as the carrier scans your return, so you don’t wait for it to reach us. If the size you want is sold out, we refund you instead. Exchanges follow the same condition rules as returns: unworn, with tags on.`,
    },
    'refund-timing': {
      title: 'When will I get my refund?',
      body: `We issue your refund within ${f.returns.refundDays} business days of your return reaching our warehouse, and e-mail you when we do. It goes back to the way you paid: e-wallets such as GrabPay, GCash or GoPay usually show it within 1–3 days, cards within 5–10 business days, and bank transfers within 3–5 business days, depending on your bank. If you cancel an order before we pack it, the refund is issued within 1 business day.`,
    },
    'payment-methods': {
      title: 'Ways to pay',
      body: [
        `${joinList(GLOBAL_METHODS, 'en')} work in most countries. Checkout also offers the local ways people pay:`,
        ...LOCAL_PAYMENTS.map(([country, name]) => `• ${name}: ${joinList(f.paymentMethods(country).filter((method) => !GLOBAL_METHODS.includes(method)), 'en')}.`),
        'With bank transfers, QR codes, Konbini, OXXO, Boleto and Pix, your order waits for payment and is cancelled automatically if the payment code expires (24–72 hours depending on the method). We never ask for card details by chat or e-mail.',
      ].join('\n'),
    },
    'coupons-promotions': {
      title: 'Using discount codes and promotions',
      body: `Enter your code at checkout. Only one code works per order, except that ${f.freeShippingCode.code} (free standard shipping from ${f.freeShippingCode.minSpend}) can be added to a percentage code such as ${f.welcome.code}. ${f.welcome.code} gives ${f.welcome.percent}% off your first order over ${f.welcome.minSpend}. Automatic promotions such as double-day sales apply on their own; a few sales can’t be combined with codes, and then checkout keeps whichever saves you more. Codes and sales start and end on Singapore time, don’t apply to gift cards, and can’t be added after an order is placed. If you return part of an order that met a spend threshold, the refund is recalculated.`,
    },
    'order-changes-cancellation': {
      title: 'Changing or cancelling an order',
      body: 'You can change the size, colour or delivery address, or cancel the order, until we start packing it, usually within a business day of payment. Do it under Orders, or message us with your order number (PD-123456). Once an order is packed or shipped we can’t stop it, but you can return it after delivery. Unpaid bank-transfer and QR orders cancel themselves when the payment code expires, so there is nothing to do. If you cancel a paid order, the refund is issued within 1 business day.',
    },
    warranty: {
      title: 'Warranty and faulty items',
      body: `Tidewell gadgets (power banks, earbuds, chargers and phone cases) have a ${f.warranty.gadgetMonths}-month warranty from delivery; everything else is covered for ${f.warranty.defectDays} days against manufacturing faults such as failed seams, zips or soles. Send us your order number with a photo or short video and we’ll repair, replace or refund, with a free return label. Normal wear, drops, water beyond the stated rating and damage from misuse aren’t covered.`,
    },
    'size-guide': {
      title: 'Finding your size',
      body: 'Every product page has a size chart in centimetres. For shirts and jackets, compare your chest measurement with the chart; our linen shirts are cut relaxed, so size down if you like a closer fit. For dresses, check bust, waist and hips. Shoes come in EU sizes with the US men’s and women’s equivalents and the foot length each fits: measure your foot from heel to longest toe and, if you’re between sizes, go up. Socks come in S (EU 35–38), M (39–42) and L (43–46). If the fit is off, exchanging for another size is free.',
    },
    'account-help': {
      title: 'Your account, password and e-mails',
      body: `You don’t need an account to order, but with one you can track orders, save addresses and start returns in two taps. Forgot your password? Use “Forgot password” on the sign-in page; the link is valid for ${f.passwordResetMinutes} minutes, so check your spam folder if it doesn’t arrive. You can change your e-mail address and newsletter settings under Account → Profile. To delete your account, write to ${f.supportEmail}; we erase it within ${f.accountDeletionDays} days, keeping only the order records the law requires.`,
    },
    'gift-wrap': {
      title: 'Gift wrap and gift messages',
      body: `Add gift wrap at checkout for ${f.giftWrapFee} per order: recycled paper, a cotton ribbon and a handwritten card with your message (up to ${f.giftMessageCharacters} characters). The packing slip in a gift-wrapped parcel shows no prices, and you can ship straight to the recipient. Gift cards are e-mailed on the date you choose. The recipient can exchange a gift under the usual rules; refunds go back to whoever paid.`,
    },
    'group-buys': {
      title: 'How group buys work',
      body: `Items marked “Group Buy” are ${f.groupBuy.percentOff}% cheaper when ${f.groupBuy.size} people buy them together. Start a group or join one and pay as usual; your order shows “waiting for group” until ${f.groupBuy.size} paid orders have joined, then it ships like any other order. If the group doesn’t fill within ${f.groupBuy.hours} hours, we refund you in full automatically. You can leave a group for a full refund at any time before it fills.`,
    },
  }),
  returnPolicy: (f) => [
    'Sunday Harbour return policy',
    `Returns: you can return most items within ${f.returns.windowDays} days of delivery. VIP members (lifetime spend over ${f.vipSpend}) have ${f.returns.vipWindowDays} days.`,
    `Exchanges: you can exchange for another size or colour of the same item within ${f.returns.exchangeWindowDays} days of delivery. The first exchange of each item is free.`,
    'Condition: items must be unworn, unwashed and unused, with original tags attached and, for shoes, in their box. Please include your order number.',
    'Not returnable: beauty and skincare products, underwear and gift cards, for hygiene and security reasons, unless they arrive faulty, damaged or are not what you ordered.',
    `Costs: there is no restocking fee. For change-of-mind returns, the ${f.returns.labelFee} return label is deducted from your refund. Returns are free for VIP members and whenever an item is faulty, damaged or wrong.`,
    `Approval: returns worth more than ${f.returns.manualApprovalAbove} are reviewed by our team within ${f.returns.manualApprovalDays} business days before we send the label.`,
    `Refunds: we refund to your original payment method within ${f.returns.refundDays} business days of receiving your return. Your bank or wallet may take a few more days to show it.`,
    `Faulty items: Tidewell gadgets carry a ${f.warranty.gadgetMonths}-month warranty; all other products are covered for ${f.warranty.defectDays} days against manufacturing faults.`,
    `Questions: write to ${f.supportEmail} or chat with us.`,
  ].join('\n'),
};
