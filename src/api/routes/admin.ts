// The admin pages' HTTP API, one file per page (admin-*.ts); see docs/api.md, "Admin".
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { registerAdminIntents } from './admin-intents.js';

export function registerAdmin(app: FastifyInstance, ctx: AppContext): void {
  registerAdminIntents(app, ctx);
}
