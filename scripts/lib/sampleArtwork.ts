/**
 * The sample product illustrations (npm run images): a flat drawing per product whose motif comes from its name or
 * subgroup and whose palette, backdrop, size and direction come from its group and trace code. No network, no
 * randomness beyond a seed: the same record always gives the same picture.
 */
import type { GroupId, SubgroupId } from '../../src/schemas/groups.ts';

export const WIDTH = 800;
export const HEIGHT = 600;
const FONT = 'DejaVu Sans, sans-serif';
/** The only words in a picture: it is a demonstration drawing, not a photo of the product. */
export const SAMPLE_LABEL = 'Ảnh minh họa mẫu · sample illustration';

interface Palette {
  top: string;
  bottom: string;
  accent: string;
  soft: string;
  ink: string;
}

export interface Artwork {
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
export function hash(text: string): number {
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

// ── Motifs for particular products, chosen by words of the name ─────────────────────────────────────────────────

function honey(p: Palette): string {
  const cells = Array.from({ length: 7 }, (_, i) => {
    const x = 250 + (i % 3) * 34 + (Math.floor(i / 3) % 2) * 17;
    const y = 130 + Math.floor(i / 3) * 30;
    return `<path d="M${x} ${y - 17} l15 8.5 v17 l-15 8.5 l-15 -8.5 v-17 Z" fill="#f6b93b" stroke="${p.ink}" stroke-width="2"/>`;
  }).join('');
  return `${cells}<path d="M380 130 H520 Q535 130 535 150 V310 Q535 330 515 330 H385 Q365 330 365 310 V150 Q365 130 380 130 Z" fill="#e58e26" fill-opacity="0.9"/>
    <rect x="375" y="110" width="150" height="26" rx="6" fill="${p.ink}"/>
    <path d="M380 175 Q450 195 520 175 V300 Q450 320 380 300 Z" fill="#f6b93b"/>
    <path d="M560 90 L470 200" stroke="${p.ink}" stroke-width="8" stroke-linecap="round"/>
    <ellipse cx="465" cy="205" rx="18" ry="12" fill="#f6b93b" stroke="${p.ink}" stroke-width="3"/>
    <g transform="translate(600 170)"><ellipse rx="18" ry="12" fill="#f9ca24" stroke="${p.ink}" stroke-width="2"/>
    <path d="M-6 -11 v22 M4 -11 v22" stroke="${p.ink}" stroke-width="4"/><ellipse cx="-4" cy="-16" rx="12" ry="7" fill="#ffffff" fill-opacity="0.8"/></g>`;
}

function ginseng(p: Palette): string {
  return `<path d="M330 120 H470 V320 Q470 335 455 335 H345 Q330 335 330 320 Z" fill="#f6b93b" fill-opacity="0.55" stroke="${p.ink}" stroke-width="4"/>
    <path d="M400 140 Q380 190 395 230 Q370 270 350 300 M395 230 Q420 270 440 310 M398 200 Q430 215 450 205" stroke="#c8a26b" stroke-width="14" stroke-linecap="round" fill="none"/>
    ${leaf(400, 140, 60, -20, p.accent, '#ffffff')}${leaf(400, 140, 50, 35, p.soft, p.ink)}
    <rect x="320" y="100" width="160" height="24" rx="6" fill="${p.ink}"/>`;
}

function cordyceps(p: Palette, rnd: () => number): string {
  const stalks = Array.from({ length: 12 }, (_, i) => {
    const x = 300 + i * 18 + rnd() * 8;
    const top = 120 + rnd() * 60;
    return `<path d="M${x.toFixed(1)} 300 Q${(x + rnd() * 20 - 10).toFixed(1)} ${(top + 60).toFixed(1)} ${(x + rnd() * 16 - 8).toFixed(1)} ${top.toFixed(1)}" stroke="#e67e22" stroke-width="9" stroke-linecap="round" fill="none"/>`;
  }).join('');
  return `<ellipse cx="400" cy="305" rx="170" ry="30" fill="${p.soft}"/>${stalks}<ellipse cx="400" cy="312" rx="170" ry="22" fill="${p.ink}" fill-opacity="0.3"/>`;
}

function noodles(p: Palette): string {
  const strands = Array.from(
    { length: 9 },
    (_, i) =>
      `<path d="M${290 + i * 24} 190 q12 -22 0 -44 q-12 -22 0 -44" stroke="#fff7e0" stroke-width="5" fill="none"/>`,
  ).join('');
  return `${strands}<path d="M260 190 H540 Q530 300 400 310 Q270 300 260 190 Z" fill="${p.accent}"/>
    <ellipse cx="400" cy="190" rx="140" ry="16" fill="#fff7e0"/>
    <path d="M520 60 L430 200 M550 70 L450 205" stroke="${p.ink}" stroke-width="7" stroke-linecap="round"/>
    <rect x="360" y="308" width="80" height="18" rx="6" fill="${p.ink}"/>`;
}

function riceCrackers(p: Palette, rnd: () => number): string {
  const sesame = Array.from({ length: 40 }, () => {
    const a = rnd() * Math.PI * 2;
    const r = rnd() * 120;
    return `<ellipse cx="${(400 + Math.cos(a) * r).toFixed(1)}" cy="${(215 + Math.sin(a) * r * 0.8).toFixed(1)}" rx="3" ry="1.6" fill="${p.ink}"/>`;
  }).join('');
  return `<circle cx="430" cy="235" r="135" fill="#f3e0b5" stroke="${p.ink}" stroke-opacity="0.4" stroke-width="3"/>
    <circle cx="400" cy="215" r="135" fill="#f8ecd0" stroke="${p.ink}" stroke-opacity="0.5" stroke-width="3"/>${sesame}`;
}

function leafWrappedCake(_p: Palette): string {
  return `<g transform="rotate(-12 400 220)"><rect x="250" y="160" width="300" height="120" rx="60" fill="#2e7d32"/>
    <path d="M280 165 V275 M330 160 V280 M380 160 V280 M430 160 V280 M480 160 V280 M520 165 V275" stroke="#1b5e20" stroke-width="3"/>
    <path d="M300 160 V280 M400 160 V280 M500 160 V280" stroke="#d7b98e" stroke-width="8"/>
    <ellipse cx="550" cy="220" rx="22" ry="60" fill="#f3e9c6" stroke="#1b5e20" stroke-width="4"/>
    <circle cx="550" cy="220" r="16" fill="#e1b12c"/></g>`;
}

function candy(p: Palette, rnd: () => number): string {
  return Array.from({ length: 7 }, (_, i) => {
    const x = 280 + (i % 4) * 80 + (i > 3 ? 40 : 0);
    const y = 170 + (i > 3 ? 90 : 0) + rnd() * 10;
    const angle = Math.round(rnd() * 40 - 20);
    const fill = i % 2 ? p.accent : '#fdf2d0';
    return `<g transform="translate(${x} ${y.toFixed(1)}) rotate(${angle})"><path d="M-48 -18 L-30 0 L-48 18 Z M48 -18 L30 0 L48 18 Z" fill="${p.soft}"/>
      <rect x="-32" y="-20" width="64" height="40" rx="10" fill="${fill}" stroke="${p.ink}" stroke-width="3"/>
      <path d="M-20 -20 v40 M0 -20 v40 M20 -20 v40" stroke="${p.ink}" stroke-opacity="0.25" stroke-width="3"/></g>`;
  }).join('');
}

function squidCakes(p: Palette): string {
  const cakes = [
    [330, 210, 60],
    [460, 200, 66],
    [395, 270, 58],
  ]
    .map(
      ([x, y, r]) =>
        `<circle cx="${x}" cy="${y}" r="${r}" fill="#e6b36b" stroke="#a0692b" stroke-width="5"/><circle cx="${(x ?? 0) - 15}" cy="${(y ?? 0) - 15}" r="${(r ?? 0) * 0.3}" fill="#f3cf8c"/>`,
    )
    .join('');
  return `<ellipse cx="400" cy="300" rx="200" ry="36" fill="${p.accent}"/>${cakes}${leaf(560, 270, 60, 70, '#27ae60', '#ffffff')}`;
}

function shrimp(p: Palette): string {
  const one = (x: number, y: number, angle: number) => `<g transform="translate(${x} ${y}) rotate(${angle})">
    <path d="M-60 0 A60 60 0 0 1 60 0 L40 0 A40 40 0 0 0 -40 0 Z" fill="#ff7f50" stroke="${p.ink}" stroke-width="3"/>
    <path d="M-30 -48 v20 M0 -58 v20 M30 -48 v20" stroke="${p.ink}" stroke-opacity="0.5" stroke-width="3"/>
    <path d="M60 0 l22 12 l-6 -20 Z" fill="#ff6348"/><path d="M-58 -2 q-30 -40 -10 -70" stroke="${p.ink}" stroke-width="2" fill="none"/></g>`;
  return `<path d="M290 150 H510 V320 Q510 335 495 335 H305 Q290 335 290 320 Z" fill="#fffaf0" fill-opacity="0.6" stroke="${p.ink}" stroke-width="4"/>
    ${one(360, 240, 10)}${one(450, 280, -15)}<rect x="280" y="130" width="240" height="24" rx="6" fill="${p.ink}"/>`;
}

function lotus(_p: Palette): string {
  const petals = Array.from(
    { length: 7 },
    (_, i) =>
      `<path d="M400 260 Q${330 + i * 23} ${150 + Math.abs(i - 3) * 18} 400 ${110 + Math.abs(i - 3) * 22} Q${470 - (6 - i) * 23} ${150 + Math.abs(i - 3) * 18} 400 260 Z" fill="${i % 2 ? '#f8a5c2' : '#f78fb3'}" stroke="#c44569" stroke-width="2" transform="rotate(${(i - 3) * 16} 400 260)"/>`,
  ).join('');
  return `<ellipse cx="400" cy="300" rx="190" ry="34" fill="#2e8b57"/><ellipse cx="300" cy="292" rx="90" ry="24" fill="#3cb371"/>${petals}<circle cx="400" cy="230" r="22" fill="#f6e58d"/>`;
}

function lotusSeeds(p: Palette, rnd: () => number): string {
  const seeds = Array.from({ length: 22 }, () => {
    const x = 300 + rnd() * 200;
    const y = 225 + rnd() * 55;
    return `<ellipse cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" rx="14" ry="11" fill="#f5ecd7" stroke="#b8a07e" stroke-width="2"/>`;
  }).join('');
  return `<path d="M270 230 H530 Q520 320 400 325 Q280 320 270 230 Z" fill="${p.accent}"/>${seeds}
    <path d="M520 100 Q590 110 590 160 Q560 200 520 190 Q480 170 490 130 Z" fill="#6ab04c" stroke="${p.ink}" stroke-width="3"/>
    <circle cx="530" cy="140" r="7" fill="${p.ink}"/><circle cx="555" cy="155" r="7" fill="${p.ink}"/><circle cx="540" cy="170" r="7" fill="${p.ink}"/>`;
}

function mango(_p: Palette, rnd: () => number): string {
  return Array.from({ length: 6 }, (_, i) => {
    const x = 300 + (i % 3) * 100 + rnd() * 10;
    const y = 180 + Math.floor(i / 3) * 90;
    return `<path transform="translate(${x.toFixed(1)} ${y}) rotate(${Math.round(rnd() * 60 - 30)})" d="M-45 0 Q-40 -40 0 -38 Q45 -30 45 5 Q35 35 0 32 Q-42 30 -45 0 Z" fill="#f9a825" stroke="#e67e22" stroke-width="4"/>`;
  }).join('');
}

function pineapple(_p: Palette): string {
  const diamonds = Array.from({ length: 12 }, (_, i) => {
    const x = 360 + (i % 3) * 30 + (Math.floor(i / 3) % 2) * 15;
    const y = 200 + Math.floor(i / 3) * 30;
    return `<path d="M${x} ${y - 12} l12 12 l-12 12 l-12 -12 Z" fill="none" stroke="#b7791f" stroke-width="3"/>`;
  }).join('');
  return `${leaf(400, 170, 90, 0, '#2e7d32', '#a5d6a7')}${leaf(395, 172, 80, -30, '#388e3c', '#a5d6a7')}${leaf(405, 172, 80, 30, '#388e3c', '#a5d6a7')}
    <ellipse cx="400" cy="250" rx="75" ry="95" fill="#f6c343"/>${diamonds}`;
}

function pomelo(p: Palette): string {
  return `<circle cx="370" cy="230" r="100" fill="#9acd32"/><path d="M300 180 Q320 160 350 165" stroke="#ffffff" stroke-opacity="0.6" stroke-width="9" fill="none"/>
    <path d="M370 130 q5 -30 25 -40" stroke="${p.ink}" stroke-width="6" fill="none"/>${leaf(395, 95, 60, 60, '#2e7d32', '#a5d6a7')}
    <circle cx="530" cy="275" r="62" fill="#fffde7" stroke="#9acd32" stroke-width="10"/>
    ${Array.from({ length: 8 }, (_, i) => `<path d="M530 275 L${(530 + Math.cos((i * Math.PI) / 4) * 52).toFixed(1)} ${(275 + Math.sin((i * Math.PI) / 4) * 52).toFixed(1)}" stroke="#f8b4b4" stroke-width="14"/>`).join('')}
    <circle cx="530" cy="275" r="10" fill="#fffde7"/>`;
}

function juice(p: Palette): string {
  return `<path d="M330 120 H450 L435 330 H345 Z" fill="#ffffff" fill-opacity="0.6" stroke="${p.ink}" stroke-width="4"/>
    <path d="M334 170 H446 L435 326 H345 Z" fill="#f8b4b4"/><path d="M420 100 L390 250" stroke="#e84118" stroke-width="8"/>
    <circle cx="520" cy="260" r="60" fill="#fffde7" stroke="#9acd32" stroke-width="10"/>
    ${Array.from({ length: 6 }, (_, i) => `<path d="M520 260 L${(520 + Math.cos((i * Math.PI) / 3) * 50).toFixed(1)} ${(260 + Math.sin((i * Math.PI) / 3) * 50).toFixed(1)}" stroke="#f8b4b4" stroke-width="14"/>`).join('')}`;
}

function waterBottle(p: Palette): string {
  const bubbles = [
    [390, 250, 8],
    [410, 210, 5],
    [395, 180, 4],
    [415, 290, 6],
  ]
    .map(([x, y, r]) => `<circle cx="${x}" cy="${y}" r="${r}" fill="#ffffff" fill-opacity="0.8"/>`)
    .join('');
  return `<rect x="385" y="70" width="30" height="26" rx="4" fill="${p.accent}"/>
    <path d="M388 96 H412 V120 Q450 140 450 180 V320 Q450 335 435 335 H365 Q350 335 350 320 V180 Q350 140 388 120 Z" fill="#81ecec" fill-opacity="0.75" stroke="#0984e3" stroke-width="4"/>
    <rect x="352" y="210" width="96" height="50" fill="#ffffff" fill-opacity="0.85"/>
    <path d="M365 235 q10 -10 20 0 t20 0 t20 0 t20 0" stroke="#0984e3" stroke-width="4" fill="none"/>${bubbles}
    <path d="M480 330 q20 -80 60 -120 q-10 60 20 120 Z" fill="#74b9ff" fill-opacity="0.6"/>`;
}

function yoghurt(p: Palette): string {
  return `<path d="M330 150 H470 L455 320 H345 Z" fill="#fffaf0" stroke="${p.ink}" stroke-width="4"/>
    <ellipse cx="400" cy="150" rx="70" ry="14" fill="#ffffff" stroke="${p.ink}" stroke-width="3"/>
    <path d="M338 200 H462 L458 240 H342 Z" fill="${p.accent}"/>
    <path d="M500 170 L470 230" stroke="#dfe6e9" stroke-width="10" stroke-linecap="round"/>
    <ellipse cx="512" cy="160" rx="20" ry="14" fill="#ffffff" stroke="${p.ink}" stroke-width="2"/>
    <circle cx="560" cy="290" r="22" fill="#ffffff" stroke="${p.ink}" stroke-width="2"/><circle cx="250" cy="290" r="16" fill="#ffffff" stroke="${p.ink}" stroke-width="2"/>`;
}

function chilli(p: Palette): string {
  const pepper = (x: number, y: number, angle: number) =>
    `<g transform="translate(${x} ${y}) rotate(${angle})"><path d="M0 0 Q40 10 80 60 Q30 40 -5 12 Z" fill="#e74c3c" stroke="#922b21" stroke-width="2"/><path d="M0 0 q-10 -10 -8 -24" stroke="#27ae60" stroke-width="6" fill="none"/></g>`;
  return `${bottle(p, false).replace(/<circle cx="500"[^>]*\/><circle cx="500"[^>]*\/>/, '')}${pepper(470, 250, 0)}${pepper(480, 200, 20)}${pepper(250, 240, -20)}`;
}

function peanuts(p: Palette, rnd: () => number): string {
  const nuts = Array.from({ length: 6 }, (_, i) => {
    const x = 250 + (i % 3) * 50 + rnd() * 8;
    const y = 250 + Math.floor(i / 3) * 45;
    return `<g transform="translate(${x.toFixed(1)} ${y}) rotate(${Math.round(rnd() * 80 - 40)})"><ellipse cx="-12" rx="18" ry="14" fill="#d9a066"/><ellipse cx="12" rx="18" ry="14" fill="#d9a066"/><path d="M-24 0 H24" stroke="#a0692b" stroke-width="2"/></g>`;
  }).join('');
  return `<rect x="455" y="70" width="40" height="22" rx="5" fill="${p.ink}"/>
    <path d="M460 92 H490 V140 Q530 160 530 200 V320 Q530 332 518 332 H432 Q420 332 420 320 V200 Q420 160 460 140 Z" fill="#f6e58d" stroke="#c8a951" stroke-width="4"/>${nuts}`;
}

function fishSauce(p: Palette): string {
  const fish = `<g transform="translate(520 270)"><path d="M-50 0 Q0 -34 40 0 Q0 34 -50 0 Z" fill="#7f8fa6" stroke="${p.ink}" stroke-width="3"/><path d="M40 0 L64 -18 L64 18 Z" fill="#7f8fa6" stroke="${p.ink}" stroke-width="3"/><circle cx="-30" cy="-5" r="4" fill="${p.ink}"/></g>`;
  return `${bottle(p, false).replace(/<circle cx="500"[^>]*\/><circle cx="500"[^>]*\/>/, '')}${fish}`;
}

function cornSpirit(p: Palette): string {
  const kernels = Array.from({ length: 18 }, (_, i) => {
    const x = 515 + (i % 3) * 14;
    const y = 160 + Math.floor(i / 3) * 22;
    return `<ellipse cx="${x}" cy="${y}" rx="7" ry="9" fill="#f9ca24" stroke="#e1a200" stroke-width="1.5"/>`;
  }).join('');
  return `${bottle(p, false).replace(/<circle cx="500"[^>]*\/><circle cx="500"[^>]*\/>/, '')}
    <path d="M490 300 Q470 200 520 140 Q500 220 530 300 Z" fill="#6ab04c"/>${kernels}`;
}

function wine(p: Palette, rnd: () => number): string {
  const grapes = Array.from({ length: 10 }, (_, i) => {
    const row = i < 4 ? 0 : i < 7 ? 1 : i < 9 ? 2 : 3;
    const inRow = [0, 1, 2, 3, 0, 1, 2, 0, 1, 0][i] ?? 0;
    return `<circle cx="${250 + inRow * 26 + row * 13}" cy="${200 + row * 24 + rnd() * 2}" r="14" fill="#6c3483" stroke="#4a235a" stroke-width="2"/>`;
  }).join('');
  return `${grapes}<path d="M460 130 H540 Q545 200 500 215 Q455 200 460 130 Z" fill="#ffffff" fill-opacity="0.6" stroke="${p.ink}" stroke-width="4"/>
    <path d="M463 165 H537 Q535 205 500 212 Q465 205 463 165 Z" fill="#8e1b3a"/><path d="M500 215 V305 M470 310 H530" stroke="${p.ink}" stroke-width="5"/>
    <rect x="370" y="70" width="30" height="60" rx="6" fill="${p.ink}"/><path d="M365 130 H405 Q425 150 425 190 V320 Q425 332 413 332 H357 Q345 332 345 320 V190 Q345 150 365 130 Z" fill="#4a235a"/>
    <rect x="352" y="220" width="66" height="55" rx="6" fill="#fffaf0"/>`;
}

function cinnamon(p: Palette): string {
  const stick = (x: number, y: number, angle: number) =>
    `<g transform="translate(${x} ${y}) rotate(${angle})"><rect x="-110" y="-14" width="220" height="28" rx="14" fill="#a0522d"/><path d="M-110 0 H110" stroke="#6e3b1f" stroke-width="3"/><ellipse cx="110" rx="8" ry="14" fill="#d2a679" stroke="#6e3b1f" stroke-width="3"/></g>`;
  return `${stick(330, 250, -20)}${stick(340, 285, -8)}${stick(320, 215, -32)}
    <path d="M520 140 H560 V170 Q585 185 585 215 V310 Q585 325 570 325 H510 Q495 325 495 310 V215 Q495 185 520 170 Z" fill="#b9770e" fill-opacity="0.85"/>
    <rect x="512" y="112" width="56" height="30" rx="6" fill="${p.ink}"/>`;
}

function dropperBottle(p: Palette): string {
  return `<path d="M390 60 Q400 40 410 60 V110 H390 Z" fill="${p.ink}"/><rect x="375" y="108" width="50" height="28" rx="5" fill="${p.ink}"/>
    <path d="M370 136 H430 Q470 160 470 200 V320 Q470 334 456 334 H344 Q330 334 330 320 V200 Q330 160 370 136 Z" fill="#27ae60" fill-opacity="0.8"/>
    <rect x="345" y="215" width="110" height="65" rx="8" fill="#fffaf0"/>
    ${leaf(400, 270, 45, -40, p.accent, '#ffffff')}${leaf(400, 270, 45, 40, p.soft, p.ink)}
    <path d="M530 180 Q545 210 530 230 Q515 210 530 180 Z" fill="#2ecc71"/><path d="M560 230 Q572 255 560 272 Q548 255 560 230 Z" fill="#2ecc71"/>`;
}

function shampoo(p: Palette): string {
  const pods = [0, 1, 2]
    .map(
      (i) =>
        `<path transform="translate(${510 + i * 12} ${180 + i * 45}) rotate(${20 - i * 15})" d="M-50 0 Q0 -22 50 0 Q0 18 -50 0 Z" fill="#5d3a1a" stroke="#3e2610" stroke-width="2"/>`,
    )
    .join('');
  return `<rect x="375" y="70" width="40" height="20" rx="4" fill="${p.ink}"/><path d="M395 70 V50 H440" stroke="${p.ink}" stroke-width="8" fill="none"/>
    <rect x="340" y="90" width="110" height="240" rx="22" fill="${p.accent}"/><rect x="355" y="160" width="80" height="90" rx="10" fill="#fffaf0"/>
    ${leaf(395, 235, 50, -30, '#27ae60', '#ffffff')}${pods}`;
}

function artichoke(_p: Palette): string {
  const scales = Array.from({ length: 4 }, (_, row) =>
    Array.from({ length: 5 - row }, (_, i) => {
      const x = 400 + (i - (4 - row) / 2) * 38;
      const y = 280 - row * 38;
      return `<path d="M${x - 22} ${y} Q${x} ${y - 50} ${x + 22} ${y} Z" fill="${row % 2 ? '#6ab04c' : '#4a8a3a'}" stroke="#2d5a27" stroke-width="2"/>`;
    }).join(''),
  ).join('');
  return `<path d="M400 290 V330" stroke="#2d5a27" stroke-width="10"/>${scales}${leaf(330, 330, 70, -60, '#6ab04c', '#2d5a27')}${leaf(470, 330, 70, 60, '#6ab04c', '#2d5a27')}`;
}

function camellia(p: Palette): string {
  const petals = Array.from(
    { length: 6 },
    (_, i) =>
      `<ellipse cx="330" cy="170" rx="24" ry="42" fill="#f9ca24" stroke="#e1a200" stroke-width="2" transform="rotate(${i * 60} 330 210)"/>`,
  ).join('');
  return `${petals}<circle cx="330" cy="210" r="18" fill="#e67e22"/>${leaf(260, 290, 60, -50, '#2e7d32', '#a5d6a7')}
    <path d="M400 200 H540 Q535 300 470 305 Q405 300 400 200 Z" fill="#fffaf0" stroke="${p.ink}" stroke-width="5"/>
    <ellipse cx="470" cy="205" rx="68" ry="11" fill="#f6e58d"/><ellipse cx="470" cy="318" rx="90" ry="11" fill="${p.ink}" fill-opacity="0.25"/>`;
}

function pennywort(p: Palette): string {
  const round = (x: number, y: number, r: number) =>
    `<circle cx="${x}" cy="${y}" r="${r}" fill="#27ae60" stroke="#1e8449" stroke-width="3"/><path d="M${x} ${y} L${x} ${y - r} M${x} ${y} L${x + r * 0.8} ${y + r * 0.5} M${x} ${y} L${x - r * 0.8} ${y + r * 0.5}" stroke="#a9dfbf" stroke-width="3"/>`;
  return `${round(280, 180, 44)}${round(340, 240, 38)}${round(250, 270, 34)}
    <path d="M390 200 H540 Q535 300 465 305 Q395 300 390 200 Z" fill="#fffaf0" stroke="${p.ink}" stroke-width="5"/>
    <ellipse cx="465" cy="205" rx="73" ry="11" fill="#58d68d"/>`;
}

function orchid(p: Palette): string {
  const bloom = (x: number, y: number, s: number) => `<g transform="translate(${x} ${y}) scale(${s})">
    <ellipse cx="-26" cy="-6" rx="26" ry="20" fill="#f5d0fe" stroke="#a21caf" stroke-width="2"/><ellipse cx="26" cy="-6" rx="26" ry="20" fill="#f5d0fe" stroke="#a21caf" stroke-width="2"/>
    <ellipse cx="0" cy="-28" rx="16" ry="22" fill="#fae8ff" stroke="#a21caf" stroke-width="2"/><ellipse cx="0" cy="16" rx="12" ry="14" fill="#c026d3"/></g>`;
  return `<path d="M330 320 Q330 200 400 120 Q470 90 520 110" stroke="#2d5a27" stroke-width="5" fill="none"/>
    ${bloom(400, 130, 1)}${bloom(470, 110, 0.9)}${bloom(350, 200, 1.1)}
    <path d="M280 330 Q330 270 390 320 Q340 300 280 330 Z M380 330 Q440 280 500 325 Q440 310 380 330 Z" fill="#2e7d32"/>
    <path d="M300 320 H470 L455 340 H315 Z" fill="${p.accent}"/>`;
}

function marigolds(_p: Palette): string {
  const bloom = (x: number, y: number, r: number) =>
    Array.from(
      { length: 14 },
      (_, i) =>
        `<circle cx="${(x + Math.cos((i * Math.PI) / 7) * r * 0.6).toFixed(1)}" cy="${(y + Math.sin((i * Math.PI) / 7) * r * 0.6).toFixed(1)}" r="${r * 0.45}" fill="${i % 2 ? '#f39c12' : '#f1c40f'}"/>`,
    ).join('') + `<circle cx="${x}" cy="${y}" r="${r * 0.4}" fill="#e67e22"/>`;
  return `<path d="M320 330 V230 M400 330 V190 M480 330 V240" stroke="#27ae60" stroke-width="6"/>
    ${bloom(320, 225, 40)}${bloom(400, 180, 46)}${bloom(480, 235, 38)}
    <path d="M300 300 H500 L480 340 H320 Z" fill="#a0522d"/>`;
}

function village(p: Palette): string {
  const house = (x: number, w: number) =>
    `<path d="M${x - w / 2 - 14} 230 L${x} 170 L${x + w / 2 + 14} 230 Z" fill="#b33939"/><rect x="${x - w / 2}" y="230" width="${w}" height="80" fill="#f7d794" stroke="${p.ink}" stroke-width="3"/><rect x="${x - 12}" y="265" width="24" height="45" fill="${p.ink}"/>`;
  return `<path d="M150 310 H650 V335 H150 Z" fill="${p.soft}"/>${house(300, 110)}${house(460, 140)}
    <path d="M590 310 V200" stroke="#6e3b1f" stroke-width="10"/><circle cx="590" cy="190" r="48" fill="#27ae60"/><circle cx="200" cy="120" r="36" fill="#ffe08a"/>`;
}

function silk(p: Palette): string {
  return `<ellipse cx="300" cy="230" rx="60" ry="95" fill="${p.accent}"/><ellipse cx="300" cy="230" rx="22" ry="36" fill="${p.ink}" fill-opacity="0.4"/>
    <path d="M300 135 Q480 130 560 170 Q610 220 560 280 Q480 330 300 325" fill="${p.accent}" fill-opacity="0.85"/>
    <path d="M330 150 Q470 160 540 200 M330 300 Q470 300 540 260" stroke="#ffffff" stroke-opacity="0.5" stroke-width="6" fill="none"/>`;
}

/** A whole word or phrase of the name; \b cannot be used because it treats Vietnamese letters as non-word characters. */
const word = (phrase: string): RegExp => new RegExp(`(^|\\s)(${phrase})(\\s|$)`, 'iu');

type Draw = (p: Palette, rnd: () => number) => string;

/**
 * Motifs chosen from words in the Vietnamese name, first match wins, before falling back to the subgroup's motif:
 * honey shows a honey jar, not the bowl of rice of its subgroup (raw and pre-processed produce).
 */
const NAME_MOTIFS: ReadonlyArray<[string, RegExp, Draw]> = [
  ['ginseng', word('sâm'), ginseng],
  ['honey', word('mật ong'), honey],
  ['cordyceps', word('đông trùng'), cordyceps],
  ['pearls', word('ngọc trai'), pearls],
  ['conical-hat', word('nón'), conicalHat],
  ['lamp', word('đèn'), lamp],
  ['vase', word('gốm'), vase],
  ['incense', word('hương sạch|hương trầm'), incense],
  ['eggs', word('trứng'), eggs],
  ['silk', word('lụa'), silk],
  ['paper-flowers', word('hoa giấy'), (p) => flowers(p)],
  ['orchid', word('lan'), orchid],
  ['marigolds', word('cúc'), marigolds],
  ['noodles', word('miến|mì'), noodles],
  ['rice-crackers', word('bánh tráng'), riceCrackers],
  ['leaf-wrapped-cake', word('bánh tét'), leafWrappedCake],
  ['candy', word('kẹo|mè xửng'), candy],
  ['squid-cakes', word('chả mực'), squidCakes],
  ['shrimp', word('tôm'), shrimp],
  ['lotus-seeds', word('hạt sen'), lotusSeeds],
  ['lotus', word('sen'), lotus],
  ['mango', word('xoài'), mango],
  ['pineapple', word('khóm|dứa'), pineapple],
  ['juice', word('nước ép'), juice],
  ['pomelo', word('bưởi|thanh trà'), pomelo],
  ['mineral-water', word('nước khoáng'), waterBottle],
  ['yoghurt', word('sữa chua'), yoghurt],
  ['chilli', word('ớt'), chilli],
  ['peanut-oil', word('dầu lạc'), peanuts],
  ['fish-sauce', word('mắm|nước mắm'), fishSauce],
  ['corn-spirit', word('rượu ngô'), cornSpirit],
  ['wine', word('vang'), wine],
  ['cinnamon', word('quế'), cinnamon],
  ['essential-oil', word('tinh dầu'), dropperBottle],
  ['shampoo', word('dầu gội'), shampoo],
  ['artichoke', word('atiso'), artichoke],
  ['camellia-tea', word('hoa vàng'), camellia],
  ['pennywort-tea', word('rau má'), pennywort],
  ['cake', word('bánh'), cakePlate],
  ['village', word('làng cổ'), village],
];

const SUBGROUP_MOTIFS: Partial<Record<SubgroupId, [string, Draw]>> = {
  'raw-preprocessed': ['rice-bowl', (p) => bowl(p)],
  'fresh-produce': ['fruits', (p) => fruits(p)],
  processed: ['jar', (p) => jar(p)],
  condiments: ['bottle', (p) => bottle(p, false)],
  tea: ['tea-cup', (p) => teaCup(p)],
  'coffee-cocoa': ['coffee-beans', beans],
  alcoholic: ['spirit', (p) => bottle(p, true)],
  'non-alcoholic': ['drink', (p) => bottle(p, true)],
  'functional-medicine': ['herbs', (p) => herbs(p)],
  cosmetics: ['herbs', (p) => herbs(p)],
  'essential-oils': ['herbs', (p) => herbs(p)],
  'household-decorative': ['basket', (p) => basket(p)],
  textiles: ['textile', textile],
  flowers: ['flowers', (p) => flowers(p)],
  plants: ['potted-tree', pottedTree],
};

/** Which drawing a product gets: a motif named after a word of its name, else its subgroup's. */
export function motifFor(art: Pick<Artwork, 'name' | 'subgroup'>): { id: string; draw: Draw } {
  const byName = NAME_MOTIFS.find(([, pattern]) => pattern.test(art.name));
  if (byName) return { id: byName[0], draw: byName[2] };
  const bySubgroup = SUBGROUP_MOTIFS[art.subgroup];
  if (bySubgroup) return { id: bySubgroup[0], draw: bySubgroup[1] };
  return { id: 'landscape', draw: (p) => landscape(p) };
}

/** Three backgrounds, picked by the seed, so two products with the same motif still look different. */
function backdrop(p: Palette, rnd: () => number, kind: number): string {
  if (kind === 0)
    return Array.from({ length: 14 }, () => {
      const x = rnd() * WIDTH;
      const y = rnd() * HEIGHT;
      const r = 10 + rnd() * 40;
      return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r.toFixed(1)}" fill="#ffffff" fill-opacity="${(0.12 + rnd() * 0.18).toFixed(2)}"/>`;
    }).join('');
  if (kind === 1)
    return Array.from(
      { length: 12 },
      (_, i) =>
        `<path d="M${i * 90 - 200} 0 L${i * 90 + 100} ${HEIGHT}" stroke="#ffffff" stroke-opacity="0.16" stroke-width="26"/>`,
    ).join('');
  return Array.from(
    { length: 7 },
    (_, i) =>
      `<path d="M0 ${60 + i * 80} q100 -30 200 0 t200 0 t200 0 t200 0" stroke="${p.soft}" stroke-opacity="0.35" stroke-width="10" fill="none"/>`,
  ).join('');
}

/**
 * The picture: a motif for the product on a backdrop, centred, so that any crop (a square thumbnail, a 4:3 card)
 * keeps it whole. No product name or other text drawn in: pages print the name beside the picture. Only a small
 * "sample illustration" tag, at the top centre, says it is a demonstration drawing, not a photograph.
 */
export function svgFor(art: Artwork): string {
  const p = paletteFor(art.group, art.seed);
  const rnd = generator(art.seed);
  const { draw } = motifFor(art);
  const mirrored = (art.seed >>> 4) % 2 === 1;
  const scale = 1.32 + ((art.seed >>> 12) % 5) * 0.03;
  // The motifs are drawn around (400, 205); centre them in the frame, slightly enlarged, mirrored for some seeds.
  const place = `translate(400 318) scale(${mirrored ? -scale : scale} ${scale}) translate(-400 -205)`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.top}"/><stop offset="1" stop-color="${p.bottom}"/></linearGradient></defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#bg)"/>
  ${backdrop(p, rnd, (art.seed >>> 20) % 3)}
  <g transform="${place}">
  <ellipse cx="400" cy="338" rx="230" ry="20" fill="${p.ink}" fill-opacity="0.18"/>
  ${draw(p, rnd)}
  </g>
  <rect x="235" y="14" width="330" height="30" rx="15" fill="#ffffff" fill-opacity="0.85"/>
  <text x="400" y="35" text-anchor="middle" font-family="${FONT}" font-size="15" fill="${p.ink}">${escapeXml(SAMPLE_LABEL)}</text>
</svg>`;
}
