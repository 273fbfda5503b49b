// The resolution benchmark: plays every scripted shopper conversation (bench/resolution/scenarios.ts)
// through the real respond() over the demo store in SQLite, and prints one JSON line:
//   automated = share of conversations the bot resolved without a person (right or wrong),
//   wrong     = share it answered wrongly (a wrong answer, or an answer where a person was needed),
// plus correct answers, correct escalations, unneeded handoffs, unresolved endings, and the same
// per skill and per language. Progress goes to stderr.
// Run: npm run bench:resolution
import { MIN_CONFIDENCE } from '../../src/dialog/decide.js';
import { OOS } from '../../src/nlu/types.js';
import { render } from '../../src/reply/render.js';
import { buildScenarios, type Scenario } from './scenarios.js';
import { Conversation, DEMO_NOW, openDemoShop } from './demo-shop.js';

type Outcome = 'correct' | 'wrong' | 'escalated' | 'unneeded_handoff' | 'unresolved';

interface Tally {
  conversations: number;
  correct: number;
  wrong: number;
  escalated: number;
  unneeded_handoff: number;
  unresolved: number;
}

const empty = (): Tally => ({ conversations: 0, correct: 0, wrong: 0, escalated: 0, unneeded_handoff: 0, unresolved: 0 });

async function play(shop: Awaited<ReturnType<typeof openDemoShop>>, scenario: Scenario): Promise<{ outcome: Outcome; reply: string }> {
  const conversation = new Conversation(shop);
  let reply = '';
  let handedOff = false;
  let open = true;
  for (const message of scenario.messages) {
    const turn = await conversation.say(message);
    reply = turn.text;
    if (turn.handoff) {
      handedOff = true;
      break;
    }
    // The bot answered and asks nothing more: the rest of the script is not needed.
    // Asking to rephrase (the decide stage's or the knowledge skill's own doubt) resolves nothing.
    open = turn.state.active?.pending !== undefined || turn.decision.kind === 'clarify' || turn.text === render(turn.understanding.language, 'clarify');
    if (!open && turn.decision.kind !== 'smalltalk') break;
  }
  if (handedOff) return { outcome: scenario.expect.kind === 'handoff' ? 'escalated' : 'unneeded_handoff', reply };
  if (scenario.expect.kind === 'handoff') return { outcome: open ? 'unresolved' : 'wrong', reply };
  // Ending on a follow-up question counts when the question asked was answered ("not in pink: it comes in…; which one?").
  if (open) return { outcome: scenario.expect.check(reply) ? 'correct' : 'unresolved', reply };
  return { outcome: scenario.expect.check(reply) ? 'correct' : 'wrong', reply };
}

function share(t: Tally): Record<string, number> {
  const n = Math.max(1, t.conversations);
  const r = (x: number) => Math.round((x / n) * 1000) / 1000;
  return {
    conversations: t.conversations,
    automated: r(t.correct + t.wrong),
    wrong: r(t.wrong),
    correct: r(t.correct),
    escalated_as_expected: r(t.escalated),
    unneeded_handoff: r(t.unneeded_handoff),
    unresolved: r(t.unresolved),
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  process.stderr.write('resolution: building the demo shop and training the intent model…\n');
  const shop = await openDemoShop();
  const excluded: string[] = [];
  const unplaced = (text: string) => {
    const u = shop.nlu.understand(text, { now: DEMO_NOW });
    return u.intent.intent === OOS || u.intent.confidence < MIN_CONFIDENCE;
  };
  const scenarios = buildScenarios(shop.data, DEMO_NOW.getTime(), unplaced, excluded);
  const total = empty();
  const bySkill = new Map<string, Tally>();
  const byLanguage = new Map<string, Tally>();
  const failures: { id: string; outcome: Outcome; reply: string }[] = [];
  for (const [i, scenario] of scenarios.entries()) {
    const { outcome, reply } = await play(shop, scenario);
    for (const t of [total, bySkill.get(scenario.skill) ?? bySkill.set(scenario.skill, empty()).get(scenario.skill)!, byLanguage.get(scenario.language) ?? byLanguage.set(scenario.language, empty()).get(scenario.language)!]) {
      t.conversations++;
      t[outcome]++;
    }
    if (outcome === 'wrong' || outcome === 'unneeded_handoff' || outcome === 'unresolved') failures.push({ id: scenario.id, outcome, reply: reply.slice(0, 160) });
    if ((i + 1) % 50 === 0 || i + 1 === scenarios.length) process.stderr.write(`resolution: ${i + 1}/${scenarios.length} conversations\n`);
  }
  await shop.close();
  if (process.argv.includes('--failures')) for (const f of failures) process.stderr.write(`${f.outcome}\t${f.id}\t${f.reply.replace(/\n/g, ' / ')}\n`);
  process.stdout.write(`${JSON.stringify({
    ...share(total),
    seconds: Math.round((Date.now() - started) / 1000),
    unplaced_placed_elsewhere: excluded.length,
    by_skill: Object.fromEntries([...bySkill].map(([k, t]) => [k, share(t)])),
    by_language: Object.fromEntries([...byLanguage].map(([k, t]) => [k, share(t)])),
  })}\n`);
}

await main();
