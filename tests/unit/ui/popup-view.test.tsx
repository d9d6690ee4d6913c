// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../../src/i18n';
import { PopupView } from '../../../src/ui/PopupView';

const meta = {
  url: 'https://baovecongly.vn/bai-1.html',
  title: '<img src=x onerror=alert(1)> Tiêu đề',
  byline: 'Vũ Ba',
  siteName: 'Báo Bảo vệ Công lý',
  site: 'baovecongly.vn',
  published: '2022-03-15T10:10:00+07:00',
  lang: 'vi',
  excerpt: null,
  wordCount: 1073,
};

afterEach(() => {
  render(null, document.body);
  setLocale('vi');
});

describe('PopupView', () => {
  it('shows title, site, Vietnamese date and grouped word count', () => {
    render(<PopupView model={{ status: 'article', meta, saved: 'saved', marking: 'on', glossary: [], highlights: [] }} onTryAnyway={() => {}} />, document.body);
    const field = (name: string) => document.querySelector(`[data-cg-field="${name}"]`);
    expect(field('published')?.textContent).toBe('15/03/2022 10:10');
    expect(field('words')?.textContent).toBe('1.073 từ');
    expect(field('site')?.textContent).toBe('Báo Bảo vệ Công lý');
  });

  it('renders a hostile title as text, never as markup', () => {
    render(<PopupView model={{ status: 'article', meta, saved: 'saved', marking: 'on', glossary: [], highlights: [] }} onTryAnyway={() => {}} />, document.body);
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(document.querySelector('[data-cg-field="title"]')?.textContent).toContain('<img src=x');
  });

  it('says why there is no article and offers to try anyway', () => {
    const onTryAnyway = vi.fn();
    render(<PopupView model={{ status: 'no-article', reason: 'not-readerable' }} onTryAnyway={onTryAnyway} />, document.body);
    expect(document.body.textContent).toContain('Không có bài báo ở đây');
    (document.querySelector('[data-cg-action="extract"]') as HTMLButtonElement).click();
    expect(onTryAnyway).toHaveBeenCalledOnce();
  });

  it('says when the save to the library failed', () => {
    render(<PopupView model={{ status: 'article', meta, saved: 'failed', marking: 'on', glossary: [], highlights: [] }} onTryAnyway={() => {}} />, document.body);
    expect(document.querySelector('[data-cg-field="saved"]')?.getAttribute('data-cg-value')).toBe('failed');
    expect(document.body.textContent).toContain('Chưa ghi được');
  });

  it('lists the glossary by kind with counts and reveals a term on click', () => {
    const onReveal = vi.fn();
    const glossary = [
      { kind: 'place' as const, key: 'p0:hai-duong', title: 'Hải Dương', summary: 'Tỉnh (thời điểm bài viết).', count: 9 },
      { kind: 'abbr' as const, key: 'KT-XH', title: 'KT-XH', summary: 'kinh tế - xã hội', count: 3 },
    ];
    render(
      <PopupView model={{ status: 'article', meta, saved: 'saved', marking: 'on', glossary, highlights: [] }} onTryAnyway={() => {}} onReveal={onReveal} />,
      document.body,
    );
    const groups = [...document.querySelectorAll('.cg-popup__glossary-group h2')].map((h) => h.textContent);
    expect(groups).toEqual(['Địa danh (1)', 'Chữ viết tắt (1)']);
    expect(document.querySelector('[data-cg-key="p0:hai-duong"]')?.textContent).toContain('×9');
    (document.querySelector('[data-cg-key="KT-XH"]') as HTMLButtonElement).click();
    expect(onReveal).toHaveBeenCalledWith('KT-XH');
  });

  it('hides the glossary and unticks the site switch when marking is off for the site', () => {
    const onSetMarking = vi.fn();
    render(
      <PopupView model={{ status: 'article', meta, saved: 'saved', marking: 'off-site', glossary: [], highlights: [] }} onTryAnyway={() => {}} onSetMarking={onSetMarking} />,
      document.body,
    );
    const site = document.querySelector('[data-cg-action="toggle-marking-site"]') as HTMLInputElement;
    expect(site.checked).toBe(false);
    expect(document.querySelector('[data-cg-field="glossary"]')).toBeNull();
    site.click();
    expect(onSetMarking).toHaveBeenCalledWith('site', true);
  });

  it('speaks English when the locale is English, with English dates and numbers, and switches back without a new render', async () => {
    const glossary = [{ kind: 'place' as const, key: 'p0:hai-duong', title: 'Hải Dương', summary: 'Tỉnh (thời điểm bài viết).', count: 1 }];
    setLocale('en');
    act(() => {
      render(<PopupView model={{ status: 'article', meta, saved: 'saved', marking: 'on', glossary, highlights: [] }} onTryAnyway={() => {}} />, document.body);
    });
    const field = (name: string) => document.querySelector(`[data-cg-field="${name}"]`)?.textContent;
    expect(field('status')).toBe('Article found');
    expect(field('published')).toBe('15 Mar 2022, 10:10');
    expect(field('words')).toBe('1,073 words');
    expect(document.querySelector('.cg-popup__glossary-group h2')?.textContent).toBe('Places (1)');
    expect(document.querySelector('.cg-popup__term-count')?.getAttribute('aria-label')).toBe('1 occurrence');
    // The glossary's explanations are the annotator's Vietnamese, whatever the UI's language.
    expect(document.querySelector('.cg-popup__term-summary')?.textContent).toBe('Tỉnh (thời điểm bài viết).');
    await act(() => setLocale('vi'));
    expect(field('status')).toBe('Đã nhận ra bài báo');
    expect(field('words')).toBe('1.073 từ');
  });
});
