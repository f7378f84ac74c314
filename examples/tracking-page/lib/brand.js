'use strict';
// The shop's brand (brand.json): name, logo, colours, font, support and returns links,
// recommendations. Colours are checked against WCAG 2.1 contrast: a brand colour too light for
// text on white is darkened until it reaches 4.5:1, and text on the brand colour is black or
// white, whichever contrasts more.
const fs = require('node:fs');

const DEFAULT_BRAND = {
  name: 'Our shop',
  logo: null,
  colors: { primary: '#1f4fd1', background: '#ffffff', text: '#1a1a1a' },
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  support_url: null,
  support_email: null,
  returns_url: null,
  recommendations: [],
};

function parseHex(hex) {
  const m = /^#?([0-9a-f]{6})$/i.exec(String(hex || '').trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex(rgb) {
  return `#${rgb.map((c) => Math.max(0, Math.min(255, Math.round(c))).toString(16).padStart(2, '0')).join('')}`;
}

// Relative luminance and contrast ratio as defined by WCAG 2.1 (section 1.4.3, "contrast ratio").
function luminance(rgb) {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** `colour` darkened step by step until it reaches `ratio` against `against`. */
function darkenUntil(colour, against, ratio = 4.5) {
  let c = colour;
  for (let i = 0; i < 40 && contrast(c, against) < ratio; i += 1) c = c.map((v) => v * 0.9);
  return c;
}

/** Validated brand with derived, accessible colours. Throws with the field name on bad input. */
function resolveBrand(raw = {}) {
  const brand = { ...DEFAULT_BRAND, ...raw, colors: { ...DEFAULT_BRAND.colors, ...(raw.colors || {}) } };
  for (const key of ['primary', 'background', 'text']) {
    if (!parseHex(brand.colors[key])) throw new Error(`brand.colors.${key} must be a #rrggbb colour`);
  }
  for (const key of ['support_url', 'returns_url', 'logo']) {
    const v = brand[key];
    if (v != null && !/^(https?:\/\/|\/|data:image\/)/.test(String(v))) {
      throw new Error(`brand.${key} must be an http(s) URL or a path starting with /`);
    }
  }
  if (!Array.isArray(brand.recommendations)) throw new Error('brand.recommendations must be a list');
  const bg = parseHex(brand.colors.background);
  const primary = parseHex(brand.colors.primary);
  const accent = darkenUntil(primary, bg);
  const onAccent = contrast([255, 255, 255], accent) >= contrast([17, 17, 17], accent) ? '#ffffff' : '#111111';
  const text = darkenUntil(parseHex(brand.colors.text), bg, 7);
  brand.css = { background: toHex(bg), accent: toHex(accent), onAccent, text: toHex(text) };
  return brand;
}

function loadBrand(file) {
  return resolveBrand(file ? JSON.parse(fs.readFileSync(file, 'utf8')) : {});
}

module.exports = { resolveBrand, loadBrand, contrast, parseHex };
