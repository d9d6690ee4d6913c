import { describe, expect, it } from 'vitest';
import { parseContentToBackground, parsePageState, parsePopupToContent } from '../../../src/messages/validate';

const article = {
  url: 'https://baovecongly.vn/bai-1.html',
  title: 'Tiêu đề',
  byline: null,
  siteName: null,
  site: 'baovecongly.vn',
  published: null,
  lang: 'vi',
  excerpt: null,
  wordCount: 12,
};

describe('message validation', () => {
  it('accepts a well-formed article/seen message', () => {
    expect(parseContentToBackground({ type: 'article/seen', article })).toEqual({ type: 'article/seen', article });
  });

  it('drops unknown types, missing fields and wrong types', () => {
    expect(parseContentToBackground({ type: 'db/clear' })).toBeNull();
    expect(parseContentToBackground({ type: 'article/seen', article: { ...article, wordCount: '12' } })).toBeNull();
    expect(parseContentToBackground({ type: 'article/seen', article: { ...article, url: 'javascript:alert(1)' } })).toBeNull();
    expect(parseContentToBackground({ type: 'article/seen', article: { ...article, title: 'x'.repeat(5000) } })).toBeNull();
    expect(parseContentToBackground(null)).toBeNull();
    expect(parseContentToBackground('article/seen')).toBeNull();
  });

  it('reads popup requests and defaults force to false', () => {
    expect(parsePopupToContent({ type: 'page/extract' })).toEqual({ type: 'page/extract', force: false });
    expect(parsePopupToContent({ type: 'page/extract', force: true })).toEqual({ type: 'page/extract', force: true });
    expect(parsePopupToContent({ type: 'other' })).toBeNull();
  });

  it('checks page states coming back from a tab', () => {
    expect(parsePageState({ status: 'no-article', reason: 'too-large' })).toEqual({ status: 'no-article', reason: 'too-large' });
    expect(parsePageState({ status: 'no-article', reason: '<img onerror>' })).toBeNull();
    const state = { status: 'article', meta: article, saved: 'saved', marking: 'on', glossary: [], highlights: [] };
    expect(parsePageState(state)).not.toBeNull();
    expect(parsePageState({ ...state, saved: 'yes' })).toBeNull();
    expect(parsePageState({ ...state, marking: 'maybe' })).toBeNull();
    expect(parsePageState({ ...state, glossary: [{ kind: 'place', key: 'p:hue', title: 'Huế', summary: '', count: '2' }] })).toBeNull();
  });

  it('accepts annotate/find with a context it produced and refuses a forged one', () => {
    const context = { published: null, learned: [{ form: 'HSKH', expansion: 'Hồ sơ khoa học' }], provinceCounts: { 'p:hue': 2 }, senses: { BTV: 1 } };
    expect(parseContentToBackground({ type: 'annotate/find', blocks: ['Huế'], published: null, context })).not.toBeNull();
    expect(parseContentToBackground({ type: 'annotate/find', blocks: ['Huế'], published: null, context: { ...context, learned: [{ form: 1 }] } })).toBeNull();
    expect(parseContentToBackground({ type: 'annotate/find', blocks: 'Huế', published: null, context: null })).toBeNull();
  });
});

describe('the reader’s dictionary messages', () => {
  it('accepts keeping a definition and opening the form, one line of bounded text each', async () => {
    const { parseContentToBackground, parseBackgroundToContent, parsePageToBackground } = await import('../../../src/messages/validate');
    expect(parseContentToBackground({ type: 'dictionary/keep', form: 'HSKH', expansion: 'Hồ sơ khoa học' })).toEqual({
      type: 'dictionary/keep',
      form: 'HSKH',
      expansion: 'Hồ sơ khoa học',
    });
    expect(parseContentToBackground({ type: 'dictionary/keep', form: ' ', expansion: 'x' })).toBeNull();
    expect(parseContentToBackground({ type: 'dictionary/keep', form: 'A\nB', expansion: 'x' })).toBeNull();
    expect(parseContentToBackground({ type: 'dictionary/keep', form: 'A', expansion: 'x'.repeat(301) })).toBeNull();
    const prefill = { kind: 'place', form: 'Phố Hiến', expansion: '' };
    expect(parseContentToBackground({ type: 'ui/open-dictionary', prefill })).toEqual({ type: 'ui/open-dictionary', prefill });
    expect(parseContentToBackground({ type: 'ui/open-dictionary', prefill: { ...prefill, kind: 'url' } })).toBeNull();
    expect(parseBackgroundToContent({ type: 'dictionary/changed' })).toEqual({ type: 'dictionary/changed' });
    expect(parsePageToBackground({ type: 'dictionary/changed' })).toEqual({ type: 'dictionary/changed' });
    expect(parsePageToBackground({ type: 'highlight/delete', id: 'x' })).toBeNull();
  });

  it('builds the form’s address so that any text survives the trip', async () => {
    const { dictionaryFormUrl } = await import('../../../src/dictionary/prefill');
    const url = dictionaryFormUrl('chrome-extension://abc/options.html', { kind: 'abbr', form: 'NN&PTNT', expansion: 'Nông nghiệp & Phát triển #1?' });
    const [section, query] = new URL(url).hash.slice(1).split('?');
    expect(section).toBe('dictionary');
    expect(Object.fromEntries(new URLSearchParams(query))).toEqual({ kind: 'abbr', form: 'NN&PTNT', expansion: 'Nông nghiệp & Phát triển #1?' });
  });
});
