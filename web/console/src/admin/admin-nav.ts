// The admin pages, their URLs (/console/admin/<page>) and who sees each: supervisors read most
// pages; API keys are for owners and admins only; agents see none.
export const ADMIN_PAGES = [
  { id: 'intents', title: 'Intents' },
  { id: 'knowledge', title: 'Knowledge' },
  { id: 'scripts', title: 'Scripts' },
  { id: 'rules', title: 'Handoff rules' },
  { id: 'store-rules', title: 'Returns & promotions' },
  { id: 'channels', title: 'Channels' },
  { id: 'teams', title: 'Teams' },
  { id: 'agents', title: 'Agents' },
  { id: 'hours', title: 'Business hours' },
  { id: 'api-keys', title: 'API keys' },
  { id: 'campaigns', title: 'Campaigns' },
] as const;

export type AdminPageId = (typeof ADMIN_PAGES)[number]['id'];
export type Role = 'owner' | 'admin' | 'supervisor' | 'agent';

export function canEdit(role: string): boolean {
  return role === 'owner' || role === 'admin';
}

export function pagesFor(role: string): (typeof ADMIN_PAGES)[number][] {
  if (role === 'agent') return [];
  return ADMIN_PAGES.filter((p) => p.id !== 'api-keys' || canEdit(role));
}

export function adminPath(page: AdminPageId): string {
  return `/console/admin/${page}`;
}

/** The page a URL shows for this role: an unknown or forbidden page falls back to the first allowed one. */
export function pageFromPath(pathname: string, role: string): AdminPageId | null {
  const allowed = pagesFor(role);
  if (allowed.length === 0) return null;
  const wanted = /^\/console\/admin\/([a-z-]+)\/?$/.exec(pathname)?.[1];
  return allowed.find((p) => p.id === wanted)?.id ?? allowed[0]!.id;
}
