import { posix, relative, resolve } from 'node:path';
import { Document, isSeq, parseDocument, type YAMLSeq } from 'yaml';
import {
  groupOfSubgroup,
  OCOP_GROUPS,
  subgroupLabel,
  subgroupsOf,
  type GroupId,
  type SubgroupId,
} from '../../../schemas/groups.ts';
import { PRODUCER_TYPES, ProducerSchema, type Producer } from '../../../schemas/producer.ts';
import {
  CertificationSchema,
  ProductSchema,
  type Certification,
  type CertificationInput,
  type Product,
  type StarResult,
} from '../../../schemas/product.ts';
import { ProvinceSchema, type Province } from '../../../schemas/province.ts';
import { foldVietnamese, slugify } from '../../core/foldVietnamese.ts';
import { formatProblem } from '../formatIssues.ts';
import type { IsoDate } from '../../core/isoDate.ts';
import { makeProvinceResolver } from '../../catalog/provinceResolver.ts';
import { parseRecord } from '../parseRecord.ts';
import type { RawFile } from '../readContentTree.ts';
import { RESERVED_PRODUCT_IDS } from '../../site/urls.ts';
import { validateCatalog } from '../validateCatalog.ts';
import { columnDefinition, type ColumnKey } from './columns.ts';
import type { Annex, AnnexRow } from './readAnnex.ts';
import {
  cellText,
  groupOfText,
  inferSubgroup,
  producerTypeOf,
  quoted,
  readDate,
  readKind,
  readScore,
  readStars,
  starsOfScore,
  subgroupOfText,
} from './values.ts';

export type RowAction = 'create' | 'update' | 'unchanged' | 'refuse';

/** What the import does with one product row, and why. */
export interface RowOutcome {
  row: number;
  action: RowAction;
  /** The product record created, updated or found; absent for a refused row. */
  file?: string;
  /** One line for the office: what is written, or what is already there. */
  detail: string;
  /** A producer record this row creates. */
  newProducer?: { file: string; name: string; type: Producer['type'] };
  /** Why the row is refused: each names the column and what to write instead. */
  reasons: string[];
}

export interface ImportPlan {
  source: string;
  province: string;
  decisionDefaults: {
    decision: string | undefined;
    signed: IsoDate | undefined;
    authority: string | undefined;
    from: string;
  };
  outcomes: RowOutcome[];
  skipped: Annex['skipped'];
  /** Every file to write, path → full text: exactly what --write puts on disk. */
  writes: Map<string, string>;
}

export interface PlanOptions {
  /** Content root as paths are shown: "content" or a temp folder. */
  root: string;
  /** Province id the annex belongs to (a file name in content/provinces/). */
  province: string;
  /** --decision / --signed / --authority: override what the title rows say. */
  decision?: string;
  signed?: IsoDate;
  authority?: string;
  /** The day decisions must not be after. */
  today: IsoDate;
  /** Source of randomness for trace codes (crypto in the command, seeded in tests). */
  random: () => number;
  /** Whether an image path, relative to the record file, exists (for the validation gate). */
  imageExists: (recordFile: string, src: string) => boolean;
}

/** Crockford base 32 as the product schema's traceCode allows: 0-9 and A-Z without I, L, O, U. */
const TRACE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const FRONTMATTER = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)(---\r?\n?[\s\S]*)$/;

const RANK: Record<string, number> = { '3': 3, '4': 4, 'potential-5': 4.5, '5': 5 };

interface ExistingProduct {
  id: string;
  file: string;
  data: Product;
  /** Rows of this import that changed it. */
  rows: number[];
}

interface ExistingProducer {
  id: string;
  file: string;
  name: string;
  createdByRow?: number;
}

/** Keeps the first record of a folded name; a second one of the same name is left to a person. */
function remember<T>(byName: Map<string, T>, name: string, record: T): void {
  const key = foldVietnamese(name);
  if (!byName.has(key)) byName.set(key, record);
}

/** A new record's path as readContentTree shows existing ones: relative to the working directory. */
function recordPath(root: string, ...parts: string[]): string {
  const full = resolve(root, ...parts);
  return relative(process.cwd(), full) || full;
}

function starsLabel(result: StarResult): string {
  return result === 'potential-5' ? 'potential 5★' : `${result}★`;
}

/** Where in the sheet a column is, for messages: 'column F "Phân nhóm"'. */
function columnRef(annex: Annex, key: ColumnKey): string {
  const letter = annex.letters[key];
  const header = columnDefinition(key).header;
  return letter !== undefined ? `column ${letter} "${header}"` : `column "${header}" (not in this file; add it)`;
}

/** The province name as written at a date: the former name before a renaming took effect, else today's name. */
function provinceNameAt(province: Province, date: IsoDate): string {
  const renamed = province.formerly.find((former) => former.change === 'renamed' && date < former.since);
  return renamed?.name ?? province.officialName.vi.replace(/^Tỉnh /, '');
}

function authorityFor(province: Province, date: IsoDate): string {
  const name = provinceNameAt(province, date);
  const city = province.kind === 'city' && !province.formerly.some((f) => f.change === 'renamed' && date < f.since);
  return `UBND ${city ? 'thành phố' : 'tỉnh'} ${name.replace(/^Thành phố /, '')}`;
}

/**
 * Plans an import: which rows create, update, leave unchanged or refuse, and the text of every file to write.
 * Runs the validator on the content tree as it would be after writing; a row whose records would not validate is
 * refused with the validator's message, so nothing written can fail `npm run validate`.
 */
export function planImport(annex: Annex, tree: readonly RawFile[], options: PlanOptions): ImportPlan {
  const gateRefusals = new Map<number, string[]>();
  // Problems the tree already had are not the import's to fix, and do not block it.
  const before = validateCatalog(tree, { today: options.today, imageExists: options.imageExists });
  const knownErrors = new Set(before.errors.map(formatProblem));
  for (let round = 0; ; round += 1) {
    const plan = planOnce(annex, tree, options, gateRefusals);
    const after = validateCatalog(applyToTree(tree, plan.writes, options.root), {
      today: options.today,
      imageExists: options.imageExists,
    });
    const newErrors = after.errors.filter((problem) => !knownErrors.has(formatProblem(problem)));
    if (newErrors.length === 0 || round > annex.rows.length) return plan;
    let blamed = false;
    for (const problem of newErrors) {
      const rows = plan.outcomes.filter(
        (outcome) => outcome.file === problem.file || outcome.newProducer?.file === problem.file,
      );
      for (const outcome of rows) {
        if (outcome.action === 'refuse') continue;
        const list = gateRefusals.get(outcome.row) ?? [];
        list.push(`the record would not validate: ${formatProblem(problem)}`);
        gateRefusals.set(outcome.row, list);
        blamed = true;
      }
    }
    if (!blamed) return plan;
  }
}

/** The content tree with the planned writes in place, for the validation gate. */
export function applyToTree(tree: readonly RawFile[], writes: ReadonlyMap<string, string>, root: string): RawFile[] {
  const out = tree.map((file) => {
    const text = writes.get(file.file);
    return text !== undefined ? { ...file, text } : file;
  });
  const present = new Set(tree.map((file) => file.file));
  for (const [path, text] of writes) {
    if (present.has(path)) continue;
    const rel = relative(resolve(root), resolve(path)).split('\\').join('/');
    const [collection, folder, name] = rel.split('/');
    out.push({
      file: path,
      collection: collection as RawFile['collection'],
      id: (name ?? '').replace(/\.[^.]+$/, ''),
      folder,
      text,
    });
  }
  return out;
}

function planOnce(
  annex: Annex,
  tree: readonly RawFile[],
  options: PlanOptions,
  gateRefusals: ReadonlyMap<number, string[]>,
): ImportPlan {
  const provinces = tree
    .filter((file) => file.collection === 'provinces')
    .flatMap((file) => {
      const parsed = parseRecord(file.file, file.text);
      if (!('record' in parsed)) return [];
      const result = ProvinceSchema.safeParse(parsed.record.data);
      return result.success ? [{ id: file.id, data: result.data }] : [];
    });
  const resolveProvince = makeProvinceResolver(provinces);
  const found = provinces.find((candidate) => candidate.id === options.province)?.data;
  if (found === undefined) {
    throw new Error(
      `--province ${options.province}: not a province id; use one of ${provinces
        .map((p) => p.id)
        .sort()
        .join(', ')}`,
    );
  }

  const province: Province = found;
  // Records of this province by folded name: "HTX Tài Hoan" and "HTX TAI HOAN" are one producer.
  const producers = new Map<string, ExistingProducer>();
  const producerIds = new Set<string>();
  const products = new Map<string, ExistingProduct>();
  const productIds = new Set<string>(RESERVED_PRODUCT_IDS);
  const traceCodes = new Set<string>();
  for (const file of tree) {
    if (file.collection === 'producers') producerIds.add(file.id);
    if (file.collection === 'products') productIds.add(file.id);
    if (file.collection === 'products') {
      const code = /^traceCode:\s*["']?([0-9A-Z]{8})/m.exec(file.text)?.[1];
      if (code !== undefined) traceCodes.add(code);
    }
    if (file.folder !== options.province) continue;
    if (file.collection !== 'producers' && file.collection !== 'products') continue;
    const parsed = parseRecord(file.file, file.text);
    if (!('record' in parsed)) continue;
    if (file.collection === 'producers') {
      const result = ProducerSchema.safeParse(parsed.record.data);
      if (result.success)
        remember(producers, result.data.name, { id: file.id, file: file.file, name: result.data.name });
    } else {
      const result = ProductSchema.safeParse(parsed.record.data);
      if (result.success) {
        remember(products, result.data.name, { id: file.id, file: file.file, data: result.data, rows: [] });
        traceCodes.add(result.data.traceCode);
      }
    }
  }

  const writes = new Map<string, string>();
  const documents = new Map<string, { document: Document; before: string; after: string }>();
  const outcomes: RowOutcome[] = [];
  const defaults = {
    decision: options.decision ?? annex.title.decision,
    signed: options.signed ?? annex.title.signed,
    authority: options.authority ?? annex.title.authority,
    from:
      options.decision !== undefined || options.signed !== undefined
        ? 'the command line'
        : annex.title.decision !== undefined
          ? 'the title rows'
          : 'nowhere',
  };

  const freshTraceCode = (): string => {
    for (;;) {
      let code = '';
      for (let i = 0; i < 8; i += 1) code += TRACE_ALPHABET[Math.floor(options.random() * 32)] ?? '0';
      if (!traceCodes.has(code)) {
        traceCodes.add(code);
        return code;
      }
    }
  };
  const freshId = (taken: Set<string>, base: string): string => {
    const stem = base.slice(0, 60).replace(/-+$/, '') || 'san-pham';
    let id = stem;
    for (let n = 2; taken.has(id); n += 1) id = `${stem}-${n}`;
    taken.add(id);
    return id;
  };

  // planRow leaves here the change its row makes; it is applied before the next row is planned, unless refused.
  let pendingApply: (() => void) | undefined;
  for (const row of annex.rows) {
    pendingApply = undefined;
    const outcome = planRow(row);
    const gate = gateRefusals.get(row.row);
    if (gate !== undefined && outcome.action !== 'refuse') {
      outcomes.push({ row: row.row, action: 'refuse', detail: '', reasons: gate });
      continue;
    }
    outcomes.push(outcome);
    // Assigned inside planRow, which the compiler does not follow.
    const apply = pendingApply as (() => void) | undefined;
    if (outcome.action !== 'refuse') apply?.();
  }

  function planRow(row: AnnexRow): RowOutcome {
    const reasons: string[] = [];
    const need = <T>(read: { value: T } | { problem: string }, key: ColumnKey): T | undefined => {
      if ('value' in read) return read.value;
      reasons.push(`${columnRef(annex, key)}: ${read.problem}`);
      return undefined;
    };
    const text = (key: ColumnKey) => cellText(row.cells[key]);

    const name = text('name');
    if (name === '') reasons.push(`${columnRef(annex, 'name')}: is empty; write the product name`);
    const producerName = text('producer');
    if (producerName === '')
      reasons.push(`${columnRef(annex, 'producer')}: is empty; write the producer with its legal form, like "HTX …"`);
    const address = text('address');
    if (address === '') reasons.push(`${columnRef(annex, 'address')}: is empty; write the address as on the decision`);

    const decision = text('decision') || defaults.decision;
    if (decision === undefined || decision === '') {
      reasons.push(
        `${columnRef(annex, 'decision')}: no decision number in this row, the title rows or --decision; write it, like 2919/QĐ-UBND`,
      );
    }
    const signed = text('signed') !== '' ? need(readDate(row.cells.signed ?? null), 'signed') : defaults.signed;
    if (signed === undefined && text('signed') === '') {
      reasons.push(
        `${columnRef(annex, 'signed')}: no signing date in this row, the title rows or --signed; write it as dd/mm/yyyy`,
      );
    }
    if (signed !== undefined && signed > options.today) {
      reasons.push(
        `${text('signed') !== '' ? columnRef(annex, 'signed') : 'signing date'}: ${signed} is after today (${options.today}); check the year and the day-month order`,
      );
    }

    const score = text('score') !== '' ? need(readScore(row.cells.score ?? null), 'score') : undefined;
    let result: StarResult | undefined =
      text('stars') !== '' ? need(readStars(row.cells.stars ?? null), 'stars') : undefined;
    if (result === undefined && text('stars') === '') {
      if (score !== undefined) {
        result = starsOfScore(score);
        if (result === undefined)
          reasons.push(`${columnRef(annex, 'score')}: ${score} points is below 50, which is not certified`);
      } else if (text('score') === '') {
        reasons.push(`${columnRef(annex, 'stars')}: is empty and there is no score; write 3, 4 or 5`);
      }
    }
    if (result === 'potential-5' && score !== undefined && score < 90) {
      reasons.push(`${columnRef(annex, 'score')}: a potential 5-star result needs at least 90 points (got ${score})`);
    }
    const kindCell = text('kind') !== '' ? need(readKind(row.cells.kind ?? null), 'kind') : undefined;

    // Group and subgroup matter only for a new product; an existing one keeps what a person wrote.
    const groupReasons: string[] = [];
    // Group: the column, else the heading row above; subgroup: the column, the heading, else the product name.
    let group: GroupId | undefined;
    if (text('group') !== '') {
      group = groupOfText(text('group'));
      if (group === undefined) {
        groupReasons.push(
          `${columnRef(annex, 'group')}: unknown group ${quoted(row.cells.group)}; write one of ${Object.values(
            OCOP_GROUPS,
          )
            .map((g) => g.vi)
            .join(', ')}`,
        );
      }
    } else group = row.headingGroup;
    let subgroup: SubgroupId | undefined;
    const subgroupChoices = (g: GroupId | undefined) =>
      (g !== undefined ? subgroupsOf(g) : (Object.keys(OCOP_GROUPS) as GroupId[]).flatMap(subgroupsOf))
        .map((id) => `"${subgroupLabel(id, 'vi')}"`)
        .join(', ');
    if (text('subgroup') !== '') {
      subgroup = subgroupOfText(text('subgroup'));
      if (subgroup === undefined) {
        groupReasons.push(
          `${columnRef(annex, 'subgroup')}: unknown subgroup ${quoted(row.cells.subgroup)}; write one of ${subgroupChoices(group)}`,
        );
      }
    } else if (
      row.headingSubgroup !== undefined &&
      (group === undefined || groupOfSubgroup(row.headingSubgroup) === group)
    ) {
      subgroup = row.headingSubgroup;
    } else if (name !== '' && (text('group') === '' || group !== undefined)) {
      const candidates = inferSubgroup(name, group);
      if (candidates.length === 1) subgroup = candidates[0];
      else {
        const why =
          candidates.length === 0
            ? `cannot tell the subgroup of ${JSON.stringify(name)} from its name`
            : `${JSON.stringify(name)} could be ${candidates.map((id) => `"${subgroupLabel(id, 'vi')}"`).join(' or ')}`;
        groupReasons.push(`${columnRef(annex, 'subgroup')}: ${why}; write one of ${subgroupChoices(group)}`);
      }
    }
    if (subgroup !== undefined) {
      const ofSubgroup = groupOfSubgroup(subgroup);
      if (group !== undefined && ofSubgroup !== group) {
        groupReasons.push(
          `${columnRef(annex, 'subgroup')}: ${quoted(row.cells.subgroup)} is not a subgroup of ${OCOP_GROUPS[group].vi}; write one of ${subgroupChoices(group)}`,
        );
      }
      group = ofSubgroup;
    }

    // Origin: a province named in the address must be this one; old names are mapped to today's unit.
    let originProvince: string | undefined;
    for (const part of address
      .split(/[,;]/)
      .map((p) => p.trim())
      .reverse()) {
      const match = part !== '' ? resolveProvince(part) : undefined;
      if (match === undefined) continue;
      if (match.id !== options.province) {
        reasons.push(
          `${columnRef(annex, 'address')}: names ${JSON.stringify(part)}, now part of ${match.id}, not ${options.province}; import this row with --province ${match.id}`,
        );
      }
      originProvince = part.replace(/^(tỉnh|thành phố|tp\.?)\s+/i, '');
      if (/^tp\.?\s/i.test(part)) originProvince = part;
      break;
    }
    // A decision signed before a merger was issued by the absorbed province the address names (Bắc Kạn in 2019).
    const formerUnit =
      originProvince !== undefined && signed !== undefined
        ? province.formerly.find(
            (former) => foldVietnamese(former.name) === foldVietnamese(originProvince ?? '') && signed < former.since,
          )
        : undefined;
    const authority =
      defaults.authority ??
      (formerUnit !== undefined
        ? `UBND tỉnh ${formerUnit.name}`
        : signed !== undefined
          ? authorityFor(province, signed)
          : undefined);
    if (originProvince === undefined && signed !== undefined) {
      const fromAuthority = authority?.replace(/^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(tỉnh|thành phố)\s+/iu, '');
      originProvince =
        fromAuthority !== undefined && resolveProvince(fromAuthority)?.id === options.province
          ? fromAuthority
          : provinceNameAt(province, signed);
    }

    // Producer: matched by folded name in this province, else a new minimal record.
    const producerKey = foldVietnamese(producerName);
    const producer = producers.get(producerKey);
    let newProducerType: Producer['type'] | undefined;
    if (producer === undefined && producerName !== '') {
      newProducerType = producerTypeOf(producerName);
      if (newProducerType === undefined) {
        reasons.push(
          `${columnRef(annex, 'producer')}: cannot tell the legal form of ${JSON.stringify(producerName)} (${PRODUCER_TYPES.join(', ')}); write it with its form in front, like "Hộ kinh doanh ${producerName}", "HTX …" or "Công ty TNHH …"`,
        );
      }
    }

    // Product: matched by folded name in this province.
    const productKey = foldVietnamese(name);
    const existing = products.get(productKey);
    if (existing !== undefined && producer !== undefined && existing.data.producer !== producer.id) {
      reasons.push(
        `${columnRef(annex, 'producer')}: ${existing.file} already has a product named ${JSON.stringify(existing.data.name)} made by "${existing.data.producer}", not ${JSON.stringify(producerName)}; correct the producer or the product name`,
      );
    } else if (existing !== undefined && producer === undefined && producerName !== '') {
      reasons.push(
        `${columnRef(annex, 'producer')}: ${existing.file} already has a product named ${JSON.stringify(existing.data.name)} made by "${existing.data.producer}", and no producer in ${options.province} is named ${JSON.stringify(producerName)}; write the producer's name as in content/producers/${options.province}/${existing.data.producer}.yaml`,
      );
    }

    if (existing === undefined) reasons.push(...groupReasons);
    if (
      reasons.length > 0 ||
      decision === undefined ||
      signed === undefined ||
      result === undefined ||
      authority === undefined
    ) {
      return { row: row.row, action: 'refuse', detail: '', reasons };
    }
    const level: CertificationInput['level'] =
      result === 5 ? 'central' : /\bhuyện\b|\bthị xã\b/i.test(authority) ? 'district' : 'province';
    const certification = (kind: CertificationInput['kind']): CertificationInput => ({
      decision,
      signed,
      level,
      authority,
      result,
      ...(score !== undefined ? { score } : {}),
      kind,
    });
    const describe = (kind: string) =>
      `${decision} of ${signed}: ${starsLabel(result)}${score !== undefined ? `, ${score} points` : ''}, ${kind}`;

    if (existing !== undefined) {
      const same = existing.data.certifications.find(
        (entry) => foldVietnamese(entry.decision) === foldVietnamese(decision),
      );
      if (same !== undefined) {
        if (same.signed === signed && same.result === result) {
          const by = existing.rows.length > 0 ? ` by row ${existing.rows[0]}` : '';
          return {
            row: row.row,
            action: 'unchanged',
            file: existing.file,
            detail: `${JSON.stringify(existing.data.name)}: decision ${decision} is already recorded${by}`,
            reasons: [],
          };
        }
        return {
          row: row.row,
          action: 'refuse',
          detail: '',
          reasons: [
            `${existing.file} already records decision ${same.decision} signed ${same.signed} with ${starsLabel(same.result)}, but this row says ${signed} with ${starsLabel(result)}; if the annex is right, correct the record by hand`,
          ],
        };
      }
      const latest = [...existing.data.certifications].sort((a, b) => (a.signed < b.signed ? 1 : -1))[0];
      const kind =
        kindCell ??
        (latest !== undefined && (RANK[String(result)] ?? 0) > (RANK[String(latest.result)] ?? 0)
          ? 'upgraded'
          : 'renewed');
      const entry = certification(kind);
      pendingApply = () => {
        const held = documents.get(existing.file) ?? openDocument(existing.file);
        const list = held.document.get('certifications', true);
        if (isSeq(list)) (list as YAMLSeq).add(held.document.createNode(entry));
        writes.set(existing.file, `${held.before}${held.document.toString({ lineWidth: 0 })}${held.after}`);
        // Matching later rows reads only decision, signed and result; the validation gate judges the whole record.
        const parsedEntry = CertificationSchema.safeParse(entry);
        const added = parsedEntry.success ? parsedEntry.data : (entry as unknown as Certification);
        existing.data = { ...existing.data, certifications: [...existing.data.certifications, added] };
        existing.rows.push(row.row);
      };
      return {
        row: row.row,
        action: 'update',
        file: existing.file,
        detail: `${JSON.stringify(existing.data.name)}: add certification ${describe(kind)}`,
        reasons: [],
      };
    }

    if (group === undefined || subgroup === undefined || originProvince === undefined) {
      const missing = group === undefined ? 'group' : subgroup === undefined ? 'subgroup' : 'province of origin';
      return {
        row: row.row,
        action: 'refuse',
        detail: '',
        reasons: [
          `the ${missing} could not be read; fill the ${missing === 'group' ? columnRef(annex, 'group') : columnRef(annex, 'subgroup')}`,
        ],
      };
    }
    const kind = kindCell ?? 'new';
    const productId = freshId(productIds, slugify(name));
    const productFile = recordPath(options.root, 'products', options.province, `${productId}.md`);
    let newProducer: RowOutcome['newProducer'];
    let producerId: string;
    if (producer !== undefined) producerId = producer.id;
    else {
      producerId = freshId(producerIds, slugify(producerName));
      const producerFile = recordPath(options.root, 'producers', options.province, `${producerId}.yaml`);
      newProducer = { file: producerFile, name: producerName, type: newProducerType ?? 'household' };
    }
    const traceCode = freshTraceCode();
    const source = posix.basename(annex.source.replace(/ \(sheet .*\)$/, ''));
    pendingApply = () => {
      if (newProducer !== undefined) {
        const record = new Document({
          name: producerName,
          type: newProducer.type,
          province: options.province,
          address,
        });
        record.commentBefore = ` Imported from ${source}, row ${row.row}. Add contact details, capacity and sales channels.`;
        writes.set(newProducer.file, record.toString({ lineWidth: 0 }));
        remember(producers, producerName, {
          id: producerId,
          file: newProducer.file,
          name: producerName,
          createdByRow: row.row,
        });
      }
      const data = {
        name,
        producer: producerId,
        group,
        subgroup,
        traceCode,
        origin: { asWritten: address, province: originProvince },
        certifications: [certification(kind)],
      };
      const record = new Document(data);
      record.commentBefore = ` Imported from ${source}, row ${row.row}. Add a summary, photos, packs and a description below.`;
      writes.set(productFile, `---\n${record.toString({ lineWidth: 0 })}---\n`);
      const parsedProduct = ProductSchema.safeParse(data);
      // A record the schema refuses is still matched by name by later rows; the validation gate refuses its row.
      const product = parsedProduct.success ? parsedProduct.data : (data as unknown as Product);
      remember(products, name, { id: productId, file: productFile, data: product, rows: [row.row] });
    };
    return {
      row: row.row,
      action: 'create',
      file: productFile,
      detail: `${JSON.stringify(name)}, ${group}/${subgroup}, trace code ${traceCode}, certification ${describe(kind)}${producer !== undefined ? `, producer ${producer.id}` : ''}`,
      ...(newProducer !== undefined ? { newProducer } : {}),
      reasons: [],
    };
  }

  function openDocument(file: string) {
    const raw = writes.get(file) ?? tree.find((candidate) => candidate.file === file)?.text ?? '';
    const match = FRONTMATTER.exec(raw);
    const held = {
      before: match?.[1] ?? '---\n',
      document: parseDocument(match?.[2] ?? '', { schema: 'core' }),
      after: match?.[3] ?? '---\n',
    };
    documents.set(file, held);
    return held;
  }

  return {
    source: annex.source,
    province: options.province,
    decisionDefaults: defaults,
    outcomes,
    skipped: annex.skipped,
    writes,
  };
}
