// Greeting, thanks and goodbye: short, in the shopper's language, with the shop's name.
import { render } from '../reply/render.js';
import type { SkillContext, SkillResult } from './types.js';

export function smalltalk(ctx: SkillContext, intent: 'greeting' | 'thanks' | 'goodbye'): SkillResult {
  const text = render(ctx.language, intent, { shop: ctx.shop.name });
  const quickReplies = intent === 'greeting' ? (['quick_order', 'quick_shipping', 'quick_returns'] as const).map((k) => render(ctx.language, k)) : undefined;
  return { replies: [quickReplies ? { text, quickReplies } : { text }] };
}
