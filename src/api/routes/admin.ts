// The admin pages' HTTP API, one file per page (admin-*.ts); see docs/api.md, "Admin".
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { registerAdminApiKeys } from './admin-api-keys.js';
import { registerAdminBusinessHours } from './admin-business-hours.js';
import { registerAdminCampaigns } from './admin-campaigns.js';
import { registerAdminChannels } from './admin-channels.js';
import { registerAdminIntents } from './admin-intents.js';
import { registerAdminKnowledge } from './admin-knowledge.js';
import { registerAdminStoreRules } from './admin-store-rules.js';

export function registerAdmin(app: FastifyInstance, ctx: AppContext): void {
  registerAdminIntents(app, ctx);
  registerAdminKnowledge(app, ctx);
  registerAdminStoreRules(app, ctx);
  registerAdminChannels(app, ctx);
  registerAdminApiKeys(app, ctx);
  registerAdminBusinessHours(app, ctx);
  registerAdminCampaigns(app, ctx);
}
