/**
 * What the web editor at /admin/ shows provincial office staff for each field of a record: a Vietnamese label, a
 * hint (the field's JSDoc in the schema, in Vietnamese) and Vietnamese names for the allowed values. Keys are field
 * paths in the schema ("certifications.signed" is a field of each decision in the list). The editor configuration is
 * generated from the schemas with these labels (src/lib/admin/cmsConfig.ts), and it refuses a schema field without a
 * label or a label without a field, so the two cannot drift apart (src/lib/admin/cmsConfig.test.ts).
 */

export interface FieldLabel {
  /** Field name shown above the input. */
  label: string;
  /** One line under the field: meaning, unit, what to write. */
  hint?: string;
  /** Vietnamese names of an enumeration's values, keyed by the value written in the file. */
  options?: Record<string, string>;
  /** A paragraph rather than one line. */
  multiline?: boolean;
  /** For a list: what one item is called, on its "Thêm …" (add) button. */
  item?: string;
}

export type FieldLabels = Readonly<Record<string, FieldLabel>>;

function localized(path: string, what: string, hint?: string, multiline = false): FieldLabels {
  return {
    [path]: hint === undefined ? { label: what } : { label: what, hint },
    [`${path}.vi`]: { label: 'Tiếng Việt', multiline },
    [`${path}.en`]: {
      label: 'Tiếng Anh',
      hint: 'Không bắt buộc; trang tiếng Anh hiện bản tiếng Việt nếu để trống.',
      multiline,
    },
  };
}

function coordinates(path: string, what: string): FieldLabels {
  return {
    [path]: { label: what, hint: 'Vĩ độ và kinh độ dạng số thập phân (WGS 84), ví dụ 16.4698 và 107.5786.' },
    [`${path}.lat`]: { label: 'Vĩ độ', hint: 'Từ 8 đến 24 (độ Bắc).' },
    [`${path}.lng`]: { label: 'Kinh độ', hint: 'Từ 102 đến 118 (độ Đông).' },
  };
}

function contact(path: string): FieldLabels {
  return {
    [path]: { label: 'Liên hệ', hint: 'Chỉ ghi những gì chủ thể đồng ý công khai.' },
    [`${path}.person`]: { label: 'Người liên hệ' },
    [`${path}.phone`]: { label: 'Điện thoại', hint: 'Ví dụ +84 234 3820 000 hoặc 0234 3820 000.' },
    [`${path}.email`]: { label: 'Thư điện tử' },
    [`${path}.website`]: { label: 'Trang web', hint: 'Bắt đầu bằng https://' },
    [`${path}.zalo`]: { label: 'Zalo', hint: 'Số điện thoại hoặc tên Zalo, ví dụ 0901234567.' },
  };
}

function onlineShops(path: string): FieldLabels {
  return {
    [path]: { label: 'Gian hàng trực tuyến', item: 'gian hàng' },
    [`${path}.name`]: { label: 'Tên gian hàng' },
    [`${path}.url`]: { label: 'Địa chỉ trang', hint: 'Bắt đầu bằng https://' },
  };
}

const sample: FieldLabels = {
  sample: {
    label: 'Dữ liệu mẫu',
    hint: 'Bật khi đây là hồ sơ minh họa (giá, mã, liên hệ là giả). Hồ sơ thật thì tắt.',
  },
};

export const PRODUCT_LABELS: FieldLabels = {
  name: { label: 'Tên sản phẩm', hint: 'Như trên giấy chứng nhận, ví dụ "Gạo hữu cơ An Lỗ".' },
  nameEn: { label: 'Tên tiếng Anh', hint: 'Cho khách nước ngoài, ví dụ "An Lỗ organic rice".' },
  ...localized('summary', 'Tóm tắt', 'Một câu giới thiệu, hiện trong danh sách sản phẩm.', true),
  descriptionEn: { label: 'Mô tả tiếng Anh', hint: 'Mô tả tiếng Việt là ô "Mô tả" ở cuối trang.', multiline: true },
  producer: { label: 'Chủ thể', hint: 'Chọn chủ thể OCOP của tỉnh; chưa có thì thêm chủ thể trước.' },
  group: {
    label: 'Nhóm sản phẩm',
    hint: 'Theo Quyết định 148/QĐ-TTg (2023).',
    options: {
      food: 'Thực phẩm',
      beverages: 'Đồ uống',
      herbal: 'Thảo dược',
      handicrafts: 'Thủ công mỹ nghệ',
      ornamental: 'Sinh vật cảnh',
      tourism: 'Dịch vụ du lịch',
    },
  },
  subgroup: { label: 'Phân nhóm', hint: 'Phải thuộc nhóm đã chọn ở trên.' },
  traceCode: {
    label: 'Mã truy xuất',
    hint: 'In trên bao bì thành mã QR: 8 ký tự 0-9, A-Z (không có I, L, O, U). Không bao giờ sửa mã đã in.',
  },
  origin: { label: 'Nơi sản xuất', hint: 'Ghi đúng như trên quyết định công nhận.' },
  'origin.asWritten': {
    label: 'Địa chỉ như trên quyết định',
    hint: 'Ví dụ "thôn An Lỗ, xã Phong Hiền, huyện Phong Điền".',
  },
  'origin.province': { label: 'Tỉnh như trên quyết định', hint: 'Tên cũ vẫn giữ nguyên, ví dụ "Thừa Thiên Huế".' },
  'origin.commune': { label: 'Xã, phường hiện nay', hint: 'Tên sau sắp xếp ngày 1/7/2025, nếu biết.' },
  certifications: {
    label: 'Quyết định công nhận OCOP',
    item: 'quyết định',
    hint: 'Mỗi quyết định một mục. Cấp lại hay nâng hạng thì THÊM mục mới, không sửa mục cũ.',
  },
  'certifications.decision': { label: 'Số quyết định', hint: 'Ghi đúng như văn bản, ví dụ "2919/QĐ-UBND".' },
  'certifications.signed': { label: 'Ngày ký', hint: 'Chứng nhận có giá trị 36 tháng từ ngày này.' },
  'certifications.level': {
    label: 'Cấp đánh giá',
    hint: 'Cấp huyện chỉ công nhận 3 sao, trước 1/7/2025; 5 sao do Trung ương công nhận.',
    options: { district: 'Cấp huyện', province: 'Cấp tỉnh', central: 'Trung ương' },
  },
  'certifications.authority': {
    label: 'Cơ quan ban hành',
    hint: 'Đúng như văn bản, ví dụ "UBND tỉnh Thừa Thiên Huế".',
  },
  'certifications.authorityEn': {
    label: 'Cơ quan ban hành (tiếng Anh)',
    hint: 'Chỉ khi bản dịch tự động sai hoặc thiếu; "UBND tỉnh X" được tự dịch thành "X Provincial People\'s Committee".',
  },
  'certifications.result': {
    label: 'Hạng sao',
    options: { '3': '3 sao', '4': '4 sao', '5': '5 sao', 'potential-5': 'Tiềm năng 5 sao' },
  },
  'certifications.score': { label: 'Điểm', hint: 'Tổng điểm trên 100, nếu có công bố.' },
  'certifications.scoreParts': {
    label: 'Điểm từng phần',
    hint: 'Từ 24/2/2023: A ≤ 40, B ≤ 25, C ≤ 35; trước đó: A ≤ 35, B ≤ 25, C ≤ 40. Tổng phải bằng điểm.',
  },
  'certifications.scoreParts.a': { label: 'Phần A: tổ chức sản xuất' },
  'certifications.scoreParts.b': { label: 'Phần B: phát triển sản phẩm' },
  'certifications.scoreParts.c': { label: 'Phần C: chất lượng sản phẩm' },
  'certifications.kind': {
    label: 'Loại công nhận',
    options: { new: 'Cấp mới', renewed: 'Cấp lại', upgraded: 'Nâng hạng' },
  },
  'certifications.validUntil': {
    label: 'Hiệu lực đến',
    hint: 'Chỉ điền khi quyết định ghi thời hạn khác 36 tháng.',
  },
  'certifications.revoked': { label: 'Thu hồi', hint: 'Chỉ điền khi chứng nhận bị thu hồi trước hạn.' },
  'certifications.revoked.date': { label: 'Ngày thu hồi' },
  'certifications.revoked.decision': { label: 'Số quyết định thu hồi' },
  'certifications.revoked.reason': { label: 'Lý do', hint: 'Như văn bản, ví dụ "không đánh giá lại".' },
  'certifications.sample': {
    label: 'Quyết định mẫu',
    hint: 'Bật khi số hoặc ngày quyết định là giả (dữ liệu minh họa).',
  },
  rawMaterial: { label: 'Nguyên liệu' },
  'rawMaterial.area': { label: 'Vùng nguyên liệu', hint: 'Ví dụ "cánh đồng thôn An Lỗ, 30 ha".' },
  'rawMaterial.grower': { label: 'Người trồng, cung cấp', hint: 'Ví dụ "hộ thành viên HTX".' },
  'rawMaterial.season': { label: 'Mùa vụ', hint: 'Ví dụ "vụ Đông Xuân (tháng 1–5)".' },
  ...coordinates('rawMaterial.coordinates', 'Vị trí vùng nguyên liệu'),
  productionSteps: { label: 'Các bước sản xuất', item: 'bước', hint: 'Theo thứ tự, mỗi bước một câu ngắn.' },
  packs: { label: 'Quy cách đóng gói và giá', item: 'quy cách' },
  'packs.size': { label: 'Quy cách', hint: 'Như in trên bao bì: "500 g", "1 lít", "hộp 10 gói".' },
  'packs.sizeEn': {
    label: 'Quy cách (tiếng Anh)',
    hint: 'Chỉ khi bản dịch tự động không có: "chai 500 ml" tự dịch thành "500 ml bottle"; "tour nửa ngày (người)" cần ghi "half-day tour (per person)".',
  },
  'packs.priceVnd': { label: 'Giá bán lẻ (đồng)' },
  'packs.gtin': { label: 'Mã vạch GS1 (GTIN-13)', hint: '13 chữ số, nếu bao bì có mã vạch.' },
  shelfLifeMonths: { label: 'Hạn sử dụng (tháng)', hint: 'Tính từ ngày sản xuất, tối đa 120.' },
  ...localized('storage', 'Bảo quản'),
  images: {
    label: 'Ảnh sản phẩm',
    item: 'ảnh',
    hint: 'Ảnh đầu tiên là ảnh bìa. Ảnh được lưu cạnh hồ sơ, trong thư mục images.',
  },
  'images.src': { label: 'Tệp ảnh' },
  'images.alt': { label: 'Mô tả ảnh (tiếng Việt)', hint: 'Ảnh cho thấy gì, cho người không xem được ảnh.' },
  'images.altEn': { label: 'Mô tả ảnh (tiếng Anh)' },
  outlets: { label: 'Điểm bán', hint: 'Các điểm giới thiệu và bán sản phẩm OCOP có bán sản phẩm này.' },
  ...onlineShops('onlineShops'),
  keywords: { label: 'Từ khóa tìm kiếm', item: 'từ khóa', hint: 'Ví dụ "nem chua", "quà Huế".' },
  ...sample,
};

const PRODUCER_TYPE_LABELS = {
  enterprise: 'Doanh nghiệp',
  cooperative: 'Hợp tác xã (HTX)',
  'cooperative-group': 'Tổ hợp tác',
  household: 'Hộ kinh doanh',
};

export const PRODUCER_LABELS: FieldLabels = {
  name: { label: 'Tên chủ thể', hint: 'Tên đăng ký, ví dụ "HTX SX-KD-DV nông nghiệp An Lỗ".' },
  nameEn: { label: 'Tên tiếng Anh', hint: 'Nếu chủ thể có dùng.' },
  type: { label: 'Loại hình', options: PRODUCER_TYPE_LABELS },
  province: { label: 'Tỉnh, thành phố', hint: 'Tự điền theo thư mục của tỉnh.' },
  address: { label: 'Địa chỉ đăng ký', hint: 'Ghi đúng như đăng ký, kể cả tên huyện, tỉnh cũ.' },
  commune: { label: 'Xã, phường hiện nay', hint: 'Tên sau sắp xếp ngày 1/7/2025, nếu biết.' },
  ...coordinates('coordinates', 'Vị trí cơ sở'),
  ...localized('about', 'Giới thiệu', 'Vài câu về chủ thể.', true),
  womenLed: { label: 'Do phụ nữ làm chủ', hint: 'Theo thống kê OCOP.' },
  ...contact('contact'),
  capacity: { label: 'Năng lực cung ứng', hint: 'Cho người mua sỉ, siêu thị.' },
  'capacity.perMonth': { label: 'Số lượng mỗi tháng' },
  'capacity.unit': { label: 'Đơn vị', hint: 'kg, lít, chai, cái…' },
  minimumOrder: { label: 'Đơn hàng tối thiểu' },
  'minimumOrder.quantity': { label: 'Số lượng' },
  'minimumOrder.unit': { label: 'Đơn vị' },
  leadTimeDays: { label: 'Thời gian giao hàng (ngày)', hint: 'Từ khi đặt đến khi gửi hàng.' },
  salesChannels: {
    label: 'Kênh bán hàng',
    options: {
      direct: 'Bán trực tiếp',
      wholesale: 'Bán sỉ',
      supermarket: 'Siêu thị',
      'ocop-shop': 'Cửa hàng OCOP',
      'e-commerce': 'Thương mại điện tử',
      export: 'Xuất khẩu',
      tourism: 'Du lịch',
    },
  },
  certifications: {
    label: 'Chứng nhận khác',
    item: 'chứng nhận',
    hint: 'Ngoài OCOP: VietGAP, HACCP, ISO 22000, hữu cơ…',
  },
  'certifications.name': { label: 'Tên chứng nhận', hint: '"VietGAP", "HACCP", "ISO 22000"…' },
  'certifications.number': { label: 'Số chứng nhận' },
  'certifications.issuer': { label: 'Đơn vị cấp' },
  'certifications.expires': { label: 'Hết hạn ngày' },
  ...onlineShops('onlineShops'),
  ...sample,
};

export const OUTLET_LABELS: FieldLabels = {
  kind: {
    label: 'Loại địa điểm',
    hint: 'Theo Quyết định 950/QĐ-BCT (2023).',
    options: {
      station: 'Nhà ga',
      airport: 'Sân bay',
      'bus-terminal': 'Bến xe',
      'ferry-terminal': 'Bến tàu, phà',
      'highway-rest-stop': 'Trạm dừng nghỉ cao tốc',
      mall: 'Trung tâm thương mại',
      supermarket: 'Siêu thị',
      market: 'Chợ',
      'tourist-site': 'Khu, điểm du lịch',
      restaurant: 'Nhà hàng',
      hotel: 'Khách sạn',
      'craft-village': 'Làng nghề',
      'commercial-centre': 'Trung tâm thương mại, dịch vụ',
      'fair-centre': 'Trung tâm hội chợ, triển lãm',
      'post-office': 'Bưu điện',
      showroom: 'Điểm giới thiệu sản phẩm',
    },
  },
  ...localized('name', 'Tên điểm bán'),
  province: { label: 'Tỉnh, thành phố', hint: 'Tự điền theo thư mục của tỉnh.' },
  address: { label: 'Địa chỉ' },
  ...coordinates('coordinates', 'Vị trí'),
  openingHours: { label: 'Giờ mở cửa', item: 'khung giờ', hint: 'Mỗi dòng cho một nhóm ngày có cùng giờ.' },
  'openingHours.days': {
    label: 'Các ngày',
    options: {
      mon: 'Thứ Hai',
      tue: 'Thứ Ba',
      wed: 'Thứ Tư',
      thu: 'Thứ Năm',
      fri: 'Thứ Sáu',
      sat: 'Thứ Bảy',
      sun: 'Chủ nhật',
    },
  },
  'openingHours.opens': { label: 'Mở cửa', hint: 'Giờ 24 tiếng, ví dụ 07:30.' },
  'openingHours.closes': { label: 'Đóng cửa', hint: 'Giờ 24 tiếng, ví dụ 21:00; phải sau giờ mở.' },
  ...contact('contact'),
  producers: { label: 'Chủ thể có hàng bày bán' },
  ...localized('note', 'Ghi chú cho khách', 'Điểm đặc biệt, cách tìm đường.'),
  ...sample,
};
