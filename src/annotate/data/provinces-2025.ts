/**
 * The 34 provinces since 1 July 2025 and the former provinces merged into each, by Resolution 202/2025/QH15
 * (Nghị quyết 202/2025/QH15 về việc sắp xếp đơn vị hành chính cấp tỉnh). Names without the type word, NFC.
 * `buildGazetteer` checks this table against the raw ward mappings and throws on any disagreement.
 */

export interface ProvinceMerger {
  /** Current name: "Hồ Chí Minh", "Huế". */
  name: string;
  type: 'tỉnh' | 'thành phố trực thuộc trung ương';
  /** The former provinces that form it (the first keeps the name); an unchanged province lists only itself. */
  formers: readonly string[];
}

export const PROVINCES_2025: readonly ProvinceMerger[] = [
  // The 11 provinces the reform left unchanged.
  { name: 'Hà Nội', type: 'thành phố trực thuộc trung ương', formers: ['Hà Nội'] },
  { name: 'Huế', type: 'thành phố trực thuộc trung ương', formers: ['Huế'] },
  { name: 'Lai Châu', type: 'tỉnh', formers: ['Lai Châu'] },
  { name: 'Điện Biên', type: 'tỉnh', formers: ['Điện Biên'] },
  { name: 'Sơn La', type: 'tỉnh', formers: ['Sơn La'] },
  { name: 'Lạng Sơn', type: 'tỉnh', formers: ['Lạng Sơn'] },
  { name: 'Quảng Ninh', type: 'tỉnh', formers: ['Quảng Ninh'] },
  { name: 'Thanh Hóa', type: 'tỉnh', formers: ['Thanh Hóa'] },
  { name: 'Nghệ An', type: 'tỉnh', formers: ['Nghệ An'] },
  { name: 'Hà Tĩnh', type: 'tỉnh', formers: ['Hà Tĩnh'] },
  { name: 'Cao Bằng', type: 'tỉnh', formers: ['Cao Bằng'] },
  // The 23 formed by merging.
  { name: 'Tuyên Quang', type: 'tỉnh', formers: ['Tuyên Quang', 'Hà Giang'] },
  { name: 'Lào Cai', type: 'tỉnh', formers: ['Lào Cai', 'Yên Bái'] },
  { name: 'Thái Nguyên', type: 'tỉnh', formers: ['Thái Nguyên', 'Bắc Kạn'] },
  { name: 'Phú Thọ', type: 'tỉnh', formers: ['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình'] },
  { name: 'Bắc Ninh', type: 'tỉnh', formers: ['Bắc Ninh', 'Bắc Giang'] },
  { name: 'Hưng Yên', type: 'tỉnh', formers: ['Hưng Yên', 'Thái Bình'] },
  { name: 'Hải Phòng', type: 'thành phố trực thuộc trung ương', formers: ['Hải Phòng', 'Hải Dương'] },
  { name: 'Ninh Bình', type: 'tỉnh', formers: ['Ninh Bình', 'Hà Nam', 'Nam Định'] },
  { name: 'Quảng Trị', type: 'tỉnh', formers: ['Quảng Trị', 'Quảng Bình'] },
  { name: 'Đà Nẵng', type: 'thành phố trực thuộc trung ương', formers: ['Đà Nẵng', 'Quảng Nam'] },
  { name: 'Quảng Ngãi', type: 'tỉnh', formers: ['Quảng Ngãi', 'Kon Tum'] },
  { name: 'Gia Lai', type: 'tỉnh', formers: ['Gia Lai', 'Bình Định'] },
  { name: 'Khánh Hòa', type: 'tỉnh', formers: ['Khánh Hòa', 'Ninh Thuận'] },
  { name: 'Lâm Đồng', type: 'tỉnh', formers: ['Lâm Đồng', 'Đắk Nông', 'Bình Thuận'] },
  { name: 'Đắk Lắk', type: 'tỉnh', formers: ['Đắk Lắk', 'Phú Yên'] },
  {
    name: 'Hồ Chí Minh',
    type: 'thành phố trực thuộc trung ương',
    formers: ['Hồ Chí Minh', 'Bình Dương', 'Bà Rịa - Vũng Tàu'],
  },
  { name: 'Đồng Nai', type: 'tỉnh', formers: ['Đồng Nai', 'Bình Phước'] },
  { name: 'Tây Ninh', type: 'tỉnh', formers: ['Tây Ninh', 'Long An'] },
  { name: 'Cần Thơ', type: 'thành phố trực thuộc trung ương', formers: ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang'] },
  { name: 'Vĩnh Long', type: 'tỉnh', formers: ['Vĩnh Long', 'Bến Tre', 'Trà Vinh'] },
  { name: 'Đồng Tháp', type: 'tỉnh', formers: ['Đồng Tháp', 'Tiền Giang'] },
  { name: 'Cà Mau', type: 'tỉnh', formers: ['Cà Mau', 'Bạc Liêu'] },
  { name: 'An Giang', type: 'tỉnh', formers: ['An Giang', 'Kiên Giang'] },
];

/**
 * Island districts (huyện đảo) that had no wards or communes, so the raw ward mappings do not name them (their rows
 * have an empty old side). Each became the đặc khu of the same name on 1 July 2025. `former`: its former province.
 * `buildGazetteer` throws if the data has such a row not listed here, or if an entry here has no such row.
 */
export const WARDLESS_DISTRICTS: readonly { name: string; former: string }[] = [
  { name: 'Bạch Long Vĩ', former: 'Hải Phòng' },
  { name: 'Cồn Cỏ', former: 'Quảng Trị' },
  { name: 'Hoàng Sa', former: 'Đà Nẵng' },
  { name: 'Lý Sơn', former: 'Quảng Ngãi' },
  { name: 'Côn Đảo', former: 'Bà Rịa - Vũng Tàu' },
];
