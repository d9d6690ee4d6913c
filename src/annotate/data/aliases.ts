/**
 * Other names people really write for a place, by gazetteer id. Only names: abbreviations ("TP.HCM", "ĐBSH") are
 * handled with the abbreviations, and tone-placement variants ("Hoà"/"Hòa") by the matcher's normalisation.
 * `buildGazetteer` throws if an id here is not in the gazetteer.
 */
export const PLACE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'p1:ho-chi-minh': ['Sài Gòn'],
  'p:hue': ['Thừa Thiên Huế', 'Thừa Thiên - Huế', 'Thừa Thiên – Huế'],
  'p0:ba-ria-vung-tau': ['Bà Rịa – Vũng Tàu', 'Bà Rịa-Vũng Tàu', 'Bà Rịa Vũng Tàu'],
  'p0:dak-nong': ['Đăk Nông'],
  'p1:dak-lak': ['Đăk Lăk'],
  'p0:dak-lak': ['Đăk Lăk'],
  'p0:kon-tum': ['Kontum'],
  // The data spells the island district "Phú Quí"; its đặc khu (and most writing) "Phú Quý".
  'd0:binh-thuan/phu-qui': ['Phú Quý'],
  'd0:ninh-thuan/phan-rang-thap-cham': ['Phan Rang - Tháp Chàm', 'Phan Rang – Tháp Chàm', 'Phan Rang'],
};
