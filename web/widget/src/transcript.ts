// The widget's view of the conversation: server history, live messages (deduped by id) and the shopper's own
// messages, shown at once as pending and matched to their server id when the ack arrives.
import type { Author, WireAttachment, WireMessage } from '../../../src/api/protocol.js';

export type Delivery = 'pending' | 'sent' | 'failed';

export interface TranscriptEntry {
  /** Stable identity for rendering; survives the ack that gives a local message its server id. */
  readonly key: string;
  id: string | null;
  clientId: string | null;
  author: Author;
  authorName: string | null;
  text: string;
  createdAt: string;
  quickReplies: string[];
  /** An agent's files, opened by their signed links. */
  files: WidgetFile[];
  delivery: Delivery;
  error: string | null;
}

export interface WidgetFile {
  kind: WireAttachment['kind'];
  url: string;
  name: string;
}

/** Only web links become files: a frame is data, and a javascript: or data: URL must never reach an href. */
export function filesOf(message: WireMessage): WidgetFile[] {
  return (message.attachments ?? []).flatMap((a) => {
    if (typeof a.url !== 'string' || !/^https?:\/\//i.test(a.url)) return [];
    return [{ kind: a.kind, url: a.url, name: a.filename ?? a.kind }];
  });
}

export interface PendingMessage {
  clientId: string;
  text: string;
}

function fromWire(message: WireMessage, key = `m:${message.id}`): TranscriptEntry {
  return {
    key,
    id: message.id,
    clientId: null,
    author: message.author,
    authorName: message.authorName ?? null,
    text: message.text,
    createdAt: message.createdAt,
    quickReplies: message.quickReplies ?? [],
    files: filesOf(message),
    delivery: 'sent',
    error: null,
  };
}

export class Transcript {
  private list: TranscriptEntry[] = [];

  get entries(): readonly TranscriptEntry[] {
    return this.list;
  }

  /** The server's history replaces ours; local messages it has not acknowledged stay at the end, to be re-sent. */
  loadHistory(messages: readonly WireMessage[]): void {
    const keyById = new Map<string, string>();
    for (const entry of this.list) if (entry.id) keyById.set(entry.id, entry.key);
    const seen = new Set<string>();
    const history: TranscriptEntry[] = [];
    for (const message of messages) {
      if (seen.has(message.id)) continue;
      seen.add(message.id);
      history.push(fromWire(message, keyById.get(message.id)));
    }
    const unacknowledged = this.list.filter((entry) => entry.id === null);
    this.list = [...history, ...unacknowledged];
  }

  addLocal(clientId: string, text: string, createdAt: string): TranscriptEntry {
    const entry: TranscriptEntry = {
      key: `c:${clientId}`,
      id: null,
      clientId,
      author: 'customer',
      authorName: null,
      text,
      createdAt,
      quickReplies: [],
      files: [],
      delivery: 'pending',
      error: null,
    };
    this.list.push(entry);
    return entry;
  }

  /** Marks a local message sent. If the server's copy already arrived (same id), the local one is dropped. */
  acknowledge(clientId: string, messageId: string): boolean {
    const entry = this.byClientId(clientId);
    if (!entry) return false;
    if (this.list.some((other) => other !== entry && other.id === messageId)) {
      this.list = this.list.filter((other) => other !== entry);
      return true;
    }
    entry.id = messageId;
    entry.delivery = 'sent';
    entry.error = null;
    return true;
  }

  /** Appends a server message unless one with the same id is already shown. */
  receive(message: WireMessage): boolean {
    if (this.list.some((entry) => entry.id === message.id)) return false;
    this.list.push(fromWire(message));
    return true;
  }

  markFailed(clientId: string, error: string): TranscriptEntry | null {
    const entry = this.byClientId(clientId);
    if (!entry || entry.id !== null) return null;
    entry.delivery = 'failed';
    entry.error = error;
    return entry;
  }

  /** Puts a failed message back in the queue; returns it so the caller can send it again. */
  markPending(clientId: string): TranscriptEntry | null {
    const entry = this.byClientId(clientId);
    if (!entry || entry.id !== null) return null;
    entry.delivery = 'pending';
    entry.error = null;
    return entry;
  }

  /** Local messages still waiting for an ack, oldest first. */
  unsent(): PendingMessage[] {
    const pending: PendingMessage[] = [];
    for (const entry of this.list) {
      if (entry.id === null && entry.clientId && entry.delivery === 'pending') pending.push({ clientId: entry.clientId, text: entry.text });
    }
    return pending;
  }

  /** Quick replies of the latest message, while the shopper has not answered it. */
  quickReplies(): string[] {
    const last = this.list[this.list.length - 1];
    return last && last.author !== 'customer' ? last.quickReplies : [];
  }

  /** The shopper's message was delivered and nobody has answered yet. */
  awaitingReply(): boolean {
    const last = this.list[this.list.length - 1];
    return last?.author === 'customer' && last.delivery === 'sent';
  }

  private byClientId(clientId: string): TranscriptEntry | undefined {
    return this.list.find((entry) => entry.clientId === clientId);
  }
}
