// The rule set a tenant starts with until an admin edits it: the cases where a person must take over
// (complaint, anger, an explicit request, a return, two low-confidence turns in a row, a big order,
// a photo of a shipped or delivered order), plus a closed-hours notice.
import { ruleSetSchema, type RuleSet } from './rule-schema.js';

/** About US$500 in each of the demo shop's currencies. */
const HIGH_VALUE = { USD: 50000, EUR: 46000, SGD: 70000, MYR: 225000, IDR: 8000000, THB: 1700000, VND: 12700000, PHP: 2850000, JPY: 75000 };
const weekday: [string, string][] = [['09:00', '18:00']];

export const DEFAULT_RULE_SET: RuleSet = ruleSetSchema.parse({
  rules: [
    {
      id: 'human-request',
      name: 'Shopper asks for a person',
      conditions: [{ type: 'intent', in: ['human_agent'] }],
      actions: [{ type: 'handoff', reason: 'requested' }, { type: 'set_priority', level: 2 }, { type: 'tag', tags: ['asked-for-human'] }],
    },
    {
      id: 'human-request-closed',
      name: 'Shopper asks for a person outside business hours',
      conditions: [{ type: 'intent', in: ['human_agent'] }, { type: 'business_hours', inside: false }],
      actions: [
        {
          type: 'auto_reply',
          text: {
            en: 'Our team is offline right now. Your conversation is in the queue and the first person back will answer it here.',
            es: 'Nuestro equipo no está conectado ahora. Tu conversación está en la cola y te responderá aquí la primera persona que vuelva.',
            id: 'Tim kami sedang offline. Percakapan Anda sudah masuk antrean dan akan dijawab di sini oleh petugas pertama yang kembali.',
            'zh-Hans': '我们的客服目前不在线。您的对话已进入队列，客服回来后会第一时间在这里回复您。',
          },
        },
      ],
    },
    {
      id: 'anger',
      name: 'Angry shopper',
      conditions: [{ type: 'anger_at_least', value: 0.7 }],
      actions: [{ type: 'handoff', reason: 'anger' }, { type: 'set_priority', level: 3 }, { type: 'tag', tags: ['angry'] }],
    },
    {
      id: 'complaint',
      name: 'Complaint',
      conditions: [{ type: 'intent', in: ['complaint'] }],
      actions: [{ type: 'handoff', reason: 'complaint' }, { type: 'set_priority', level: 2 }, { type: 'tag', tags: ['complaint'] }],
    },
    {
      id: 'return-request',
      name: 'Return or exchange request',
      conditions: [{ type: 'intent', in: ['return_request', 'exchange_request'] }],
      actions: [{ type: 'handoff', reason: 'return' }, { type: 'set_priority', level: 1 }, { type: 'tag', tags: ['return'] }],
    },
    {
      id: 'photo-of-shipped-order',
      name: 'Photo or video about a shipped or delivered order',
      conditions: [{ type: 'attachment', kinds: ['image', 'video'] }, { type: 'order_state', in: ['shipped', 'partially_shipped', 'delivered'] }],
      actions: [{ type: 'handoff', reason: 'media_with_order' }, { type: 'set_priority', level: 2 }, { type: 'tag', tags: ['damaged-or-wrong-item'] }],
    },
    {
      id: 'low-confidence-twice',
      name: 'The bot did not understand twice in a row',
      conditions: [{ type: 'low_confidence_streak', atLeast: 2 }],
      actions: [{ type: 'handoff', reason: 'low_confidence' }, { type: 'set_priority', level: 1 }],
    },
    {
      id: 'big-order',
      name: 'Order worth about US$500 or more',
      conditions: [{ type: 'order_value_at_least', min: HIGH_VALUE }],
      actions: [{ type: 'handoff', reason: 'big_order' }, { type: 'set_priority', level: 2 }, { type: 'tag', tags: ['big-order'] }],
    },
    {
      id: 'vip',
      name: 'VIP customer handed off',
      conditions: [{ type: 'vip' }, { type: 'handler', is: 'human' }],
      actions: [{ type: 'set_priority', level: 2 }, { type: 'tag', tags: ['vip'] }],
    },
  ],
  businessHours: { days: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: [], sun: [] } },
  highValue: HIGH_VALUE,
  slaMinutes: [240, 60, 15, 5],
});
