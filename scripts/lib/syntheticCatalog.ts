import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { ProvinceInput } from '../../src/schemas/province.ts';
import { type EventInput, EVENT_KINDS } from '../../src/schemas/event.ts';
import { subgroupsOf, type GroupId } from '../../src/schemas/groups.ts';
import { OUTLET_KINDS, type OutletInput } from '../../src/schemas/outlet.ts';
import { PRODUCER_TYPES, SALES_CHANNELS, type ProducerInput, type ProducerType } from '../../src/schemas/producer.ts';
import { SCORING_2023_FROM, type CertificationInput, type ProductInput } from '../../src/schemas/product.ts';
import { slugify } from '../../src/lib/core/foldVietnamese.ts';
import { gtinCheckDigit } from '../../src/lib/core/gtin.ts';
import { addDays, addMonths, type IsoDate } from '../../src/lib/core/isoDate.ts';
import { seededRandom, type SeededRandom } from './seededRandom.ts';

/**
 * A synthetic national catalogue in the real record format, for benchmarks and scale tests: N products from about
 * N/2 producers across every province, with events, outlets and every certificate situation. Deterministic: the
 * same options give byte-identical files, so two benchmark runs build the same site.
 */

/** What the generator needs to know about a province (the content/provinces/*.yaml files are copied as they are). */
/** The province records of a content tree as seeds for the generator, in file-name order. */
export function readProvinceSeeds(provinceDir: string): ProvinceSeed[] {
  return readdirSync(provinceDir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(provinceDir, name), 'utf8');
      const data = parse(text) as ProvinceInput;
      return {
        id: name.replace(/\.yaml$/, ''),
        kind: data.kind,
        name: data.name.vi,
        officialName: data.officialName.vi,
        formerNames: (data.formerly ?? []).map((former) => former.name),
        text,
      };
    });
}

export interface ProvinceSeed {
  id: string;
  kind: 'province' | 'city';
  /** Everyday name, "TP Huế". */
  name: string;
  /** Official name, "Thành phố Huế". */
  officialName: string;
  /** Pre-2025 names that resolve to this unit, as written on older certificates. */
  formerNames: string[];
  /** The province record file, copied verbatim. */
  text: string;
}

export interface SyntheticOptions {
  products: number;
  seed: number;
  /** The day certificate situations are arranged around; build the result with OCOP_TODAY set to it. */
  today: IsoDate;
  provinces: readonly ProvinceSeed[];
}

/** The certificate situations every synthetic catalogue contains (the first products cycle through all of them). */
export const CERTIFICATE_SCENARIOS = [
  'valid',
  'expiring',
  'expired',
  'revoked',
  'renewed',
  'upgraded',
  'potential-5',
  'five-star',
] as const;
export type CertificateScenario = (typeof CERTIFICATE_SCENARIOS)[number];

const SCENARIO_WEIGHTS: Record<CertificateScenario, number> = {
  valid: 58,
  expiring: 5,
  expired: 12,
  revoked: 3,
  renewed: 12,
  upgraded: 7,
  'potential-5': 2,
  'five-star': 1,
};

/** Product photos are shared from a small pool so the image pipeline runs without one encode per product. */
export const IMAGE_POOL_SIZE = 24;
export function imagePoolPath(index: number): string {
  return `products/images/pool-${String(index + 1).padStart(2, '0')}.jpg`;
}

export interface GeneratedFile {
  /** Path under the content root, with forward slashes. */
  path: string;
  text: string;
}

export interface SyntheticCatalog {
  files: GeneratedFile[];
  counts: { products: number; producers: number; events: number; outlets: number; provinces: number };
  scenarios: Record<CertificateScenario, number>;
}

type Kind = readonly [vi: string, en: string];
const KINDS: Record<string, readonly Kind[]> = {
  'fresh-produce': [
    ['Bưởi da xanh', 'green-skin pomelo'],
    ['Cam sành', 'king orange'],
    ['Vải thiều', 'lychee'],
    ['Nhãn lồng', 'longan'],
    ['Xoài cát', 'mango'],
    ['Thanh long ruột đỏ', 'red dragon fruit'],
    ['Trứng vịt biển', 'sea duck eggs'],
    ['Măng cụt', 'mangosteen'],
  ],
  'raw-preprocessed': [
    ['Gạo hữu cơ', 'organic rice'],
    ['Gạo thơm', 'fragrant rice'],
    ['Mật ong rừng', 'wild honey'],
    ['Gạo nếp cái hoa vàng', 'yellow-flower glutinous rice'],
    ['Hạt điều rang muối', 'salted roast cashews'],
    ['Tiêu đen', 'black pepper'],
  ],
  processed: [
    ['Mè xửng', 'sesame candy'],
    ['Miến dong', 'arrowroot noodles'],
    ['Bánh đa nem', 'rice paper'],
    ['Chả cá', 'fish cake'],
    ['Nem chua', 'fermented pork roll'],
    ['Kẹo dừa', 'coconut candy'],
    ['Mứt gừng', 'candied ginger'],
    ['Khô bò', 'dried beef'],
  ],
  condiments: [
    ['Nước mắm cá cơm', 'anchovy fish sauce'],
    ['Mắm ruốc', 'shrimp paste'],
    ['Nước ớt', 'chilli sauce'],
    ['Tương bần', 'fermented soy sauce'],
    ['Muối tôm', 'shrimp salt'],
    ['Mắm nêm', 'fermented anchovy sauce'],
  ],
  tea: [
    ['Trà shan tuyết', 'Shan Tuyết tea'],
    ['Chè búp', 'green bud tea'],
    ['Trà hoa vàng', 'golden camellia tea'],
    ['Trà nụ vối', 'vối bud tea'],
    ['Trà rau má', 'pennywort tea'],
    ['Trà sen', 'lotus tea'],
  ],
  'coffee-cocoa': [
    ['Cà phê Robusta rang xay', 'ground Robusta coffee'],
    ['Cà phê Arabica', 'Arabica coffee'],
    ['Ca cao nguyên chất', 'pure cocoa'],
    ['Sô-cô-la đen', 'dark chocolate'],
  ],
  alcoholic: [
    ['Rượu ngô men lá', 'leaf-yeast corn liquor'],
    ['Rượu ba kích', 'morinda liquor'],
    ['Rượu nếp cẩm', 'black sticky rice wine'],
    ['Vang nho', 'grape wine'],
    ['Rượu sim', 'rose myrtle wine'],
  ],
  'non-alcoholic': [
    ['Nước khoáng', 'mineral water'],
    ['Nước yến', "bird's nest drink"],
    ['Nước cốt chanh dây', 'passion fruit juice'],
    ['Nước ép thanh long', 'dragon fruit juice'],
  ],
  'functional-medicine': [
    ['Đông trùng hạ thảo', 'cordyceps'],
    ['Cao atiso', 'artichoke extract'],
    ['Tinh bột nghệ', 'turmeric starch'],
    ['Yến sào', "edible bird's nest"],
  ],
  cosmetics: [
    ['Xà phòng thảo dược', 'herbal soap'],
    ['Dầu gội bồ kết', 'soap-berry shampoo'],
    ['Son dưỡng dầu dừa', 'coconut-oil lip balm'],
  ],
  'essential-oils': [
    ['Tinh dầu tràm', 'cajeput oil'],
    ['Tinh dầu sả chanh', 'lemongrass oil'],
    ['Tinh dầu quế', 'cinnamon oil'],
    ['Hương trầm', 'agarwood incense'],
  ],
  'household-decorative': [
    ['Đèn mây tre đan', 'rattan lamp'],
    ['Giỏ cói', 'sedge basket'],
    ['Gốm men lam', 'blue-glaze pottery'],
    ['Nón lá', 'conical hat'],
    ['Tranh thêu', 'embroidered picture'],
  ],
  textiles: [
    ['Khăn choàng thổ cẩm', 'brocade scarf'],
    ['Lụa tơ tằm', 'mulberry silk'],
    ['Vải lanh nhuộm chàm', 'indigo-dyed hemp cloth'],
  ],
  flowers: [
    ['Hoa lan hồ điệp', 'moth orchids'],
    ['Hoa đào', 'peach blossom'],
    ['Hoa cúc mâm xôi', 'button chrysanthemums'],
  ],
  plants: [
    ['Mai vàng', 'yellow apricot blossom tree'],
    ['Quất cảnh', 'ornamental kumquat'],
    ['Cây cảnh bon sai', 'bonsai'],
  ],
  animals: [
    ['Cá koi', 'koi'],
    ['Cá vàng', 'goldfish'],
  ],
  'community-eco-tourism': [
    ['Du lịch cộng đồng', 'community tourism'],
    ['Homestay bản', 'village homestay'],
    ['Điểm du lịch sinh thái', 'eco-tourism site'],
  ],
};

/** Roughly the national mix: food dominates, tourism is rare. */
const GROUP_WEIGHTS: Record<GroupId, number> = {
  food: 62,
  beverages: 12,
  herbal: 11,
  handicrafts: 9,
  ornamental: 3,
  tourism: 3,
};

// Syllables chosen so that every tone mark (huyền, sắc, hỏi, ngã, nặng) and đ appear in the names.
const SYLLABLES = [
  'An',
  'Bình',
  'Phú',
  'Hòa',
  'Tân',
  'Thạnh',
  'Đông',
  'Tây',
  'Lộc',
  'Vĩnh',
  'Hưng',
  'Mỹ',
  'Xuân',
  'Thủy',
  'Hải',
  'Quảng',
  'Trường',
  'Nghĩa',
  'Đức',
  'Phước',
  'Thượng',
  'Hạ',
  'Kỳ',
  'Sơn',
  'Lũng',
  'Nà',
  'Cẩm',
  'Ngọc',
  'Trà',
  'Hiền',
  'Thịnh',
  'Yên',
  'Đạo',
  'Hữu',
  'Mão',
  'Tiến',
  'Đồng',
  'Lãng',
  'Khê',
  'Châu',
] as const;
const BRANDS = [
  'Hương Giang',
  'Đồng Rui',
  'Mộc Châu',
  'Tà Xùa',
  'Bảo Lộc',
  'Bạch Mã',
  'Sơn Trà',
  'Vĩnh Hảo',
  'Cửu Long',
  'Tràng An',
  'Lũng Cú',
  'Đắk Mil',
  'Quỳnh Lưu',
  'Thiên Hương',
  'Mệ Em',
  'Xuân Anh',
  'Kỳ Sơn',
  'Nghĩa Đàn',
  'Cẩm Giàng',
  'Ô Lâu',
  'Hữu Nghị',
  'Ngọc Lặc',
] as const;
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const MIDDLE = ['Thị', 'Văn', 'Hữu', 'Đức', 'Minh', 'Ngọc'];
const GIVEN = ['Hồng', 'Lan', 'Mai', 'Tuấn', 'Dũng', 'Hải', 'Hạnh', 'Phượng', 'Quỳnh', 'Thảo', 'Việt', 'Yến', 'Đạt'];
const ACTIVITIES = ['nông nghiệp', 'dịch vụ nông nghiệp', 'chế biến nông sản', 'sản xuất và thương mại', 'làng nghề'];
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function weighted<K extends string>(rng: SeededRandom, weights: Record<K, number>): K {
  const entries = Object.entries(weights) as [K, number][];
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let roll = rng.next() * total;
  for (const [key, weight] of entries) {
    roll -= weight;
    if (roll < 0) return key;
  }
  return (entries.at(-1) as [K, number])[0];
}

function placeName(rng: SeededRandom): string {
  const first = rng.pick(SYLLABLES);
  let second = rng.pick(SYLLABLES);
  while (second === first) second = rng.pick(SYLLABLES);
  return `${first} ${second}`;
}

function personName(rng: SeededRandom): string {
  return `${rng.pick(SURNAMES)} ${rng.pick(MIDDLE)} ${rng.pick(GIVEN)}`;
}

function yaml(data: unknown): string {
  return stringify(data, { lineWidth: 0 });
}

function frontmatter(data: unknown, body: string): string {
  return `---\n${yaml(data)}---\n\n${body}\n`;
}

interface ProducerPlan {
  id: string;
  province: ProvinceSeed;
  name: string;
  type: ProducerType;
  products: string[];
}

/**
 * Score and its A/B/C parts for a result: Decision 148/2023 (from 24 Feb 2023) caps them at 40/25/35, the earlier
 * Decision 1048/2019 at 35/25/40.
 */
function scoreFor(rng: SeededRandom, result: CertificationInput['result'], signed: IsoDate) {
  const score = result === 3 ? rng.int(50, 69) : result === 4 ? rng.int(70, 89) : rng.int(90, 97);
  // C takes the rest, which stays under its cap (35 or 40) for scores up to 97.
  const maxA = signed >= SCORING_2023_FROM ? 40 : 35;
  const a = Math.min(maxA, Math.round(score * (maxA / 100)));
  const b = Math.min(25, Math.round(score * 0.25));
  return { score, scoreParts: { a, b, c: score - a - b } };
}

export function generateSyntheticCatalog(options: SyntheticOptions): SyntheticCatalog {
  const rng = seededRandom(options.seed);
  const today = options.today;
  const provinces = [...options.provinces].sort((a, b) => (a.id < b.id ? -1 : 1));
  if (provinces.length === 0) throw new Error('the synthetic catalogue needs the province records');
  const productCount = Math.max(1, Math.floor(options.products));
  const producerCount = Math.max(1, Math.round(productCount / 2));
  const files: GeneratedFile[] = [];
  const scenarios = Object.fromEntries(CERTIFICATE_SCENARIOS.map((s) => [s, 0])) as Record<CertificateScenario, number>;

  for (const province of provinces) files.push({ path: `provinces/${province.id}.yaml`, text: province.text });

  // Producers, spread over every province (each gets at least one when there are enough).
  const producers: ProducerPlan[] = [];
  for (let i = 0; i < producerCount; i += 1) {
    const province = provinces[i] ?? rng.pick(provinces);
    const type = rng.pick(PRODUCER_TYPES);
    const place = rng.chance(0.5) ? rng.pick(BRANDS) : placeName(rng);
    const name =
      type === 'enterprise'
        ? `Công ty ${rng.pick(['TNHH', 'CP'])} ${place}`
        : type === 'cooperative'
          ? `HTX ${rng.pick(ACTIVITIES)} ${place}`
          : type === 'cooperative-group'
            ? `Tổ hợp tác ${rng.pick(ACTIVITIES)} ${place}`
            : `Hộ kinh doanh ${personName(rng)}`;
    producers.push({ id: `${slugify(name)}-${i + 1}`, province, name, type, products: [] });
  }

  // Outlets: about one per 100 products, at least one per province.
  const outletCount = Math.max(provinces.length, Math.round(productCount / 100));
  const outletsByProvince = new Map<string, string[]>();
  const outletFiles: { province: ProvinceSeed; id: string; data: OutletInput }[] = [];
  for (let i = 0; i < outletCount; i += 1) {
    const province = provinces[i % provinces.length] ?? rng.pick(provinces);
    const kind = rng.pick(OUTLET_KINDS);
    const place = placeName(rng);
    const id = `diem-ban-ocop-${slugify(place)}-${i + 1}`;
    const list = outletsByProvince.get(province.id) ?? [];
    list.push(id);
    outletsByProvince.set(province.id, list);
    const opens = rng.pick(['07:00', '07:30', '08:00']);
    outletFiles.push({
      province,
      id,
      data: {
        kind,
        name: { vi: `Điểm bán OCOP ${place}`, en: `${place} OCOP shop` },
        province: province.id,
        address: `${rng.int(1, 300)} đường ${placeName(rng)}, phường ${placeName(rng)}, ${province.officialName}`,
        openingHours: rng.chance(0.8)
          ? [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], opens, closes: '21:00' }]
          : [],
        contact: { phone: `0${rng.int(200, 299)} ${rng.int(100, 999)} ${rng.int(1000, 9999)}` },
        producers: [],
        note: { vi: `Gian hàng đặc sản ${province.name} gần chợ ${placeName(rng)}.` },
        sample: true,
      },
    });
  }

  // Products.
  const traceCodes = new Set<string>();
  const productIds: string[] = [];
  for (let i = 0; i < productCount; i += 1) {
    const producer = producers[i] ?? rng.pick(producers);
    const province = producer.province;
    const group = weighted(rng, GROUP_WEIGHTS);
    const subgroups = subgroupsOf(group);
    const subgroup = rng.pick(subgroups);
    const [kindVi, kindEn] = rng.pick(KINDS[subgroup] ?? [['Sản phẩm', 'product']]);
    const brand = rng.chance(0.6) ? rng.pick(BRANDS) : placeName(rng);
    const name = `${kindVi} ${brand}`;
    const id = `${slugify(name)}-${i + 1}`;
    productIds.push(id);
    producer.products.push(id);

    let traceCode = '';
    do {
      traceCode = Array.from({ length: 8 }, () => CROCKFORD[rng.int(0, 31)]).join('');
    } while (traceCodes.has(traceCode));
    traceCodes.add(traceCode);

    const scenario: CertificateScenario = CERTIFICATE_SCENARIOS[i] ?? weighted(rng, SCENARIO_WEIGHTS);
    scenarios[scenario] += 1;
    const oldName = province.formerNames.length > 0 && rng.chance(0.6) ? rng.pick(province.formerNames) : undefined;
    const writtenProvince = oldName ?? province.name;
    const authority = `UBND ${oldName ? `tỉnh ${oldName}` : province.officialName}`;
    const stars = (): 3 | 4 => (rng.chance(0.75) ? 3 : 4);
    const decision = (central = false) => `${rng.int(100, 3999)}/QĐ-${central ? 'BNNMT' : 'UBND'}`;
    const cert = (
      signed: IsoDate,
      result: CertificationInput['result'],
      kind: CertificationInput['kind'],
    ): CertificationInput => {
      const central = result === 5;
      // Between Decision 148 and the end of districts (1 July 2025), districts issued 3-star results.
      const district = result === 3 && signed >= SCORING_2023_FROM && signed < '2025-07-01' && rng.chance(0.3);
      return {
        decision: decision(central),
        signed,
        level: central ? 'central' : district ? 'district' : 'province',
        authority: central ? 'Bộ Nông nghiệp và Môi trường' : district ? `UBND huyện ${placeName(rng)}` : authority,
        result,
        ...(rng.chance(0.7) || result === 'potential-5' ? scoreFor(rng, result, signed) : {}),
        kind,
        sample: true,
      };
    };
    const threeYearsAgo = addMonths(today, -36);
    let certifications: CertificationInput[];
    switch (scenario) {
      case 'valid':
        certifications = [cert(addDays(today, -rng.int(20, 900)), stars(), 'new')];
        break;
      case 'expiring':
        certifications = [cert(addDays(threeYearsAgo, rng.int(5, 80)), stars(), 'new')];
        break;
      case 'expired':
        certifications = [cert(addDays(threeYearsAgo, -rng.int(10, 700)), stars(), 'new')];
        break;
      case 'revoked': {
        const signed = addDays(today, -rng.int(400, 900));
        const revokedOn = addDays(signed, rng.int(100, 350));
        certifications = [
          {
            ...cert(signed, stars(), 'new'),
            revoked: {
              date: revokedOn,
              decision: decision(),
              reason: rng.pick(['không đánh giá lại', 'không đạt khi đánh giá lại']),
            },
          },
        ];
        break;
      }
      case 'renewed': {
        const first = addDays(today, -rng.int(1200, 1700));
        const result = stars();
        certifications = [
          cert(first, result, 'new'),
          cert(addDays(addMonths(first, 36), -rng.int(0, 60)), result, 'renewed'),
        ];
        break;
      }
      case 'upgraded': {
        const first = addDays(today, -rng.int(500, 1000));
        certifications = [cert(first, 3, 'new'), cert(addDays(first, rng.int(200, 440)), 4, 'upgraded')];
        break;
      }
      case 'potential-5':
        certifications = [cert(addDays(today, -rng.int(30, 700)), 'potential-5', 'upgraded')];
        break;
      case 'five-star': {
        const first = addDays(today, -rng.int(700, 1000));
        certifications = [cert(first, 4, 'new'), cert(addDays(first, rng.int(200, 600)), 5, 'upgraded')];
        break;
      }
    }

    const village = placeName(rng);
    const commune = placeName(rng);
    const district = placeName(rng);
    const image = rng.int(0, IMAGE_POOL_SIZE - 1);
    const localOutlets = outletsByProvince.get(province.id) ?? [];
    const outlets = localOutlets.length > 0 && rng.chance(0.4) ? [rng.pick(localOutlets)] : [];
    const data: ProductInput = {
      name,
      nameEn: `${brand} ${kindEn}`,
      summary: {
        vi: `${kindVi} của ${producer.name}, làm từ nguyên liệu ${province.name}.`,
        en: `${kindEn.charAt(0).toUpperCase()}${kindEn.slice(1)} made by ${producer.name} from ${province.name} ingredients.`,
      },
      producer: producer.id,
      group,
      subgroup,
      traceCode,
      origin: {
        asWritten: `thôn ${village}, xã ${commune}${oldName ? `, huyện ${district}` : ''}`,
        province: writtenProvince,
        commune: `xã ${commune}`,
      },
      certifications,
      rawMaterial: { area: `vùng nguyên liệu xã ${commune}, ${rng.int(2, 80)} ha`, grower: 'hộ thành viên' },
      productionSteps: [
        'Thu hái và tuyển chọn nguyên liệu.',
        'Sơ chế, chế biến theo quy trình.',
        'Đóng gói, dán tem truy xuất.',
      ],
      packs: Array.from({ length: rng.int(1, 3) }, (_, k) => ({
        size: `${[250, 500, 1000][k]} g`,
        priceVnd: rng.int(3, 60) * 5000 * (k + 1),
        ...(rng.chance(0.3) ? { gtin: gtin13(`893${String(rng.int(0, 999_999_999)).padStart(9, '0')}`) } : {}),
      })),
      shelfLifeMonths: rng.int(3, 24),
      images: [
        {
          src: `../images/pool-${String(image + 1).padStart(2, '0')}.jpg`,
          alt: `Ảnh ${kindVi.toLowerCase()} ${brand}`,
          altEn: `Photo of ${brand} ${kindEn}`,
        },
      ],
      outlets,
      keywords: [kindVi.toLowerCase(), `đặc sản ${province.name}`],
      sample: true,
    };
    const body = [
      `${name} là sản phẩm OCOP của ${producer.name}, ${province.officialName}. Nguyên liệu được trồng và thu hái tại thôn ${village}.`,
      `Sản phẩm được chế biến thủ công kết hợp máy móc hiện đại, đóng gói kín và dán tem truy xuất nguồn gốc mã ${traceCode}.`,
    ].join('\n\n');
    files.push({ path: `products/${province.id}/${id}.md`, text: frontmatter(data, body) });
  }

  // Outlets list some producers of their own province.
  const producersByProvince = new Map<string, ProducerPlan[]>();
  const producerById = new Map(producers.map((producer) => [producer.id, producer]));
  for (const producer of producers) {
    const list = producersByProvince.get(producer.province.id) ?? [];
    list.push(producer);
    producersByProvince.set(producer.province.id, list);
  }
  for (const outlet of outletFiles) {
    const local = producersByProvince.get(outlet.province.id) ?? [];
    const chosen = new Set<string>();
    for (let k = 0; k < Math.min(5, local.length); k += 1) chosen.add(rng.pick(local).id);
    outlet.data.producers = [...chosen].sort();
    files.push({ path: `outlets/${outlet.province.id}/${outlet.id}.yaml`, text: yaml(outlet.data) });
  }

  for (const producer of producers) {
    const data: ProducerInput = {
      name: producer.name,
      type: producer.type,
      province: producer.province.id,
      address: `thôn ${placeName(rng)}, xã ${placeName(rng)}, ${producer.province.officialName}`,
      about: {
        vi: `${producer.name} sản xuất ${producer.products.length} sản phẩm OCOP tại ${producer.province.name}.`,
        en: `Makes ${producer.products.length} OCOP product${producer.products.length === 1 ? '' : 's'} in ${producer.province.name}.`,
      },
      womenLed: rng.chance(0.4),
      contact: {
        person: personName(rng),
        phone: `+84 ${rng.int(200, 299)} ${rng.int(100, 999)} ${rng.int(1000, 9999)}`,
        email: `lienhe-${producer.id.slice(-12).replace(/^-+/, '')}@example.vn`,
      },
      capacity: { perMonth: rng.int(1, 200) * 100, unit: rng.pick(['kg', 'chai', 'hộp', 'sản phẩm']) },
      minimumOrder: { quantity: rng.int(1, 50) * 10, unit: 'sản phẩm' },
      leadTimeDays: rng.int(1, 30),
      salesChannels: [...new Set([rng.pick(SALES_CHANNELS), rng.pick(SALES_CHANNELS)])],
      sample: true,
    };
    files.push({ path: `producers/${producer.province.id}/${producer.id}.yaml`, text: yaml(data) });
  }

  // Events: about one per 400 products, at least six, from two years back to a year ahead.
  const eventCount = Math.max(6, Math.round(productCount / 400));
  for (let i = 0; i < eventCount; i += 1) {
    const province = rng.pick(provinces);
    const kind = EVENT_KINDS[i % EVENT_KINDS.length] ?? 'provincial-fair';
    const start = addDays(today, rng.int(-730, 365));
    const place = placeName(rng);
    const shown = new Set<string>();
    const local = producersByProvince.get(province.id) ?? [];
    for (let k = 0; k < Math.min(12, local.length); k += 1) shown.add(rng.pick(local).id);
    const producerIds = [...shown].sort();
    const productsShown = producerIds.flatMap((id) => producerById.get(id)?.products.slice(0, 2) ?? []);
    const data: EventInput = {
      kind,
      name: { vi: `Hội chợ OCOP ${province.name} ${place}`, en: `${province.name} OCOP fair ${place}` },
      start,
      end: addDays(start, rng.int(0, 4)),
      opens: '08:00',
      closes: '21:00',
      venue: {
        name: `Trung tâm hội chợ ${place}`,
        address: `${rng.int(1, 200)} đường ${placeName(rng)}, ${province.officialName}`,
      },
      province: province.id,
      organiser: `Sở Nông nghiệp và Môi trường ${province.name}`,
      producers: producerIds,
      products: productsShown,
      booths: rng.int(40, 220),
      sample: true,
    };
    const id = `hoi-cho-ocop-${province.id}-${slugify(place)}-${i + 1}`;
    files.push({
      path: `events/${id}.md`,
      text: frontmatter(data, `Hội chợ giới thiệu sản phẩm OCOP của ${province.name}, ${data.booths} gian hàng.`),
    });
  }

  return {
    files,
    counts: {
      products: productIds.length,
      producers: producers.length,
      events: eventCount,
      outlets: outletFiles.length,
      provinces: provinces.length,
    },
    scenarios,
  };
}

/** A GTIN-13 with a correct GS1 check digit, from its first 12 digits. */
function gtin13(first12: string): string {
  return `${first12}${gtinCheckDigit(first12)}`;
}
