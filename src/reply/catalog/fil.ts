// Filipino (fil) reply texts, polite Taglish support-chat style with "po".
import type { Catalog } from './en.js';

export const fil: Catalog = {
  greeting: 'Hi po! Ako ang assistant ng {shop}. Puwede ko po kayong tulungang mag-check ng order, magpaliwanag tungkol sa shipping, returns at payments, o i-connect kayo sa isa naming teammate. Ano po ang maitutulong ko?',
  thanks: 'Walang anuman po! May iba pa po ba akong maitutulong?',
  goodbye: 'Salamat po sa pag-chat sa {shop}. Have a great day po!',
  ask_order_number: 'Sige po, iche-check ko. Ano po ang order number ninyo? Ganito po ang itsura nito: {example}.',
  ask_order_email: 'Para sa privacy ninyo, pakisabi po ang email address na ginamit sa order {number}.',
  order_not_found: 'Pasensya na po, hindi ko mahanap ang order {number} gamit ang mga detalyeng ito. Paki-check po ulit ang order number (ganito ang itsura: {example}) at ang email na ginamit sa checkout.',
  order_unpaid: 'Naghihintay pa po ng bayad ang order {number} ({total}). Ipo-process po ito agad kapag na-confirm na ang payment.',
  order_awaiting_group_buy: 'Bayad na po ang order {number} at hinihintay na lang mapuno ang group buy nito. Kapag kumpleto na ang group, ipa-pack at ishi-ship na po ito.',
  order_paid: 'Bayad na po ang order {number} at inihahanda na. Guaranteed po na darating ito nang hindi lalampas sa {promised}.',
  order_packed: 'Naka-pack na po ang order {number} at malapit nang i-turn over sa courier. Guaranteed po na darating ito nang hindi lalampas sa {promised}.',
  order_partially_shipped: 'Papunta na po sa inyo ang bahagi ng order {number} via {carrier} (tracking {tracking}): {event}. Susunod po ang natitira sa hiwalay na parcel.',
  order_shipped: 'Papunta na po sa inyo ang order {number} via {carrier}, tracking number {tracking}. Latest update: {event}. Estimated delivery: {eta}.',
  order_delivered: 'Na-deliver po ang order {number} noong {delivered}. Kung may problema po rito, sabihin lang ninyo at ipapasa ko kayo sa isang teammate para matulungan kayo.',
  order_cancelled: 'Na-cancel po ang order {number} noong {cancelled}. Ire-refund po ang anumang naibayad sa original na payment method.',
  order_closed: 'Completed at closed na po ang order {number}. May iba pa po ba akong maitutulong tungkol dito?',
  handoff: 'Ikokonekta ko po kayo sa isang teammate na siyang tutulong sa inyo mula rito. Puwede po kayong magpatuloy sa pag-message; makikita nila ang buong conversation.',
  handoff_anger: 'Pasensya na po talaga rito. Kukuha na po ako ng teammate ngayon din para maayos ito nang tama.',
  clarify: 'Sorry po, hindi ko masyadong naintindihan. Puwede po bang pakisabi sa ibang paraan? Makakatulong ako sa orders, tracking, shipping, returns, payments at coupons.',
  knowledge: '{body}',
  knowledge_source: 'Source: {title}',
  no_answer: 'Wala po akong siguradong sagot diyan, kaya ipapasa ko po ito sa isang teammate.',
  quick_order: 'Nasaan na ang order ko?',
  quick_shipping: 'Shipping fee',
  quick_returns: 'Return policy',
};
