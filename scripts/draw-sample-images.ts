/**
 * node scripts/draw-sample-images.ts — draws the cover picture of every sample product.
 *
 * For each content/products/<province>/<id>.md it reads the front matter and writes an 800×600 JPEG to the path of
 * the record's first image: a flat illustration whose palette comes from the OCOP group and the trace code, a motif
 * for the group (bowl, bottle, leaf, basket, flower, mountains…), the product name, and a "sample illustration" tag.
 * No network, no randomness: the same record always gives the same picture.
 */
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import sharp from 'sharp';
import { contentRoot } from '../src/lib/records/contentLayout.ts';
import { parseRecord } from '../src/lib/records/parseRecord.ts';
import { OCOP_GROUPS, subgroupLabel, type GroupId, type SubgroupId } from '../src/schemas/groups.ts';

const WIDTH = 800;
const HEIGHT = 600;
const FONT = 'DejaVu Sans, sans-serif';
const LABEL = 'Ảnh minh họa mẫu · sample illustration';

interface Palette {
  top: string;
  bottom: string;
  accent: string;
  soft: string;
  ink: string;
}

interface Artwork {
  name: string;
  nameEn: string | undefined;
  group: GroupId;
  subgroup: SubgroupId;
  seed: number;
}

/** Base hue and saturation per group; the trace code nudges the hue so neighbours in a list differ. */
const GROUP_HUES: Record<GroupId, { hue: number; sat: number }> = {
  food: { hue: 32, sat: 70 },
  beverages: { hue: 335, sat: 45 },
  herbal: { hue: 130, sat: 40 },
  handicrafts: { hue: 24, sat: 45 },
  ornamental: { hue: 350, sat: 60 },
  tourism: { hue: 195, sat: 55 },
};

/** FNV-1a: a stable 32-bit hash of a string. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (const char of text) {
    h ^= char.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32: a small seeded generator, so decorations are placed the same way on every run. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hsl(hue: number, sat: number, light: number): string {
  const h = (((hue % 360) + 360) % 360) / 360;
  const s = Math.max(0, Math.min(100, sat)) / 100;
  const l = Math.max(0, Math.min(100, light)) / 100;
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t0: number): string => {
    let t = t0;
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    const v = t < 1 / 6 ? p + (q - p) * 6 * t : t < 1 / 2 ? q : t < 2 / 3 ? p + (q - p) * (2 / 3 - t) * 6 : p;
    return Math.round(v * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(h + 1 / 3)}${channel(h)}${channel(h - 1 / 3)}`;
}

function paletteFor(group: GroupId, seed: number): Palette {
  const base = GROUP_HUES[group];
  const hue = base.hue + ((seed % 37) - 18);
  const accentHue = hue + 150 + ((seed >>> 8) % 60);
  return {
    top: hsl(hue, base.sat, 88),
    bottom: hsl(hue + 12, base.sat + 5, 74),
    accent: hsl(accentHue, base.sat + 10, 45),
    soft: hsl(hue - 10, base.sat, 62),
    ink: hsl(hue, base.sat - 10, 22),
  };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Greedy word wrap into at most `maxLines` lines of about `width` characters. */
function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${lines
    .slice(maxLines - 1)
    .join(' ')
    .slice(0, width - 1)}…`;
  return kept;
}

// ── Motifs: each draws inside the upper area (centred near 400, 205) ──────────────────────────────────────────────

function bowl(p: Palette): string {
  const grains = Array.from({ length: 9 }, (_, i) => {
    const x = 330 + i * 17;
    const y = 178 - Math.abs(i - 4) * 5;
    return `<ellipse cx="${x}" cy="${y}" rx="7" ry="12" transform="rotate(${(i - 4) * 12} ${x} ${y})" fill="#fffaf0" stroke="${p.soft}" stroke-width="2"/>`;
  }).join('');
  return `<path d="M270 190 Q400 150 530 190 Z" fill="#fffaf0"/>${grains}
    <path d="M260 190 H540 Q530 300 400 310 Q270 300 260 190 Z" fill="${p.accent}"/>
    <rect x="360" y="308" width="80" height="18" rx="6" fill="${p.ink}"/>
    <path d="M290 215 Q400 232 510 215" stroke="#ffffff" stroke-opacity="0.5" stroke-width="6" fill="none"/>`;
}

function bottle(p: Palette, withGlass: boolean): string {
  const glass = withGlass
    ? `<path d="M470 210 H540 L530 320 H480 Z" fill="#ffffff" fill-opacity="0.55" stroke="${p.ink}" stroke-width="4"/>
       <path d="M475 250 H535 L530 318 H481 Z" fill="${p.accent}" fill-opacity="0.8"/>`
    : `<circle cx="500" cy="290" r="34" fill="${p.soft}"/><circle cx="500" cy="290" r="18" fill="${p.accent}" fill-opacity="0.7"/>`;
  return `<rect x="380" y="70" width="40" height="22" rx="5" fill="${p.ink}"/>
    <path d="M385 92 H415 V140 Q455 160 455 200 V320 Q455 332 443 332 H357 Q345 332 345 320 V200 Q345 160 385 140 Z" fill="${p.accent}"/>
    <rect x="360" y="215" width="80" height="70" rx="8" fill="#fffaf0"/>
    <circle cx="400" cy="250" r="20" fill="none" stroke="${p.accent}" stroke-width="5"/>
    <path d="M360 150 Q352 200 360 300" stroke="#ffffff" stroke-opacity="0.45" stroke-width="7" fill="none"/>${glass}`;
}

function leaf(x: number, y: number, size: number, angle: number, fill: string, vein: string): string {
  return `<g transform="translate(${x} ${y}) rotate(${angle})">
    <path d="M0 0 Q${size * 0.55} ${-size * 0.45} 0 ${-size} Q${-size * 0.55} ${-size * 0.45} 0 0 Z" fill="${fill}"/>
    <path d="M0 0 L0 ${-size * 0.92}" stroke="${vein}" stroke-width="3"/></g>`;
}

function teaCup(p: Palette): string {
  return `${leaf(300, 230, 120, -35, p.soft, p.ink)}${leaf(320, 235, 90, 20, p.accent, '#ffffff')}
    <path d="M380 200 H540 Q535 300 460 305 Q385 300 380 200 Z" fill="#fffaf0" stroke="${p.ink}" stroke-width="5"/>
    <path d="M538 220 Q585 225 570 260 Q560 280 530 275" fill="none" stroke="${p.ink}" stroke-width="6"/>
    <ellipse cx="460" cy="205" rx="76" ry="12" fill="${p.accent}" fill-opacity="0.75"/>
    <ellipse cx="460" cy="318" rx="100" ry="12" fill="${p.ink}" fill-opacity="0.25"/>
    <path d="M440 180 q-10 -20 0 -40 q10 -20 0 -40 M480 180 q-10 -20 0 -40 q10 -20 0 -40" stroke="${p.ink}" stroke-opacity="0.35" stroke-width="4" fill="none"/>`;
}

function beans(p: Palette, rnd: () => number): string {
  return Array.from({ length: 9 }, (_, i) => {
    const x = 290 + (i % 3) * 110 + rnd() * 20;
    const y = 110 + Math.floor(i / 3) * 80 + rnd() * 16;
    const angle = Math.round(rnd() * 120 - 60);
    return `<g transform="translate(${x.toFixed(1)} ${y.toFixed(1)}) rotate(${angle})">
      <ellipse rx="42" ry="30" fill="${i % 2 ? p.ink : '#7a4a2a'}"/>
      <path d="M-34 0 Q0 -14 34 0" stroke="#fffaf0" stroke-opacity="0.7" stroke-width="5" fill="none"/></g>`;
  }).join('');
}

function fruits(p: Palette): string {
  return `<circle cx="340" cy="230" r="80" fill="${p.accent}"/>
    <circle cx="470" cy="250" r="64" fill="${p.soft}"/>
    <ellipse cx="560" cy="280" rx="36" ry="46" fill="#fffaf0" stroke="${p.ink}" stroke-width="3"/>
    ${leaf(345, 152, 60, 30, p.ink, p.soft)}
    <path d="M310 190 Q325 175 345 180" stroke="#ffffff" stroke-opacity="0.6" stroke-width="8" fill="none"/>`;
}

function jar(p: Palette): string {
  return `<rect x="320" y="90" width="160" height="34" rx="8" fill="${p.ink}"/>
    <path d="M310 124 H490 Q510 124 510 150 V300 Q510 325 485 325 H315 Q290 325 290 300 V150 Q290 124 310 124 Z" fill="${p.accent}"/>
    <rect x="312" y="180" width="176" height="80" rx="10" fill="#fffaf0"/>
    <path d="M330 220 H470" stroke="${p.soft}" stroke-width="10" stroke-linecap="round" stroke-dasharray="2 18"/>
    <path d="M305 150 V290" stroke="#ffffff" stroke-opacity="0.45" stroke-width="8"/>`;
}

function herbs(p: Palette): string {
  return `<path d="M400 330 Q395 230 420 120" stroke="${p.ink}" stroke-width="6" fill="none"/>
    ${leaf(398, 290, 90, -55, p.soft, p.ink)}${leaf(402, 250, 90, 55, p.accent, '#ffffff')}
    ${leaf(408, 200, 80, -50, p.accent, '#ffffff')}${leaf(414, 160, 70, 45, p.soft, p.ink)}
    <path d="M520 170 Q560 230 545 270 A34 34 0 1 1 495 270 Q480 230 520 170 Z" fill="${p.accent}" fill-opacity="0.85"/>
    <path d="M505 262 Q505 285 522 292" stroke="#ffffff" stroke-opacity="0.6" stroke-width="6" fill="none"/>`;
}

function basket(p: Palette): string {
  const weave = Array.from({ length: 7 }, (_, i) => {
    const y = 200 + i * 18;
    return `<path d="M${282 + i * 4} ${y} H${518 - i * 4}" stroke="${i % 2 ? p.ink : '#fffaf0'}" stroke-opacity="0.55" stroke-width="7"/>`;
  }).join('');
  const ribs = Array.from(
    { length: 9 },
    (_, i) =>
      `<path d="M${300 + i * 25} 192 L${318 + i * 20.5} 322" stroke="${p.ink}" stroke-opacity="0.35" stroke-width="4"/>`,
  ).join('');
  return `<path d="M300 190 Q400 40 500 190" stroke="${p.ink}" stroke-width="12" fill="none"/>
    <path d="M270 190 H530 L505 325 H295 Z" fill="${p.accent}"/>${weave}${ribs}
    <rect x="262" y="180" width="276" height="20" rx="10" fill="${p.ink}"/>`;
}

function textile(p: Palette, rnd: () => number): string {
  const bands = Array.from({ length: 8 }, (_, i) => {
    const y = 90 + i * 30;
    const colour = [p.accent, p.ink, p.soft, '#fffaf0'][i % 4];
    const dots = Array.from({ length: 12 }, (_, j) => {
      const x = 200 + j * 36 + (i % 2) * 18;
      return `<path d="M${x} ${y + 15} l9 -9 l9 9 l-9 9 Z" fill="${rnd() > 0.5 ? '#fffaf0' : p.top}" fill-opacity="0.85"/>`;
    }).join('');
    return `<rect x="190" y="${y}" width="420" height="30" fill="${colour}"/>${i % 2 ? dots : ''}`;
  }).join('');
  const fringe = Array.from(
    { length: 21 },
    (_, i) => `<path d="M${195 + i * 20} 330 v22" stroke="${p.ink}" stroke-width="4"/>`,
  ).join('');
  return `${bands}${fringe}`;
}

function flower(p: Palette, cx: number, cy: number, r: number): string {
  const petals = Array.from(
    { length: 8 },
    (_, i) =>
      `<ellipse cx="${cx}" cy="${cy - r}" rx="${r * 0.42}" ry="${r * 0.75}" fill="${i % 2 ? p.accent : p.soft}" transform="rotate(${i * 45} ${cx} ${cy})"/>`,
  ).join('');
  return `${petals}<circle cx="${cx}" cy="${cy}" r="${r * 0.42}" fill="#fff3b0" stroke="${p.ink}" stroke-width="3"/>`;
}

function flowers(p: Palette): string {
  return `<path d="M400 330 V220 M340 330 Q340 260 320 230 M460 330 Q465 270 490 240" stroke="${p.ink}" stroke-width="6" fill="none"/>
    ${leaf(400, 300, 60, -50, p.ink, p.soft)}${leaf(400, 300, 60, 50, p.ink, p.soft)}
    ${flower(p, 400, 180, 52)}${flower(p, 315, 225, 34)}${flower(p, 492, 232, 38)}`;
}

function pottedTree(p: Palette, rnd: () => number): string {
  const blossoms = Array.from({ length: 26 }, () => {
    const x = 280 + rnd() * 240;
    const y = 90 + rnd() * 130;
    return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${(7 + rnd() * 7).toFixed(1)}" fill="#ffd23f" stroke="${p.ink}" stroke-width="1.5"/>`;
  }).join('');
  return `<path d="M400 290 Q380 230 410 190 Q440 150 400 110 M405 200 Q350 180 320 140 M415 180 Q470 160 500 120" stroke="${p.ink}" stroke-width="12" stroke-linecap="round" fill="none"/>
    ${blossoms}
    <path d="M330 285 H470 L455 335 H345 Z" fill="${p.accent}"/><rect x="320" y="276" width="160" height="16" rx="6" fill="${p.ink}"/>`;
}

function landscape(p: Palette): string {
  return `<circle cx="540" cy="120" r="46" fill="#ffe08a"/>
    <path d="M150 330 L300 140 L390 250 L470 170 L650 330 Z" fill="${p.accent}"/>
    <path d="M300 140 L330 178 L300 170 L272 176 Z M470 170 L495 198 L470 192 L448 196 Z" fill="#fffaf0" fill-opacity="0.85"/>
    <path d="M150 300 Q280 270 400 300 T650 296 V335 H150 Z" fill="${p.soft}"/>
    <path d="M200 318 Q300 300 420 318 T620 315" stroke="#ffffff" stroke-opacity="0.7" stroke-width="5" fill="none"/>
    <path d="M250 292 l18 -14 h30 l18 14 Z" fill="${p.ink}"/>`;
}

function vase(p: Palette): string {
  return `<path d="M370 80 H430 V110 Q500 150 490 240 Q480 310 440 330 H360 Q320 310 310 240 Q300 150 370 110 Z" fill="#fffaf0" stroke="${p.ink}" stroke-width="5"/>
    <path d="M330 200 Q400 175 470 200 M325 250 Q400 225 475 250" stroke="${p.accent}" stroke-width="8" fill="none"/>
    <path d="M380 215 q20 -25 40 0 q-20 25 -40 0 Z" fill="${p.accent}"/>
    <rect x="362" y="72" width="76" height="14" rx="5" fill="${p.ink}"/>`;
}

function conicalHat(p: Palette): string {
  const rings = Array.from({ length: 6 }, (_, i) => {
    const t = (i + 1) / 7;
    const y = 90 + t * 200;
    const half = t * 230;
    return `<path d="M${400 - half} ${y} Q400 ${y + 12} ${400 + half} ${y}" stroke="${p.ink}" stroke-opacity="0.35" stroke-width="3" fill="none"/>`;
  }).join('');
  return `<path d="M400 80 L640 290 Q400 330 160 290 Z" fill="#f4e3b5" stroke="${p.ink}" stroke-width="4"/>${rings}
    <path d="M330 300 Q400 360 470 300" stroke="${p.accent}" stroke-width="6" fill="none"/>`;
}

function lamp(p: Palette): string {
  const ribs = Array.from(
    { length: 9 },
    (_, i) =>
      `<path d="M400 110 Q${270 + i * 32.5} 200 ${300 + i * 25} 300" stroke="${p.ink}" stroke-opacity="0.5" stroke-width="4" fill="none"/>`,
  ).join('');
  return `<path d="M400 30 V110" stroke="${p.ink}" stroke-width="5"/>
    <ellipse cx="400" cy="210" rx="130" ry="105" fill="${p.accent}"/>${ribs}
    <ellipse cx="400" cy="300" rx="95" ry="14" fill="#ffe9a8"/>
    <circle cx="400" cy="260" r="26" fill="#fff3b0" fill-opacity="0.9"/>`;
}

function pearls(p: Palette): string {
  const string = Array.from({ length: 15 }, (_, i) => {
    const a = Math.PI * (0.12 + (0.76 * i) / 14);
    const x = 400 - Math.cos(a) * 170;
    const y = 120 + Math.sin(a) * 170;
    return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="19" fill="#fbf7ef" stroke="${p.ink}" stroke-opacity="0.4" stroke-width="2"/><circle cx="${(x - 6).toFixed(1)}" cy="${(y - 6).toFixed(1)}" r="5" fill="#ffffff"/>`;
  }).join('');
  return `<path d="M300 300 Q400 200 500 300 Q400 345 300 300 Z" fill="${p.accent}"/>
    <path d="M310 296 Q400 120 490 296" fill="${p.soft}" fill-opacity="0.6"/>${string}`;
}

function incense(p: Palette, rnd: () => number): string {
  const sticks = Array.from({ length: 11 }, (_, i) => {
    const x = 330 + i * 14;
    const top = 90 + rnd() * 30;
    return `<path d="M${x} 320 L${x + (i - 5) * 6} ${top.toFixed(1)}" stroke="${i % 2 ? p.accent : '#c0392b'}" stroke-width="6" stroke-linecap="round"/>`;
  }).join('');
  return `${sticks}<path d="M360 90 q-20 -30 0 -60 q20 -30 0 -60" transform="translate(40 0)" stroke="${p.ink}" stroke-opacity="0.3" stroke-width="4" fill="none"/>
    <path d="M300 300 H500 L480 335 H320 Z" fill="${p.ink}"/>`;
}

function eggs(p: Palette): string {
  return `<path d="M250 300 Q400 350 550 300 L530 330 Q400 360 270 330 Z" fill="${p.ink}"/>
    <ellipse cx="330" cy="240" rx="52" ry="68" fill="#dfe9e4" stroke="${p.ink}" stroke-width="3"/>
    <ellipse cx="470" cy="240" rx="52" ry="68" fill="#e6efe9" stroke="${p.ink}" stroke-width="3"/>
    <ellipse cx="400" cy="220" rx="55" ry="72" fill="#fbfbf6" stroke="${p.ink}" stroke-width="3"/>
    <circle cx="400" cy="300" r="34" fill="#f39c12"/>`;
}

function cakePlate(p: Palette): string {
  const layers = Array.from(
    { length: 4 },
    (_, i) =>
      `<ellipse cx="400" cy="${250 - i * 34}" rx="${120 - i * 8}" ry="26" fill="${i % 2 ? p.soft : '#fffaf0'}" stroke="${p.ink}" stroke-width="3"/>`,
  ).join('');
  return `<ellipse cx="400" cy="300" rx="190" ry="36" fill="${p.accent}"/><ellipse cx="400" cy="292" rx="160" ry="24" fill="#fffaf0"/>
    ${layers}${leaf(520, 270, 70, 60, p.ink, p.soft)}`;
}

/** A whole word or phrase of the name; \b cannot be used because it treats Vietnamese letters as non-word characters. */
const word = (phrase: string): RegExp => new RegExp(`(^|\\s)(${phrase})(\\s|$)`, 'iu');

/** Motifs chosen from words in the Vietnamese name, before falling back to the subgroup's motif. */
const NAME_MOTIFS: ReadonlyArray<[RegExp, (p: Palette, rnd: () => number) => string]> = [
  [word('ngọc trai'), pearls],
  [word('nón'), conicalHat],
  [word('đèn'), lamp],
  [word('gốm'), vase],
  [word('hương sạch|hương trầm'), incense],
  [word('trứng'), eggs],
  [word('bánh|miến|mì|kẹo|mè xửng|chả'), cakePlate],
  [word('hoa giấy'), (p) => flowers(p)],
];

function motif(art: Artwork, p: Palette, rnd: () => number): string {
  const byName = NAME_MOTIFS.find(([pattern]) => pattern.test(art.name));
  if (byName) return byName[1](p, rnd);
  switch (art.subgroup) {
    case 'raw-preprocessed':
      return bowl(p);
    case 'fresh-produce':
      return fruits(p);
    case 'processed':
      return jar(p);
    case 'condiments':
      return bottle(p, false);
    case 'tea':
      return teaCup(p);
    case 'coffee-cocoa':
      return beans(p, rnd);
    case 'alcoholic':
    case 'non-alcoholic':
      return bottle(p, true);
    case 'functional-medicine':
    case 'cosmetics':
    case 'essential-oils':
      return herbs(p);
    case 'household-decorative':
      return basket(p);
    case 'textiles':
      return textile(p, rnd);
    case 'flowers':
      return flowers(p);
    case 'plants':
      return pottedTree(p, rnd);
    default:
      return landscape(p);
  }
}

function svgFor(art: Artwork): string {
  const p = paletteFor(art.group, art.seed);
  const rnd = generator(art.seed);
  const confetti = Array.from({ length: 14 }, () => {
    const x = rnd() * WIDTH;
    const y = rnd() * 380;
    const r = 10 + rnd() * 40;
    return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r.toFixed(1)}" fill="#ffffff" fill-opacity="${(0.12 + rnd() * 0.18).toFixed(2)}"/>`;
  }).join('');

  const lines = wrap(art.name, 24, 2);
  const longest = Math.max(...lines.map((line) => line.length));
  const size = Math.min(54, Math.floor(720 / (longest * 0.62)));
  const lineHeight = Math.round(size * 1.15);
  const english = art.nameEn ? (wrap(art.nameEn, 52, 1)[0] ?? '') : '';
  // Centre the title block (name lines, then the English name) in the band below the caption line.
  const blockHeight = size + (lines.length - 1) * lineHeight + (english ? 40 : 0);
  const textTop = Math.round(428 + (164 - blockHeight) / 2 + size * 0.8);
  const title = lines
    .map(
      (line, i) =>
        `<text x="400" y="${textTop + i * lineHeight}" text-anchor="middle" font-size="${size}" font-weight="bold">${escapeXml(line)}</text>`,
    )
    .join('');
  const groupLine = `${OCOP_GROUPS[art.group].vi} · ${subgroupLabel(art.subgroup, 'vi')}`;

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.top}"/><stop offset="1" stop-color="${p.bottom}"/></linearGradient></defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#bg)"/>
  ${confetti}
  <ellipse cx="400" cy="338" rx="250" ry="22" fill="${p.ink}" fill-opacity="0.18"/>
  ${motif(art, p, rnd)}
  <rect x="0" y="384" width="${WIDTH}" height="216" fill="${p.ink}" fill-opacity="0.88"/>
  <g font-family="${FONT}" fill="#ffffff">
    <text x="400" y="414" text-anchor="middle" font-size="18" fill-opacity="0.75">${escapeXml(groupLine)}</text>
    ${title}
    <text x="400" y="${textTop + (lines.length - 1) * lineHeight + 40}" text-anchor="middle" font-size="24" font-style="italic" fill-opacity="0.85">${escapeXml(english)}</text>
  </g>
  <rect x="14" y="14" width="330" height="30" rx="15" fill="#ffffff" fill-opacity="0.85"/>
  <text x="179" y="35" text-anchor="middle" font-family="${FONT}" font-size="15" fill="${p.ink}">${escapeXml(LABEL)}</text>
</svg>`;
}

function productFiles(root: string): string[] {
  const base = join(root, 'products');
  const files: string[] = [];
  for (const province of readdirSync(base).sort()) {
    const dir = join(base, province);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) if (name.endsWith('.md')) files.push(join(dir, name));
  }
  return files;
}

function isGroup(value: unknown): value is GroupId {
  return typeof value === 'string' && value in OCOP_GROUPS;
}

const root = contentRoot();
let written = 0;
let skipped = 0;
for (const file of productFiles(root)) {
  const parsed = parseRecord(file, readFileSync(file, 'utf8'));
  if ('problems' in parsed) {
    for (const problem of parsed.problems) console.error(`${problem.file}: ${problem.message}`);
    skipped += 1;
    continue;
  }
  const data = parsed.record.data;
  const images = data['images'];
  const first = Array.isArray(images) ? (images[0] as { src?: unknown } | undefined) : undefined;
  const group = data['group'];
  if (typeof first?.src !== 'string' || !isGroup(group) || typeof data['name'] !== 'string') {
    console.error(`${file}: needs name, group and images[0].src to draw a picture; skipped`);
    skipped += 1;
    continue;
  }
  const subgroup = String(data['subgroup']) as SubgroupId;
  const seedText = typeof data['traceCode'] === 'string' ? data['traceCode'] : data['name'];
  const art: Artwork = {
    name: data['name'],
    nameEn: typeof data['nameEn'] === 'string' ? data['nameEn'] : undefined,
    group,
    subgroup:
      subgroup in OCOP_GROUPS[group].subgroups
        ? subgroup
        : (Object.keys(OCOP_GROUPS[group].subgroups)[0] as SubgroupId),
    seed: hash(seedText),
  };
  const target = resolve(dirname(file), first.src);
  mkdirSync(dirname(target), { recursive: true });
  await sharp(Buffer.from(svgFor(art)))
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 78, mozjpeg: true })
    .toFile(target);
  written += 1;
}
console.log(
  `${written} sample illustration${written === 1 ? '' : 's'} written${skipped ? `, ${skipped} skipped` : ''}.`,
);
