'use strict';
// The page's stylesheet, inlined into each page (one request, no external fonts or scripts).
// Mobile first: one column from 320 px; wider screens get a centred column.

function css(brand) {
  const c = brand.css;
  return `
:root{--bg:${c.background};--fg:${c.text};--accent:${c.accent};--on-accent:${c.onAccent};--muted:#595959;--line:#d0d0d0;--warn-bg:#fff4e5;--warn-fg:#6b3a00}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 ${brand.font}}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,input:focus-visible,summary:focus-visible,select:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:var(--bg);padding:8px}
header{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:8px;padding:12px 16px;border-bottom:1px solid var(--line)}
header .shop{display:flex;align-items:center;gap:8px;font-weight:700;font-size:1.1rem;color:var(--fg);text-decoration:none}
header img{max-height:36px;max-width:140px}
.langs{display:flex;flex-wrap:wrap;gap:4px;margin:0;padding:0;list-style:none;font-size:.9rem}
.langs a{display:inline-block;padding:4px 6px;min-width:32px;text-align:center}
.langs a[aria-current]{font-weight:700;color:var(--fg);text-decoration:none}
main{max-width:720px;margin:0 auto;padding:16px}
h1{font-size:1.5rem;margin:.5rem 0 1rem}
h2{font-size:1.2rem;margin:0 0 .5rem}
.parcel{border:1px solid var(--line);border-radius:8px;padding:16px;margin:0 0 16px}
.headline{font-size:1.25rem;font-weight:700;margin:0 0 .25rem}
.next,.action{margin:.25rem 0}
.action{font-weight:600}
.window{margin:12px 0;padding:12px;border-radius:6px;background:var(--accent);color:var(--on-accent)}
.window strong{display:block;font-size:1.15rem}
.nodate{margin:12px 0;padding:12px;border-radius:6px;border:1px dashed var(--line)}
.late{margin:12px 0;padding:12px;border-radius:6px;background:var(--warn-bg);color:var(--warn-fg)}
.late a{color:var(--warn-fg)}
.stepper{display:flex;gap:4px;margin:16px 0;padding:0;list-style:none;counter-reset:step}
.stepper li{flex:1;font-size:.75rem;text-align:center;color:var(--muted);border-top:4px solid var(--line);padding-top:6px;overflow-wrap:anywhere}
.stepper li.done{color:var(--fg);border-top-color:var(--accent)}
.stepper li[aria-current]{font-weight:700;color:var(--fg);border-top-color:var(--accent)}
.step-now{margin:-8px 0 12px;font-weight:700}
@media (max-width:559px){.stepper li span{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}}
@media (min-width:560px){.step-now{display:none}}
dl.facts{display:grid;grid-template-columns:auto 1fr;gap:4px 12px;margin:12px 0}
dl.facts dt{color:var(--muted)}dl.facts dd{margin:0;overflow-wrap:anywhere}
.history{list-style:none;margin:0;padding:0}
.history li{padding:8px 0;border-top:1px solid var(--line)}
.history time{display:block;font-size:.85rem;color:var(--muted)}
details summary{cursor:pointer;padding:8px 0;color:var(--accent);text-decoration:underline}
form.lookup{display:grid;gap:8px;max-width:420px}
label{font-weight:600}
input{font:inherit;padding:10px;border:1px solid #767676;border-radius:6px;width:100%}
button,.button{font:inherit;padding:10px 16px;border:0;border-radius:6px;background:var(--accent);color:var(--on-accent);cursor:pointer;text-decoration:none;display:inline-block}
.error{padding:12px;border-radius:6px;background:#fdecea;color:#7a1010;margin:0 0 12px}
.help{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
.recs{display:grid;grid-template-columns:repeat(auto-fill,minmax(140px,1fr));gap:12px;list-style:none;padding:0}
.recs img{width:100%;height:auto;border-radius:6px}
footer{max-width:720px;margin:0 auto;padding:16px;color:var(--muted);font-size:.9rem}
@media (min-width:720px){h1{font-size:1.9rem}.stepper li{font-size:.85rem}}
`;
}

module.exports = { css };
