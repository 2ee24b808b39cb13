/**
 * The OCOP product tree of Decision 148/QĐ-TTg (24 Feb 2023): six groups, each with its subgroups. Ids are stable
 * and used in records and URLs; labels are what visitors read.
 */
export const OCOP_GROUPS = {
  food: {
    vi: 'Thực phẩm',
    en: 'Food',
    subgroups: {
      'fresh-produce': { vi: 'Nông sản tươi sống', en: 'Fresh produce' },
      'raw-preprocessed': { vi: 'Nông sản thô, sơ chế', en: 'Raw and pre-processed produce' },
      processed: { vi: 'Thực phẩm chế biến', en: 'Processed food' },
      condiments: { vi: 'Gia vị', en: 'Condiments' },
      tea: { vi: 'Chè và trà', en: 'Tea' },
      'coffee-cocoa': { vi: 'Cà phê, ca cao', en: 'Coffee and cocoa' },
    },
  },
  beverages: {
    vi: 'Đồ uống',
    en: 'Beverages',
    subgroups: {
      alcoholic: { vi: 'Đồ uống có cồn', en: 'Alcoholic beverages' },
      'non-alcoholic': { vi: 'Đồ uống không cồn', en: 'Non-alcoholic beverages' },
    },
  },
  herbal: {
    vi: 'Thảo dược',
    en: 'Herbal products',
    subgroups: {
      'functional-medicine': {
        vi: 'Thực phẩm chức năng, thuốc từ dược liệu',
        en: 'Functional foods and traditional medicines',
      },
      cosmetics: { vi: 'Mỹ phẩm từ thảo dược', en: 'Herbal cosmetics' },
      'essential-oils': { vi: 'Tinh dầu và thảo dược khác', en: 'Essential oils and other herbs' },
    },
  },
  handicrafts: {
    vi: 'Thủ công mỹ nghệ',
    en: 'Handicrafts',
    subgroups: {
      'household-decorative': {
        vi: 'Thủ công mỹ nghệ gia dụng, trang trí',
        en: 'Household and decorative handicrafts',
      },
      textiles: { vi: 'Dệt may', en: 'Textiles and garments' },
    },
  },
  ornamental: {
    vi: 'Sinh vật cảnh',
    en: 'Ornamental plants and animals',
    subgroups: {
      flowers: { vi: 'Hoa', en: 'Flowers' },
      plants: { vi: 'Cây cảnh', en: 'Ornamental plants' },
      animals: { vi: 'Động vật cảnh', en: 'Ornamental animals' },
    },
  },
  tourism: {
    vi: 'Dịch vụ du lịch',
    en: 'Tourism services',
    subgroups: {
      'community-eco-tourism': {
        vi: 'Du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
        en: 'Community tourism, ecotourism and tourist sites',
      },
    },
  },
} as const;

export type GroupId = keyof typeof OCOP_GROUPS;
export type SubgroupId = {
  [G in GroupId]: keyof (typeof OCOP_GROUPS)[G]['subgroups'];
}[GroupId];

export const GROUP_IDS = Object.keys(OCOP_GROUPS) as [GroupId, ...GroupId[]];
export const SUBGROUP_IDS = GROUP_IDS.flatMap((group) => Object.keys(OCOP_GROUPS[group].subgroups)) as [
  SubgroupId,
  ...SubgroupId[],
];

export function subgroupsOf(group: GroupId): SubgroupId[] {
  return Object.keys(OCOP_GROUPS[group].subgroups) as SubgroupId[];
}

export function groupOfSubgroup(subgroup: SubgroupId): GroupId {
  const group = GROUP_IDS.find((candidate) => subgroup in OCOP_GROUPS[candidate].subgroups);
  if (!group) throw new Error(`unknown subgroup ${subgroup}`);
  return group;
}

export function subgroupLabel(subgroup: SubgroupId, lang: 'vi' | 'en'): string {
  const group = groupOfSubgroup(subgroup);
  const subgroups: Record<string, { vi: string; en: string }> = OCOP_GROUPS[group].subgroups;
  return subgroups[subgroup]?.[lang] ?? subgroup;
}
