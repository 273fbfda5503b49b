// Sunday Harbour's own wording for a few promotion replies, as a merchant writes them in the admin:
// warmer than the built-in texts, in the shop's three busiest chat languages.
import type { PromotionScript } from '../types.js';

export function buildPromotionScripts(): PromotionScript[] {
  return [
    { id: 'ps_campaigns_en', scenario: 'campaigns_running', language: 'en', text: 'Good timing! Here is what is on at Sunday Harbour right now:\n{list}' },
    { id: 'ps_campaigns_zh', scenario: 'campaigns_running', language: 'zh-Hans', text: '亲，来得正好！Sunday Harbour 正在进行的优惠：\n{list}' },
    { id: 'ps_campaigns_id', scenario: 'campaigns_running', language: 'id', text: 'Pas banget, Kak! Promo Sunday Harbour yang lagi jalan:\n{list}' },
    { id: 'ps_expired_en', scenario: 'coupon_expired', language: 'en', text: 'Oh no, {code} ran out on {end}. Good news though: there are still ways to save.' },
    { id: 'ps_expired_zh', scenario: 'coupon_expired', language: 'zh-Hans', text: '亲，{code} 已在 {end} 到期啦～不过别担心，还有其他优惠可以用哦。' },
  ];
}
