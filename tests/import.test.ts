import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../src/lib/records/formatIssues.ts';
import { parseRecord } from '../src/lib/records/parseRecord.ts';
import { readContentTree } from '../src/lib/records/readContentTree.ts';
import { runImport } from '../src/lib/records/import/runImport.ts';
import { seededRandom } from '../scripts/lib/seededRandom.ts';
import { validateCatalog } from '../src/lib/records/validateCatalog.ts';
import { writeImportWorkbooks } from '../scripts/lib/importWorkbooks.ts';

/**
 * The import on annexes in the layouts provinces publish, against a copy of the minimal fixture tree (Huế with
 * Gạo hữu cơ An Lỗ and Rượu Ô Lâu of Decision 2919/QĐ-UBND; Thái Nguyên with Miến dong Tài Hoan).
 */

const TODAY = '2026-11-23';
let work: string;
let workbooks: Awaited<ReturnType<typeof writeImportWorkbooks>>;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'ocop-import-'));
  workbooks = await writeImportWorkbooks(work);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fresh copy of the minimal tree; returns its root as the import sees it. */
function freshTree(name: string): string {
  const root = join(work, name);
  cpSync('tests/fixtures/minimal', root, { recursive: true });
  return root;
}

/** Every file under a root with its text, for comparing a tree before and after. */
function snapshotTree(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(root, path), readFileSync(path, 'latin1'));
    }
  };
  walk(root);
  return out;
}

function validate(root: string) {
  const { files, problems } = readContentTree(root);
  const result = validateCatalog(files, {
    today: TODAY,
    imageExists: (file, src) => existsSync(resolve(dirname(file), src)),
  });
  return [...problems, ...result.errors].map(formatProblem);
}

const run = (root: string, args: string[], seed = 1) =>
  runImport(args, { root, today: TODAY, random: seededRandom(seed).next });

/** Output lines with the temp folder replaced, so they read as in a real content/ tree. */
const shown = (root: string, lines: readonly string[]) => {
  const rel = relative(process.cwd(), root);
  return lines.map((line) => line.split(rel).join('content').split(work).join('<annexes>'));
};

/** Dry run, then --write with the same seed: the plan must be exactly what lands on disk. */
async function dryRunThenWrite(root: string, args: string[]) {
  const before = snapshotTree(root);
  const dry = await run(root, args);
  expect(snapshotTree(root)).toEqual(before);
  const wet = await run(root, [...args, '--write']);
  expect(wet.plan?.outcomes).toEqual(dry.plan?.outcomes);
  expect(wet.plan?.writes).toEqual(dry.plan?.writes);
  const after = snapshotTree(root);
  const changed = [...after.keys()].filter((path) => after.get(path) !== before.get(path)).sort();
  const planned = [...(dry.plan?.writes.keys() ?? [])].map((path) => relative(root, path)).sort();
  expect(changed).toEqual(planned);
  for (const [path, text] of dry.plan?.writes ?? []) expect(readFileSync(path, 'utf8')).toBe(text);
  return { dry, wet };
}

describe('import of Decision 2919 (title rows, merged two-row header, group headings, total row)', () => {
  it('reads the decision from the title, skips headings and totals, creates what is new and leaves the rest', async () => {
    const root = freshTree('hue-2919');
    const { dry } = await dryRunThenWrite(root, [workbooks['hue-2919-title-groups.xlsx'], '--province', 'hue']);
    expect(dry.exitCode).toBe(0);
    expect(shown(root, dry.lines)).toMatchInlineSnapshot(`
      [
        "<annexes>/hue-2919-title-groups.xlsx → province hue",
        "decision 2919/QĐ-UBND signed 2020-11-16 by UBND tỉnh Thừa Thiên Huế, from the title rows",
        "row 8: skipped: column numbers under the header",
        "row 9: skipped: group heading "I. NHÓM THỰC PHẨM" → food",
        "row 10: unchanged content/products/hue/gao-huu-co-an-lo.md: "Gạo hữu cơ An Lỗ": decision 2919/QĐ-UBND is already recorded",
        "row 11: create content/products/hue/gao-thom-thuy-thanh.md: "Gạo thơm Thủy Thanh", food/raw-preprocessed, trace code M0GZY8KQ, certification 2919/QĐ-UBND of 2020-11-16: 3★, 62.5 points, new",
        "    + create content/producers/hue/htx-nong-nghiep-thuy-thanh-1.yaml: "HTX Nông nghiệp Thủy Thanh 1", cooperative",
        "row 12: create content/products/hue/mam-nem-ca-com-me-em.md: "Mắm nêm cá cơm Mệ Em", food/condiments, trace code DZEF4C74, certification 2919/QĐ-UBND of 2020-11-16: 3★, 60 points, new",
        "    + create content/producers/hue/co-so-san-xuat-mam-nem-me-em.yaml: "Cơ sở sản xuất mắm nêm Mệ Em", household",
        "row 13: create content/products/hue/nuoc-ot-vinh-xuan.md: "Nước ớt Vinh Xuân", food/condiments, trace code F2CR961D, certification 2919/QĐ-UBND of 2020-11-16: 3★, 58.25 points, new",
        "    + create content/producers/hue/to-hop-tac-san-xuat-nuoc-ot-vinh-xuan.yaml: "Tổ hợp tác sản xuất nước ớt Vinh Xuân", cooperative-group",
        "row 14: create content/products/hue/buoi-com-huong-tho.md: "Bưởi cốm Hương Thọ", food/fresh-produce, trace code JS96NHR6, certification 2919/QĐ-UBND of 2020-11-16: 3★, 55 points, new",
        "    + create content/producers/hue/htx-nong-nghiep-huong-tho.yaml: "HTX Nông nghiệp Hương Thọ", cooperative",
        "row 15: skipped: group heading "II. NHÓM ĐỒ UỐNG" → beverages",
        "row 16: unchanged content/products/hue/ruou-o-lau.md: "Rượu Ô Lâu": decision 2919/QĐ-UBND is already recorded",
        "row 17: create content/products/hue/ruou-ta-ruong-mao.md: "Rượu Tà Rương Mão", beverages/alcoholic, trace code QERZ7R4A, certification 2919/QĐ-UBND of 2020-11-16: 3★, 57.5 points, new",
        "    + create content/producers/hue/ho-kinh-doanh-ho-van-mao.yaml: "Hộ kinh doanh Hồ Văn Mão", household",
        "row 18: skipped: group heading "III. NHÓM THẢO DƯỢC" → herbal",
        "row 19: create content/products/hue/tinh-dau-tram-truong-hai.md: "Tinh dầu tràm Trường Hải", herbal/essential-oils, trace code D74QJ481, certification 2919/QĐ-UBND of 2020-11-16: 3★, 66 points, new",
        "    + create content/producers/hue/cong-ty-tnhh-truong-hai.yaml: "Công ty TNHH Trường Hải", enterprise",
        "row 20: skipped: total row "Tổng cộng: 8 sản phẩm"",
        "",
        "8 product rows: 6 create, 0 update, 2 unchanged, 0 refused; 12 files to write.",
        "Dry run: nothing was written. Check the lines above, then run the same command with --write.",
      ]
    `);
    expect(validate(root)).toEqual([]);
  });

  it('writes minimal records that validate, with the producer type from the legal form', async () => {
    const root = join(work, 'hue-2919');
    const text = readFileSync(join(root, 'products/hue/nuoc-ot-vinh-xuan.md'), 'utf8');
    expect(text.replace(/traceCode: \w+/, 'traceCode: <code>')).toMatchInlineSnapshot(`
      "---
      # Imported from hue-2919-title-groups.xlsx, row 13. Add a summary, photos, packs and a description below.

      name: Nước ớt Vinh Xuân
      producer: to-hop-tac-san-xuat-nuoc-ot-vinh-xuan
      group: food
      subgroup: condiments
      traceCode: <code>
      origin:
        asWritten: xã Vinh Xuân, huyện Phú Vang
        province: Thừa Thiên Huế
      certifications:
        - decision: 2919/QĐ-UBND
          signed: 2020-11-16
          level: province
          authority: UBND tỉnh Thừa Thiên Huế
          result: 3
          score: 58.25
          kind: new
      ---
      "
    `);
    expect(readFileSync(join(root, 'producers/hue/to-hop-tac-san-xuat-nuoc-ot-vinh-xuan.yaml'), 'utf8'))
      .toMatchInlineSnapshot(`
      "# Imported from hue-2919-title-groups.xlsx, row 13. Add contact details, capacity and sales channels.

      name: Tổ hợp tác sản xuất nước ớt Vinh Xuân
      type: cooperative-group
      province: hue
      address: xã Vinh Xuân, huyện Phú Vang
      "
    `);
  });

  it('changes nothing when run again', async () => {
    const root = join(work, 'hue-2919');
    const before = snapshotTree(root);
    const again = await run(root, [workbooks['hue-2919-title-groups.xlsx'], '--province', 'hue', '--write'], 2);
    expect(again.plan?.writes.size).toBe(0);
    expect(again.plan?.outcomes.every((outcome) => outcome.action === 'unchanged')).toBe(true);
    expect(snapshotTree(root)).toEqual(before);
  });
});

describe('import of a re-certification (serial-number dates, Hình thức, upper-case headers)', () => {
  it('appends renewed and upgraded decisions and keeps everything a person wrote', async () => {
    const root = freshTree('hue-recert');
    const ruou = join(root, 'products/hue/ruou-o-lau.md');
    const original = readFileSync(ruou, 'utf8').replace(
      'certifications:',
      '# Checked by hand against the 2020 annex.\ncertifications:',
    );
    writeFileSync(ruou, original);
    const gao = join(root, 'products/hue/gao-huu-co-an-lo.md');
    const gaoBefore = readFileSync(gao, 'utf8');

    const { dry } = await dryRunThenWrite(root, [workbooks['hue-recertification-2025.xlsx'], '--province', 'hue']);
    expect(shown(root, dry.lines)).toMatchInlineSnapshot(`
      [
        "<annexes>/hue-recertification-2025.xlsx → province hue",
        "no decision in the title rows or on the command line: each row must have its own "Số quyết định" and "Ngày ký"",
        "row 4: update content/products/hue/gao-huu-co-an-lo.md: "Gạo hữu cơ An Lỗ": add certification 1520/QĐ-UBND of 2025-07-11: 4★, renewed",
        "row 5: update content/products/hue/ruou-o-lau.md: "Rượu Ô Lâu": add certification 1520/QĐ-UBND of 2025-07-11: 4★, upgraded",
        "row 6: create content/products/hue/nep-cai-hoa-vang-an-lo.md: "Nếp cái hoa vàng An Lỗ", food/raw-preprocessed, trace code M0GZY8KQ, certification 1520/QĐ-UBND of 2025-07-11: 3★, new, producer htx-an-lo",
        "",
        "3 product rows: 1 create, 2 update, 0 unchanged, 0 refused; 3 files to write.",
        "Dry run: nothing was written. Check the lines above, then run the same command with --write.",
      ]
    `);

    const after = readFileSync(ruou, 'utf8');
    // The file is the old one with a certification added at the end of the list: comment and order kept.
    expect(after).toBe(
      original.replace(
        '    sample: true\nsample: true',
        '    sample: true\n  - decision: 1520/QĐ-UBND\n    signed: 2025-07-11\n    level: province\n    authority: UBND thành phố Huế\n    result: 4\n    kind: upgraded\nsample: true',
      ),
    );
    const parse = (text: string, file: string) => {
      const parsed = parseRecord(file, text);
      if (!('record' in parsed)) throw new Error('does not parse');
      return parsed.record;
    };
    const gaoOld = parse(gaoBefore, gao);
    const gaoNew = parse(readFileSync(gao, 'utf8'), gao);
    expect({ ...gaoNew.data, certifications: undefined }).toEqual({ ...gaoOld.data, certifications: undefined });
    expect(gaoNew.body).toBe(gaoOld.body);
    expect(gaoNew.data['certifications']).toHaveLength(3);
    expect(validate(root)).toEqual([]);

    const again = await run(root, [workbooks['hue-recertification-2025.xlsx'], '--province', 'hue'], 3);
    expect(again.plan?.outcomes.map((outcome) => outcome.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });
});

describe('import of a flat CSV without diacritics in the headers, per-row decisions, old province names', () => {
  it('creates products and one producer for two rows of the same company, and keeps a known decision', async () => {
    const root = freshTree('thai-nguyen');
    const { dry } = await dryRunThenWrite(root, [
      'tests/fixtures/import/thai-nguyen-flat.csv',
      '--province',
      'thai-nguyen',
    ]);
    expect(shown(root, dry.lines)).toMatchInlineSnapshot(`
      [
        "tests/fixtures/import/thai-nguyen-flat.csv → province thai-nguyen",
        "no decision in the title rows or on the command line: each row must have its own "Số quyết định" and "Ngày ký"",
        "row 2: create content/products/thai-nguyen/tra-hoa-vang-ha-diep.md: "Trà hoa vàng Hà Diệp", food/tea, trace code M0GZY8KQ, certification 1650/QĐ-UBND of 2019-09-18: 4★, 76.5 points, new",
        "    + create content/producers/thai-nguyen/cong-ty-tnhh-ha-diep.yaml: "Công ty TNHH Hà Diệp", enterprise",
        "row 3: create content/products/thai-nguyen/tra-nu-voi-ha-diep.md: "Trà nụ vối Hà Diệp", food/tea, trace code DZEF4C74, certification 1650/QĐ-UBND of 2019-09-18: 4★, 72 points, new, producer cong-ty-tnhh-ha-diep",
        "row 4: create content/products/thai-nguyen/ruou-men-la-bang-phuc.md: "Rượu men lá Bằng Phúc", beverages/alcoholic, trace code F2CR961D, certification 1650/QĐ-UBND of 2019-09-18: 4★, 71.25 points, new",
        "    + create content/producers/thai-nguyen/htx-bang-phuc.yaml: "HTX Bằng Phúc", cooperative",
        "row 5: unchanged content/products/thai-nguyen/mien-dong-tai-hoan.md: "Miến dong Tài Hoan": decision 100/QĐ-UBND is already recorded",
        "row 6: create content/products/thai-nguyen/che-tan-cuong.md: "Chè Tân Cương", food/tea, trace code JS96NHR6, certification 2345/QĐ-UBND of 2024-12-05: 3★, 68.5 points, new",
        "    + create content/producers/thai-nguyen/hkd-nguyen-thi-lan.yaml: "HKD Nguyễn Thị Lan", household",
        "",
        "5 product rows: 4 create, 0 update, 1 unchanged, 0 refused; 7 files to write.",
        "Dry run: nothing was written. Check the lines above, then run the same command with --write.",
      ]
    `);
    const tra = readFileSync(join(root, 'products/thai-nguyen/tra-hoa-vang-ha-diep.md'), 'utf8');
    expect(tra).toContain('province: Bắc Kạn');
    // Signed in 2019 by Bắc Kạn, merged into Thái Nguyên in 2025: the authority is the one of the time.
    expect(tra).toContain('authority: UBND tỉnh Bắc Kạn');
    const che = readFileSync(join(root, 'products/thai-nguyen/che-tan-cuong.md'), 'utf8');
    expect(che).toContain('authority: UBND tỉnh Thái Nguyên');
    expect(validate(root)).toEqual([]);
    const again = await run(root, ['tests/fixtures/import/thai-nguyen-flat.csv', '--province', 'thai-nguyen'], 4);
    expect(again.plan?.writes.size).toBe(0);
  });
});

describe('broken annexes', () => {
  it('refuses a file without the columns it needs, naming each, and writes nothing', async () => {
    const root = freshTree('broken-columns');
    const before = snapshotTree(root);
    const result = await run(root, ['tests/fixtures/import/broken-missing-column.csv', '--province', 'hue', '--write']);
    expect(result.exitCode).toBe(2);
    expect(result.problems).toMatchInlineSnapshot(`
      [
        "tests/fixtures/import/broken-missing-column.csv: row 1: no column "Địa chỉ"; add a column with that header (Địa chỉ như trên quyết định: thôn An Lỗ, xã Phong Hiền, huyện Phong Điền)",
        "tests/fixtures/import/broken-missing-column.csv: row 1: no column "Hạng sao" or "Điểm"; add at least one of them",
      ]
    `);
    expect(snapshotTree(root)).toEqual(before);
  });

  it('refuses each bad row with row, column and what to write, and still imports the good one', async () => {
    const root = freshTree('broken-values');
    const { wet } = await dryRunThenWrite(root, ['tests/fixtures/import/broken-values.csv', '--province', 'hue']);
    expect(wet.exitCode).toBe(1);
    expect(shown(root, wet.lines)).toMatchInlineSnapshot(`
      [
        "tests/fixtures/import/broken-values.csv → province hue",
        "no decision in the title rows or on the command line: each row must have its own "Số quyết định" and "Ngày ký"",
        "row 2: REFUSE (nothing written for this row):",
        "    - column I "Ngày ký": "31/02/2024" is not a real calendar date; check the day and month",
        "row 3: REFUSE (nothing written for this row):",
        "    - column G "Hạng sao": cannot read the stars "4,5 sao"; write 3, 4 or 5 (or "4 sao", "4*", "★★★★"), or "tiềm năng 5 sao"",
        "row 4: REFUSE (nothing written for this row):",
        "    - column C "Chủ thể": cannot tell the legal form of "Nguyễn Văn Nón" (enterprise, cooperative, cooperative-group, household); write it with its form in front, like "Hộ kinh doanh Nguyễn Văn Nón", "HTX …" or "Công ty TNHH …"",
        "row 5: REFUSE (nothing written for this row):",
        "    - column "Phân nhóm" (not in this file; add it): "Nước ép thanh trà Thủy Biều" could be "Nông sản tươi sống" or "Đồ uống không cồn"; write one of "Nông sản tươi sống", "Nông sản thô, sơ chế", "Thực phẩm chế biến", "Gia vị", "Chè và trà", "Cà phê, ca cao", "Đồ uống có cồn", "Đồ uống không cồn", "Thực phẩm chức năng, thuốc từ dược liệu", "Mỹ phẩm từ thảo dược", "Tinh dầu và thảo dược khác", "Thủ công mỹ nghệ gia dụng, trang trí", "Dệt may", "Hoa", "Cây cảnh", "Động vật cảnh", "Du lịch cộng đồng, du lịch sinh thái và điểm du lịch"",
        "row 6: REFUSE (nothing written for this row):",
        "    - column D "Địa chỉ": names "tỉnh Quảng Ninh", now part of quang-ninh, not hue; import this row with --province quang-ninh",
        "row 7: REFUSE (nothing written for this row):",
        "    - column I "Ngày ký": 2027-03-01 is after today (2026-11-23); check the year and the day-month order",
        "row 8: create content/products/hue/huong-sach-tan-nguyen.md: "Hương sạch Tân Nguyên", handicrafts/household-decorative, trace code M0GZY8KQ, certification 101/QĐ-UBND of 2024-03-01: 3★, 64.5 points, new",
        "    + create content/producers/hue/co-so-huong-tan-nguyen.yaml: "Cơ sở hương Tân Nguyên", household",
        "",
        "7 product rows: 1 create, 0 update, 0 unchanged, 6 refused; 2 files written.",
        "Next: npm run validate, look at the changes (git diff), then commit them or open a pull request.",
        "Refused rows: correct them in the spreadsheet and run the import again; rows already imported stay unchanged.",
      ]
    `);
    expect(validate(root)).toEqual([]);
  });

  it('refuses a row the validator would reject, with the validator message (a district cannot rate 4 stars)', async () => {
    const root = freshTree('gate');
    const result = await run(root, [
      'tests/fixtures/import/thai-nguyen-flat.csv',
      '--province',
      'thai-nguyen',
      '--authority',
      'UBND huyện Na Rì',
    ]);
    const refused = result.plan?.outcomes.filter((outcome) => outcome.action === 'refuse') ?? [];
    expect(refused.map((outcome) => outcome.row)).toEqual([2, 3, 4]);
    expect(refused[0]?.reasons.join('\n')).toContain(
      'certifications[0].level: a district could only give 3 stars; a 4 result is given by the province: write level: province',
    );
    expect(result.plan?.outcomes.find((outcome) => outcome.row === 6)?.action).toBe('create');
  });

  it('never gives a new product a trace code already in the tree', async () => {
    const root = freshTree('codes');
    // A random source that first spells Rượu Ô Lâu's code 3NW8PKRT, then 7KQ2M9XD (Gạo An Lỗ's), then new ones.
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    const spelled = [...'3NW8PKRT7KQ2M9XD'].map((char) => (alphabet.indexOf(char) + 0.5) / 32);
    const fallback = seededRandom(9).next;
    const random = () => spelled.shift() ?? fallback();
    const result = await runImport(['tests/fixtures/import/thai-nguyen-flat.csv', '--province', 'thai-nguyen'], {
      root,
      today: TODAY,
      random,
    });
    const codes = [...(result.plan?.writes.values() ?? [])].flatMap((text) => /traceCode: (\w+)/.exec(text)?.[1] ?? []);
    expect(codes).toHaveLength(4);
    expect(codes).not.toContain('3NW8PKRT');
    expect(codes).not.toContain('7KQ2M9XD');
    expect(new Set(codes).size).toBe(4);
  });

  it('says how to call it when the command is wrong', async () => {
    const root = freshTree('usage');
    const result = await run(root, ['tests/fixtures/import/thai-nguyen-flat.csv', '--decision', '1/QĐ-UBND']);
    expect(result.exitCode).toBe(2);
    expect(result.problems.slice(0, 2)).toMatchInlineSnapshot(`
      [
        "--province is required: the province id, like hue or thai-nguyen",
        "--decision and --signed go together: give both, or neither to read them from the title rows",
      ]
    `);
  });
});

describe('npm run import (the command as an office runs it)', () => {
  it('prints in the dry run exactly the rows and trace codes that --write then writes', () => {
    const root = freshTree('cli');
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ['scripts/import.ts', 'tests/fixtures/import/thai-nguyen-flat.csv', ...args], {
        env: { ...process.env, OCOP_CONTENT_DIR: root, OCOP_TODAY: TODAY },
        encoding: 'utf8',
      });
    const dry = cli('--province', 'thai-nguyen');
    expect(dry.status).toBe(0);
    const wet = cli('--province', 'thai-nguyen', '--write');
    expect(wet.status).toBe(0);
    const rows = (out: string) => out.split('\n').filter((line) => /^(row | {4}\+ )/.test(line));
    expect(rows(wet.stdout)).toEqual(rows(dry.stdout));
    for (const code of dry.stdout.match(/trace code (\w{8})/g) ?? []) {
      const value = code.slice(-8);
      const files = readContentTree(root).files.filter((file) => file.text.includes(`traceCode: ${value}`));
      expect(files).toHaveLength(1);
    }
    expect(dry.stdout.match(/trace code/g)).toHaveLength(4);
    const again = cli('--province', 'thai-nguyen', '--write');
    expect(again.stdout).toContain('0 create, 0 update, 5 unchanged, 0 refused; 0 files written');
    // Three runs of the command, each starting Node and reading the tree.
  }, 60_000);

  it('exits 2 without a stack trace when the file is missing', () => {
    const result = spawnSync(process.execPath, ['scripts/import.ts', 'nowhere.xlsx', '--province', 'hue'], {
      env: { ...process.env, OCOP_CONTENT_DIR: 'tests/fixtures/minimal' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('nowhere.xlsx: file not found');
  });
});
