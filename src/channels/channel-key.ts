// The conversation's channel string for an account-based channel: "<type>:<account id>". Ingest keys
// customers and message dedupe on (tenant, channel, external id), so this makes both per account, and
// a reply finds the account it must go out on. 'widget' and 'api' have no account.
export function channelOf(account: { type: string; id: string }): string {
  return `${account.type}:${account.id}`;
}

export function accountIdOfChannel(channel: string): string | undefined {
  const i = channel.indexOf(':');
  return i > 0 ? channel.slice(i + 1) : undefined;
}
