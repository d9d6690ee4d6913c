/**
 * Geographic regions of Việt Nam as news writes them. Curated; abbreviations ("ĐBSH", "ĐBSCL") live with the
 * abbreviations, not here. Province lists in `note` use the 34 provinces since 1 July 2025.
 */
import type { Place } from '../types';

function region(slug: string, name: string, aliases: string[], note: string): Place {
  return {
    id: `r:${slug}`,
    name,
    type: 'vùng',
    level: 'region',
    era: 'both',
    parent: null,
    successors: [],
    predecessors: [],
    aliases,
    note,
  };
}

export const REGIONS: readonly Place[] = [
  region(
    'bac-bo',
    'Bắc Bộ',
    ['Bắc bộ'],
    'Miền Bắc Việt Nam: vùng trung du và miền núi phía Bắc cùng Đồng bằng sông Hồng, từ Hà Nội, Hải Phòng đến Cao Bằng, Lào Cai, Ninh Bình.',
  ),
  region(
    'trung-bo',
    'Trung Bộ',
    ['Trung bộ'],
    'Miền Trung Việt Nam: Bắc Trung Bộ, Duyên hải Nam Trung Bộ và Tây Nguyên, từ Thanh Hóa đến Lâm Đồng.',
  ),
  region(
    'nam-bo',
    'Nam Bộ',
    ['Nam bộ'],
    'Miền Nam Việt Nam: Đông Nam Bộ và Đồng bằng sông Cửu Long, gồm TP Hồ Chí Minh, Đồng Nai, Tây Ninh, Cần Thơ, An Giang, Cà Mau…',
  ),
  region(
    'tay-bac',
    'Tây Bắc',
    ['Tây Bắc Bộ', 'Tây Bắc bộ'],
    'Vùng núi phía tây Bắc Bộ: Lai Châu, Điện Biên, Sơn La, Lào Cai, phía tây Phú Thọ (Hòa Bình cũ, Yên Bái cũ).',
  ),
  region(
    'dong-bac',
    'Đông Bắc',
    ['Đông Bắc Bộ', 'Đông Bắc bộ'],
    'Vùng núi và trung du phía đông bắc Bắc Bộ: Cao Bằng, Lạng Sơn, Tuyên Quang (gồm Hà Giang cũ), Thái Nguyên (gồm Bắc Kạn cũ), Quảng Ninh, Bắc Giang cũ.',
  ),
  region(
    'dong-bang-song-hong',
    'Đồng bằng sông Hồng',
    ['đồng bằng sông Hồng', 'Đồng bằng Bắc Bộ', 'đồng bằng Bắc Bộ'],
    'Châu thổ sông Hồng: Hà Nội, Hải Phòng, Bắc Ninh, Hưng Yên, Ninh Bình (gồm Hà Nam, Nam Định cũ), Quảng Ninh, Vĩnh Phúc cũ.',
  ),
  region(
    'bac-trung-bo',
    'Bắc Trung Bộ',
    ['Bắc Trung bộ'],
    'Dải đất từ Thanh Hóa đến Huế: Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Trị (gồm Quảng Bình cũ), Huế.',
  ),
  region(
    'duyen-hai-nam-trung-bo',
    'Duyên hải Nam Trung Bộ',
    ['Duyên hải Nam Trung bộ', 'Nam Trung Bộ', 'Nam Trung bộ'],
    'Các tỉnh ven biển từ Đà Nẵng đến Bình Thuận cũ: Đà Nẵng (gồm Quảng Nam cũ), Quảng Ngãi, Gia Lai (phần Bình Định cũ), Đắk Lắk (phần Phú Yên cũ), Khánh Hòa, Lâm Đồng (phần Bình Thuận cũ).',
  ),
  region(
    'tay-nguyen',
    'Tây Nguyên',
    [],
    'Cao nguyên miền Trung: Kon Tum cũ (nay thuộc Quảng Ngãi), Gia Lai, Đắk Lắk, Đắk Nông cũ và Lâm Đồng.',
  ),
  region(
    'dong-nam-bo',
    'Đông Nam Bộ',
    ['Đông Nam bộ'],
    'TP Hồ Chí Minh (gồm Bình Dương, Bà Rịa - Vũng Tàu cũ), Đồng Nai (gồm Bình Phước cũ), Tây Ninh.',
  ),
  region(
    'dong-bang-song-cuu-long',
    'Đồng bằng sông Cửu Long',
    ['đồng bằng sông Cửu Long', 'Miền Tây Nam Bộ', 'miền Tây Nam Bộ', 'Tây Nam Bộ', 'Tây Nam bộ'],
    'Châu thổ sông Mê Kông: Cần Thơ, Vĩnh Long, Đồng Tháp, An Giang, Cà Mau và Long An cũ (nay thuộc Tây Ninh).',
  ),
  region('mien-bac', 'Miền Bắc', ['miền Bắc'], 'Bắc Bộ: các tỉnh, thành từ Ninh Bình trở ra phía bắc.'),
  region('mien-trung', 'Miền Trung', ['miền Trung'], 'Trung Bộ: từ Thanh Hóa, Nghệ An đến Lâm Đồng, gồm cả Tây Nguyên.'),
  region('mien-nam', 'Miền Nam', ['miền Nam'], 'Nam Bộ: Đông Nam Bộ và Đồng bằng sông Cửu Long.'),
];
