// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
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

afterEach(() => render(null, document.body));

describe('PopupView', () => {
  it('shows title, site, Vietnamese date and grouped word count', () => {
    render(<PopupView model={{ status: 'article', meta, saved: 'saved' }} onTryAnyway={() => {}} />, document.body);
    const field = (name: string) => document.querySelector(`[data-cg-field="${name}"]`);
    expect(field('published')?.textContent).toBe('15/03/2022 10:10');
    expect(field('words')?.textContent).toBe('1.073 từ');
    expect(field('site')?.textContent).toBe('Báo Bảo vệ Công lý');
  });

  it('renders a hostile title as text, never as markup', () => {
    render(<PopupView model={{ status: 'article', meta, saved: 'saved' }} onTryAnyway={() => {}} />, document.body);
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
    render(<PopupView model={{ status: 'article', meta, saved: 'failed' }} onTryAnyway={() => {}} />, document.body);
    expect(document.querySelector('[data-cg-field="saved"]')?.getAttribute('data-cg-value')).toBe('failed');
    expect(document.body.textContent).toContain('Chưa ghi được');
  });
});
