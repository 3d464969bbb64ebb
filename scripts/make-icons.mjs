// @ts-check
/**
 * Renders the app icons (public/icons/*.png, public/favicon.svg) from one SVG drawing, with the
 * same Chromium the tests use. Run after changing the drawing: `node scripts/make-icons.mjs`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../tests/support/chromium.mjs';

const NAVY = '#1f3a5f';

/** A speech bubble with three soft dots ("sotto voce"), on navy; `inset` leaves a safe zone. */
function drawing({ rounded, inset }) {
  const s = 512;
  const k = 1 - 2 * inset; // scale of the bubble within the safe zone
  const t = (v) => (inset * s + v * k).toFixed(1);
  const bubble = `M ${t(120)} ${t(136)} h ${(272 * k).toFixed(1)} a ${(56 * k).toFixed(1)} ${(56 * k).toFixed(1)} 0 0 1 ${(56 * k).toFixed(1)} ${(56 * k).toFixed(1)} v ${(112 * k).toFixed(1)} a ${(56 * k).toFixed(1)} ${(56 * k).toFixed(1)} 0 0 1 ${(-56 * k).toFixed(1)} ${(56 * k).toFixed(1)} h ${(-150 * k).toFixed(1)} l ${(-74 * k).toFixed(1)} ${(64 * k).toFixed(1)} v ${(-64 * k).toFixed(1)} h ${(-48 * k).toFixed(1)} a ${(56 * k).toFixed(1)} ${(56 * k).toFixed(1)} 0 0 1 ${(-56 * k).toFixed(1)} ${(-56 * k).toFixed(1)} v ${(-112 * k).toFixed(1)} a ${(56 * k).toFixed(1)} ${(56 * k).toFixed(1)} 0 0 1 ${(56 * k).toFixed(1)} ${(-56 * k).toFixed(1)} z`;
  const dot = (cx, o) => `<circle cx="${t(cx)}" cy="${t(248)}" r="${(26 * k).toFixed(1)}" fill="${NAVY}" fill-opacity="${o}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${s} ${s}" width="${s}" height="${s}">
  <rect width="${s}" height="${s}" rx="${rounded ? 112 : 0}" fill="${NAVY}"/>
  <path d="${bubble}" fill="#ffffff"/>
  ${dot(186, 1)}${dot(256, 0.7)}${dot(326, 0.4)}
</svg>
`;
}

const icons = [
  { file: 'icon-192.png', size: 192, svg: drawing({ rounded: true, inset: 0 }) },
  { file: 'icon-512.png', size: 512, svg: drawing({ rounded: true, inset: 0 }) },
  // Maskable: full bleed, and everything that matters inside the central 80 % circle.
  { file: 'maskable-512.png', size: 512, svg: drawing({ rounded: false, inset: 0.1 }) },
];

mkdirSync('public/icons', { recursive: true });
writeFileSync('public/favicon.svg', drawing({ rounded: true, inset: 0 }));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const scaled = icon.svg.replace(/width="512" height="512"/, `width="${icon.size}" height="${icon.size}"`);
    await page.setContent(`<html><body style="margin:0;background:transparent">${scaled}</body></html>`);
    await page.screenshot({ path: `public/icons/${icon.file}`, omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`Wrote ${icons.map((i) => `public/icons/${i.file}`).join(', ')} and public/favicon.svg`);
