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
