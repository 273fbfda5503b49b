// Console URLs: /console/ is the inbox, /console/conversations/<id> opens one conversation.

const BASE = '/console';

export function conversationIdFromPath(pathname: string): string | null {
  const match = /^\/console\/conversations\/([^/]+)\/?$/.exec(pathname);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

export function conversationPath(id: string): string {
  return `${BASE}/conversations/${encodeURIComponent(id)}`;
}
