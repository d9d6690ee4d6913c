// Sample pages made by code: the hostile ones too big or too odd to keep as files.

const PARAGRAPH =
  'Theo báo cáo của UBND tỉnh, trong năm qua địa phương đã hoàn thành nhiều công trình giao thông trọng điểm, ' +
  'góp phần thúc đẩy phát triển kinh tế - xã hội và bảo đảm quốc phòng - an ninh trên địa bàn. ';

/** An article page of about `bytes` bytes: a long body plus the usual chrome. */
export function bigArticleHtml(bytes) {
  const paragraphs = [];
  let size = 0;
  for (let i = 1; size < bytes; i++) {
    const p = `<p>Đoạn ${i}. ${PARAGRAPH.repeat(4)}</p>\n`;
    paragraphs.push(p);
    size += Buffer.byteLength(p);
  }
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bài rất dài - Báo Bảo vệ Công lý</title></head>
<body><header><nav><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a></nav></header>
<main><h1>Bài rất dài</h1><div class="date">01/02/2023 08:00</div><div class="content">${paragraphs.join('')}</div></main>
<footer>POWERED BY ONECMS</footer></body></html>`;
}

/** A normal article under a comment thread of `count` comments: more elements than the extension copies unasked. */
export function hugeDomHtml(count) {
  const body = Array.from({ length: 8 }, (_, i) => `<p>Đoạn ${i + 1}. ${PARAGRAPH.repeat(3)}</p>`).join('\n');
  const comments = [];
  for (let i = 0; i < count; i++) {
    comments.push(`<li><b>Bạn đọc ${i}</b><span>Bình luận số ${i}</span><a href="#c${i}">Trả lời</a></li>`);
  }
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bài nhiều bình luận</title></head>
<body><nav><a href="/">Trang chủ</a></nav><main><h1>Bài nhiều bình luận</h1><div class="date">10/10/2024 07:30</div>
<div class="content">${body}</div></main><section class="comments"><ul>${comments.join('')}</ul></section>
<footer>POWERED BY ONECMS</footer></body></html>`;
}

/** A page with no article at all: a contact form. */
export function contactPageHtml() {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Liên hệ</title></head>
<body><nav><a href="/">Trang chủ</a></nav><h1>Liên hệ tòa soạn</h1>
<form><label>Họ tên <input name="name"></label><label>Nội dung <textarea name="msg"></textarea></label>
<button>Gửi</button></form><footer>POWERED BY ONECMS</footer></body></html>`;
}

/** @returns {import('./fixture-server.mjs').Page[]} */
export function generatedPages() {
  let big = null;
  return [
    {
      slug: 'bad-5mb',
      url: 'https://baovecongly.vn/bai-rat-dai-5mb.html',
      html: () => (big ??= bigArticleHtml(5 * 1024 * 1024)),
      expected: null,
    },
    {
      slug: 'bad-huge-dom',
      url: 'https://baovecongly.vn/bai-nhieu-binh-luan.html',
      html: () => hugeDomHtml(25_000),
      expected: null,
    },
    {
      // A site outside the list: the extension may only run there when the reader clicks its toolbar button.
      slug: 'other-site-article',
      url: 'https://tin-tuc-khac.example/bai-viet.html',
      html: () => bigArticleHtml(20_000),
      expected: null,
    },
    { slug: 'bad-contact', url: 'https://baovecongly.vn/lien-he', html: contactPageHtml, expected: null },
  ];
}
