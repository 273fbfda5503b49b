// The widget's DOM inside its shadow root: launcher bubble, chat panel, message list, quick replies and
// composer. It only displays state and reports what the shopper does; the controller decides everything else.
import type { Author } from '../../../src/api/protocol.js';
import { textDirection, type TextDirection } from '../../shared/direction.js';
import { el } from '../../shared/dom.js';
import { icon, ICONS } from './icons.js';
import type { Labels } from './labels.js';
import type { TranscriptEntry } from './transcript.js';

/** The server's limit for one widget message. */
const MAX_MESSAGE_LENGTH = 4000;
/** The remaining-characters counter appears this close to the limit. */
const COUNTER_THRESHOLD = 200;
/** "Near the bottom" tolerance when deciding whether to follow new messages. */
const STICK_TO_BOTTOM_PX = 48;

export interface ViewHandlers {
  open(): void;
  close(): void;
  send(text: string): void;
  retry(clientId: string): void;
}

export interface ViewState {
  entries: readonly TranscriptEntry[];
  quickReplies: readonly string[];
  typing: boolean;
}

interface Row {
  item: HTMLLIElement;
  status: HTMLSpanElement;
  retry: HTMLButtonElement | null;
}

export class WidgetView {
  private readonly frame: HTMLDivElement;
  private readonly launcher: HTMLButtonElement;
  private readonly badge: HTMLSpanElement;
  private readonly panel: HTMLElement;
  private readonly title: HTMLHeadingElement;
  private readonly banner: HTMLDivElement;
  private readonly list: HTMLOListElement;
  private readonly welcome: HTMLParagraphElement;
  private readonly typing: HTMLDivElement;
  private readonly quick: HTMLDivElement;
  private readonly notice: HTMLDivElement;
  private readonly input: HTMLTextAreaElement;
  private readonly sendButton: HTMLButtonElement;
  private readonly counter: HTMLDivElement;
  private readonly rows = new Map<string, Row>();
  private quickRepliesShown = '';
  private unreadCount = 0;

  constructor(
    private readonly root: ShadowRoot,
    private readonly labels: Labels,
    direction: TextDirection,
    private readonly handlers: ViewHandlers,
  ) {
    this.badge = el('span', { class: 'pd-badge', hidden: true, 'aria-hidden': 'true' });
    this.launcher = el(
      'button',
      {
        type: 'button',
        class: 'pd-launcher',
        'data-testid': 'pd-launcher',
        'aria-label': labels.openChat,
        'aria-expanded': 'false',
        'aria-controls': 'pd-panel',
      },
      [icon(ICONS.chat, 'pd-icon-chat'), icon(ICONS.close, 'pd-icon-close'), this.badge],
    );
    this.launcher.addEventListener('click', () => (this.isOpen ? handlers.close() : handlers.open()));

    this.title = el('h2', { id: 'pd-title', class: 'pd-title' }, [labels.chatTitle]);
    const close = el('button', { type: 'button', class: 'pd-icon-button', 'aria-label': labels.closeChat }, [icon(ICONS.close)]);
    close.addEventListener('click', () => handlers.close());

    this.banner = el('div', { class: 'pd-banner', role: 'status', hidden: true });
    this.list = el('ol', { class: 'pd-messages', role: 'log', 'aria-live': 'polite', 'aria-label': labels.messages, tabindex: '0' });
    this.welcome = el('p', { class: 'pd-welcome' }, [labels.welcome]);
    this.typing = el('div', { class: 'pd-typing', hidden: true }, [
      el('span', { class: 'pd-dots', 'aria-hidden': 'true' }, [el('i'), el('i'), el('i')]),
      el('span', { class: 'pd-visually-hidden' }, [labels.typing]),
    ]);
    this.quick = el('div', { class: 'pd-quick', role: 'group', 'aria-label': labels.suggestedReplies, hidden: true });
    this.notice = el('div', { class: 'pd-notice', role: 'alert', hidden: true });

    this.input = el('textarea', {
      id: 'pd-input',
      class: 'pd-input',
      'data-testid': 'pd-input',
      rows: '1',
      maxlength: String(MAX_MESSAGE_LENGTH),
      dir: 'auto',
      placeholder: labels.placeholder,
      'aria-label': labels.placeholder,
      'aria-describedby': 'pd-counter',
    });
    this.sendButton = el('button', { type: 'submit', class: 'pd-send', 'data-testid': 'pd-send', 'aria-label': labels.send, disabled: true }, [
      icon(ICONS.send),
    ]);
    this.counter = el('div', { id: 'pd-counter', class: 'pd-counter', 'aria-live': 'polite', hidden: true });
    const composer = el('form', { class: 'pd-composer' }, [this.input, this.sendButton, this.counter]);
    composer.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this.submit();
      }
    });
    this.input.addEventListener('input', () => this.syncComposer());

    this.panel = el(
      'section',
      { id: 'pd-panel', class: 'pd-panel', 'data-testid': 'pd-panel', role: 'dialog', 'aria-labelledby': 'pd-title', hidden: true },
      [el('header', { class: 'pd-header' }, [this.title, close]), this.banner, this.welcome, this.list, this.typing, this.quick, this.notice, composer],
    );
    this.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        handlers.close();
      }
    });

    this.frame = el('div', { class: 'pd-frame', dir: direction }, [this.panel, this.launcher]);
    root.append(this.frame);
  }

  get isOpen(): boolean {
    return !this.panel.hidden;
  }

  setOpen(open: boolean): void {
    if (open === this.isOpen) return;
    const focusWasInside = this.panel.contains(this.root.activeElement);
    this.panel.hidden = !open;
    this.frame.classList.toggle('pd-is-open', open);
    this.launcher.setAttribute('aria-expanded', String(open));
    this.launcher.setAttribute('aria-label', open ? this.labels.closeChat : this.launcherLabel());
    if (open) {
      this.scrollToEnd();
      this.input.focus();
    } else if (focusWasInside) {
      this.launcher.focus();
    }
  }

  setTitle(shopName: string): void {
    this.title.textContent = shopName || this.labels.chatTitle;
  }

  setBanner(text: string | null): void {
    this.banner.textContent = text ?? '';
    this.banner.hidden = text === null;
  }

  setNotice(text: string | null): void {
    this.notice.textContent = text ?? '';
    this.notice.hidden = text === null;
  }

  setUnread(count: number): void {
    this.unreadCount = count;
    this.badge.textContent = count > 9 ? '9+' : String(count);
    this.badge.hidden = count === 0;
    if (!this.isOpen) this.launcher.setAttribute('aria-label', this.launcherLabel());
  }

  render(state: ViewState, followLatest = false): void {
    const atBottom = this.list.scrollHeight - this.list.scrollTop - this.list.clientHeight < STICK_TO_BOTTOM_PX;
    const keys = new Set(state.entries.map((entry) => entry.key));
    for (const [key, row] of this.rows) {
      if (keys.has(key)) continue;
      row.item.remove();
      this.rows.delete(key);
    }
    state.entries.forEach((entry, index) => {
      let row = this.rows.get(entry.key);
      if (!row) {
        row = this.createRow(entry);
        this.rows.set(entry.key, row);
      }
      this.updateRow(row, entry);
      const current = this.list.children[index] ?? null;
      if (current !== row.item) this.list.insertBefore(row.item, current);
    });
    this.welcome.hidden = state.entries.length > 0;
    this.typing.hidden = !state.typing;
    this.renderQuickReplies(state.quickReplies);
    if (atBottom || followLatest) this.scrollToEnd();
  }

  private submit(): void {
    const text = this.input.value.trim();
    if (!text) return;
    this.handlers.send(text.slice(0, MAX_MESSAGE_LENGTH));
    this.input.value = '';
    this.syncComposer();
    this.input.focus();
  }

  private syncComposer(): void {
    const remaining = MAX_MESSAGE_LENGTH - this.input.value.length;
    this.sendButton.disabled = this.input.value.trim() === '';
    this.counter.hidden = remaining > COUNTER_THRESHOLD;
    this.counter.textContent = this.counter.hidden ? '' : this.labels.charactersLeft(remaining);
    this.input.style.height = 'auto';
    this.input.style.height = `${Math.min(this.input.scrollHeight, 120)}px`;
  }

  private launcherLabel(): string {
    return this.unreadCount > 0 ? `${this.labels.openChat}, ${this.labels.unread(this.unreadCount)}` : this.labels.openChat;
  }

  private authorLabel(author: Author, authorName: string | null): string {
    if (author === 'customer') return this.labels.you;
    if (author === 'system') return this.labels.system;
    return (author === 'agent' && authorName) || this.labels.assistant;
  }

  private createRow(entry: TranscriptEntry): Row {
    const label = el('span', { class: entry.author === 'bot' || entry.author === 'agent' ? 'pd-author' : 'pd-visually-hidden' }, [
      this.authorLabel(entry.author, entry.authorName),
    ]);
    const bubble = el('div', { class: 'pd-bubble', dir: textDirection(entry.text) ?? undefined }, [entry.text]);
    for (const file of entry.files) {
      const link = el('a', { class: 'pd-file', href: file.url, target: '_blank', rel: 'noopener noreferrer', 'data-testid': 'pd-file' }, [
        file.kind === 'image' ? el('img', { src: file.url, alt: file.name, loading: 'lazy' }) : file.name,
      ]);
      bubble.append(link);
    }
    const time = new Date(entry.createdAt);
    if (!Number.isNaN(time.getTime())) bubble.title = time.toLocaleString();
    const status = el('span', { class: 'pd-status' });
    const item = el('li', { class: `pd-message pd-${entry.author}`, 'data-testid': 'pd-message', 'data-author': entry.author }, [
      label,
      bubble,
      status,
    ]);
    return { item, status, retry: null };
  }

  private updateRow(row: Row, entry: TranscriptEntry): void {
    row.item.classList.toggle('pd-pending', entry.delivery === 'pending');
    row.item.classList.toggle('pd-failed', entry.delivery === 'failed');
    if (entry.delivery === 'pending') row.status.textContent = this.labels.sending;
    else if (entry.delivery === 'failed') row.status.textContent = entry.error ? `${this.labels.notSent} ${entry.error}` : this.labels.notSent;
    else row.status.textContent = '';
    const clientId = entry.clientId;
    if (entry.delivery === 'failed' && clientId && !row.retry) {
      const retry = el('button', { type: 'button', class: 'pd-retry' }, [this.labels.retry]);
      retry.addEventListener('click', () => {
        this.handlers.retry(clientId);
        this.input.focus();
      });
      row.item.append(retry);
      row.retry = retry;
    } else if (entry.delivery !== 'failed' && row.retry) {
      row.retry.remove();
      row.retry = null;
    }
  }

  private renderQuickReplies(replies: readonly string[]): void {
    const signature = JSON.stringify(replies);
    if (signature === this.quickRepliesShown) return;
    this.quickRepliesShown = signature;
    const buttons = replies.map((reply) => {
      const button = el('button', { type: 'button', class: 'pd-chip', dir: textDirection(reply) ?? undefined }, [reply]);
      button.addEventListener('click', () => {
        this.handlers.send(reply);
        this.input.focus();
      });
      return button;
    });
    this.quick.replaceChildren(...buttons);
    this.quick.hidden = buttons.length === 0;
  }

  private scrollToEnd(): void {
    this.list.scrollTop = this.list.scrollHeight;
  }
}
