// Types for hoodiecrow-imap (ships none): the parts the e-mail tests use.
declare module 'hoodiecrow-imap' {
  import type { Server } from 'node:net';
  interface HoodiecrowServer {
    server: Server;
    listen(port: number, host: string, cb: () => void): void;
    close(cb: () => void): void;
    appendMessage(mailbox: string, flags: string[], internaldate: false | Date, raw: string): void;
  }
  export default function hoodiecrow(options: {
    plugins?: string[];
    storage?: Record<string, { messages: { raw: string; flags: string[] }[] }>;
    users?: Record<string, { password: string }>;
  }): HoodiecrowServer;
}
