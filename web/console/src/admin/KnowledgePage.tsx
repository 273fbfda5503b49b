// Help-centre articles per language: list, create, edit, delete. The bot's knowledge index reads a
// change on the next question.
import { useCallback, useEffect, useState } from 'react';
import type { AdminApi, KnowledgeArticle } from './admin-api.js';
import { messageOf, splitList, StatusLine, useAdminAction } from './admin-shared.js';

const EMPTY = { language: 'en', title: '', body: '', category: 'general', tags: '' };

export function KnowledgePage({ api, editable }: { api: AdminApi; editable: boolean }) {
  const [language, setLanguage] = useState('en');
  const [articles, setArticles] = useState<KnowledgeArticle[]>([]);
  const reload = useCallback(async () => setArticles(await api.articles(language || undefined)), [api, language]);
  const { status, setStatus, run } = useAdminAction(reload);
  useEffect(() => {
    reload().catch((e: unknown) => setStatus({ ok: false, text: messageOf(e) }));
  }, [reload, setStatus]);
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState(EMPTY);
  const edit = (a: KnowledgeArticle) => {
    setEditing(a.id);
    setDraft({ language: a.language, title: a.title, body: a.body, category: a.category, tags: a.tags.join(', ') });
  };
  const save = () => api.saveArticle({ language: draft.language, title: draft.title, body: draft.body, category: draft.category, tags: splitList(draft.tags) }, editing ?? undefined);
  return (
    <section>
      <h2>Knowledge articles</h2>
      <StatusLine status={status} />
      <label className="inline-form">
        Language <input aria-label="Language filter" value={language} onChange={(e) => setLanguage(e.target.value.trim())} placeholder="all" />
      </label>
      <table data-testid="article-table">
        <thead>
          <tr>
            <th>Title</th>
            <th>Language</th>
            <th>Category</th>
            <th>Tags</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {articles.map((a) => (
            <tr key={a.id}>
              <td>{a.title}</td>
              <td>{a.language}</td>
              <td>{a.category}</td>
              <td>{a.tags.join(', ')}</td>
              <td>
                <button type="button" className="button subtle" onClick={() => edit(a)}>
                  {editable ? 'Edit' : 'Read'}
                </button>
                {editable && (
                  <button type="button" className="button subtle" aria-label={`Delete ${a.title}`} onClick={() => void run('Article deleted.', () => api.deleteArticle(a.id))()}>
                    Delete
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="stack-form"
        onSubmit={(e) =>
          void run('Article', async () => {
            await save();
            setEditing(null);
            setDraft(EMPTY);
          })(e)
        }
      >
        <h3>{editing ? 'Edit article' : 'New article'}</h3>
        <div className="inline-form">
          <input aria-label="Article language" placeholder="en" required value={draft.language} onChange={(e) => setDraft({ ...draft, language: e.target.value })} readOnly={!editable} />
          <input aria-label="Article title" className="wide" placeholder="Title" required value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} readOnly={!editable} />
          <input aria-label="Article category" placeholder="Category" value={draft.category} onChange={(e) => setDraft({ ...draft, category: e.target.value })} readOnly={!editable} />
          <input aria-label="Article tags" placeholder="tags, comma separated" value={draft.tags} onChange={(e) => setDraft({ ...draft, tags: e.target.value })} readOnly={!editable} />
        </div>
        <textarea aria-label="Article text" rows={8} placeholder="One paragraph per passage" required value={draft.body} onChange={(e) => setDraft({ ...draft, body: e.target.value })} readOnly={!editable} />
        {editable && (
          <div className="inline-form">
            <button type="submit" className="button primary">
              {editing ? 'Save article' : 'Add article'}
            </button>
            {editing && (
              <button type="button" className="button subtle" onClick={() => (setEditing(null), setDraft(EMPTY))}>
                Cancel
              </button>
            )}
          </div>
        )}
      </form>
    </section>
  );
}
