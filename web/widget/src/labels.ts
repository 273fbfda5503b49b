// Interface text of the widget in the languages it ships with; anything else falls back to English.

export interface Labels {
  openChat: string;
  closeChat: string;
  chatTitle: string;
  assistant: string;
  you: string;
  system: string;
  messages: string;
  welcome: string;
  placeholder: string;
  send: string;
  sending: string;
  notSent: string;
  retry: string;
  typing: string;
  connecting: string;
  reconnecting: string;
  unavailable: string;
  rateLimited: string;
  genericError: string;
  suggestedReplies: string;
  charactersLeft: (count: number) => string;
  unread: (count: number) => string;
}

const en: Labels = {
  openChat: 'Open chat',
  closeChat: 'Close chat',
  chatTitle: 'Chat with us',
  assistant: 'Assistant',
  you: 'You',
  system: 'Notice',
  messages: 'Conversation',
  welcome: 'Hi! Ask us about your order, sizes, shipping or returns.',
  placeholder: 'Type your message…',
  send: 'Send',
  sending: 'Sending…',
  notSent: 'Not sent.',
  retry: 'Retry',
  typing: 'Assistant is typing…',
  connecting: 'Connecting…',
  reconnecting: 'Connection lost. Reconnecting…',
  unavailable: 'The chat is unavailable right now. Please try again later.',
  rateLimited: 'You are sending messages quickly. We will send yours in a moment.',
  genericError: 'Sorry, something went wrong. Please try again.',
  suggestedReplies: 'Suggested replies',
  charactersLeft: (count) => `${count} characters left`,
  unread: (count) => (count === 1 ? '1 new message' : `${count} new messages`),
};

const ar: Labels = {
  openChat: 'فتح المحادثة',
  closeChat: 'إغلاق المحادثة',
  chatTitle: 'تحدث معنا',
  assistant: 'المساعد',
  you: 'أنت',
  system: 'تنبيه',
  messages: 'المحادثة',
  welcome: 'مرحبًا! اسألنا عن طلبك أو المقاسات أو الشحن أو الإرجاع.',
  placeholder: 'اكتب رسالتك…',
  send: 'إرسال',
  sending: 'جارٍ الإرسال…',
  notSent: 'لم تُرسل.',
  retry: 'إعادة المحاولة',
  typing: 'المساعد يكتب…',
  connecting: 'جارٍ الاتصال…',
  reconnecting: 'انقطع الاتصال. جارٍ إعادة الاتصال…',
  unavailable: 'المحادثة غير متاحة الآن. يُرجى المحاولة لاحقًا.',
  rateLimited: 'أنت ترسل الرسائل بسرعة. سنرسل رسالتك بعد لحظات.',
  genericError: 'عذرًا، حدث خطأ ما. يُرجى المحاولة مرة أخرى.',
  suggestedReplies: 'ردود مقترحة',
  charactersLeft: (count) => `${count} حرفًا متبقيًا`,
  unread: (count) => `${count} رسائل جديدة`,
};

/** Labels for a BCP 47 language tag ('ar-SA' → Arabic). */
export function labelsFor(languageTag: string | null | undefined): Labels {
  const language = (languageTag ?? '').toLowerCase().split(/[-_]/)[0];
  return language === 'ar' ? ar : en;
}
