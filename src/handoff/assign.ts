// Who gets a waiting conversation. Pure: given the waiting entries (already in priority order), the
// agents with their presence, languages, skills, teams, capacity and current load, plan which agent
// takes which conversation. Round-robin gives the conversation to the eligible agent assigned least
// recently; least-busy to the one with the fewest open conversations (ties: least recently).
export interface AgentLoad {
  userId: string;
  presence: 'online' | 'away' | 'offline';
  /** Empty = any language. */
  languages: string[];
  /** Empty = any tag. */
  skills: string[];
  teams: string[];
  capacity: number;
  load: number;
  lastAssignedAt: number;
}

export interface Waiting {
  conversationId: string;
  teamId: string | null;
  language: string | null;
  tags: string[];
}

export type Routing = 'round_robin' | 'least_busy';

export function eligible(agent: AgentLoad, w: Waiting): boolean {
  if (agent.presence !== 'online' || agent.load >= agent.capacity) return false;
  if (w.teamId !== null && !agent.teams.includes(w.teamId)) return false;
  if (agent.languages.length > 0 && w.language !== null && !agent.languages.some((l) => sameLanguage(l, w.language!))) return false;
  // An agent with skills takes only conversations tagged with one of them, or untagged ones.
  if (agent.skills.length > 0 && w.tags.length > 0 && !w.tags.some((t) => agent.skills.includes(t))) return false;
  return true;
}

export function pickAgent(agents: AgentLoad[], w: Waiting, routing: Routing): AgentLoad | undefined {
  let best: AgentLoad | undefined;
  for (const a of agents) {
    if (!eligible(a, w)) continue;
    if (!best) best = a;
    else if (routing === 'least_busy' ? a.load < best.load || (a.load === best.load && earlier(a, best)) : earlier(a, best)) best = a;
  }
  return best;
}

/** Assigns in the given (priority) order, updating loads as it goes; the input agents are not mutated. */
export function planAssignments(waiting: Waiting[], agents: AgentLoad[], routingOf: (teamId: string | null) => Routing, now: number): { conversationId: string; userId: string }[] {
  const pool = agents.map((a) => ({ ...a }));
  const plan: { conversationId: string; userId: string }[] = [];
  for (const w of waiting) {
    if (!pool.some((a) => a.presence === 'online' && a.load < a.capacity)) break;
    const a = pickAgent(pool, w, routingOf(w.teamId));
    if (!a) continue;
    a.load += 1;
    a.lastAssignedAt = now + plan.length;
    plan.push({ conversationId: w.conversationId, userId: a.userId });
  }
  return plan;
}

function earlier(a: AgentLoad, b: AgentLoad): boolean {
  return a.lastAssignedAt < b.lastAssignedAt || (a.lastAssignedAt === b.lastAssignedAt && a.userId < b.userId);
}

/** 'zh' serves 'zh-Hans' and 'zh-Hant'; 'zh-Hant' serves only itself. */
function sameLanguage(agentLang: string, convLang: string): boolean {
  return convLang === agentLang || convLang.startsWith(agentLang + '-');
}
