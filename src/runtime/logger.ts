// Structured logs (pino) with shopper PII masked: message text, e-mails, phones and secrets never reach the log.
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'peakdesk' },
      redact: {
        paths: [
          'text', '*.text', 'email', '*.email', 'phone', '*.phone', 'password', '*.password',
          'apiKey', '*.apiKey', 'secret', '*.secret', 'req.headers.authorization', 'req.headers.cookie',
        ],
        censor: '[masked]',
      },
    },
    destination,
  );
}
