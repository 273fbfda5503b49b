import { describe, expect, it } from 'vitest';
import { adminPath, canEdit, pageFromPath, pagesFor } from './admin-nav.js';

describe('admin navigation', () => {
  it('shows agents no admin page, supervisors all but API keys, admins everything', () => {
    expect(pagesFor('agent')).toEqual([]);
    expect(pagesFor('supervisor').map((p) => p.id)).not.toContain('api-keys');
    expect(pagesFor('admin').map((p) => p.id)).toContain('api-keys');
    expect(pagesFor('owner')).toHaveLength(11);
    expect(canEdit('supervisor')).toBe(false);
    expect(canEdit('owner')).toBe(true);
  });

  it('reads the page from the URL, falling back to the first allowed page', () => {
    expect(pageFromPath(adminPath('campaigns'), 'admin')).toBe('campaigns');
    expect(pageFromPath('/console/admin/knowledge/', 'supervisor')).toBe('knowledge');
    expect(pageFromPath('/console/admin', 'admin')).toBe('intents');
    expect(pageFromPath('/console/admin/api-keys', 'supervisor')).toBe('intents');
    expect(pageFromPath('/console/admin/nope', 'owner')).toBe('intents');
    expect(pageFromPath('/console/admin/intents', 'agent')).toBeNull();
  });
});
