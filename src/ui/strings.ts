import type { NoArticleReason } from '../extract/types';

/** Popup text. Vietnamese first; the English catalogue arrives with the settings issue. */
export const popupText = {
  appName: 'Chú Giải',
  working: 'Đang đọc trang…',
  articleFound: 'Đã nhận ra bài báo',
  published: 'Đăng lúc',
  length: 'Độ dài',
  words: 'từ',
  noDate: 'Không rõ ngày đăng',
  saved: 'Đã ghi vào thư viện',
  savePending: 'Đang ghi…',
  saveFailed: 'Chưa ghi được vào thư viện. Hãy tải lại trang.',
  noArticle: 'Không có bài báo ở đây',
  tryAnyway: 'Vẫn thử phân tích',
  unavailable: 'Chú Giải không chạy được trên trang này (trang của trình duyệt hoặc cửa hàng tiện ích).',
  noTab: 'Không tìm thấy thẻ đang mở.',
  marking: 'Chú giải trong bài',
  markingWorking: 'Đang chú giải bài viết…',
  markingSite: (site: string) => `Trên ${site}`,
  markingGlobal: 'Trên mọi trang',
  places: 'Địa danh',
  abbreviations: 'Chữ viết tắt',
  glossaryEmpty: 'Bài này không có địa danh hay chữ viết tắt nào được chú giải.',
  occurrences: (n: number) => `${n} lần`,
  reasons: {
    'not-readerable': 'Trang này trông giống trang chuyên mục hoặc danh sách tin, không phải một bài báo.',
    'no-content': 'Không tìm được nội dung bài viết trên trang.',
    'not-in-page': 'Đã đọc được bài viết nhưng không xác định được vị trí của nó trên trang.',
    'too-large': 'Trang quá lớn để phân tích tự động mà không làm trang bị đứng.',
    failed: 'Có lỗi khi phân tích trang này.',
  } satisfies Record<NoArticleReason, string>,
} as const;
