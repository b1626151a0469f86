#!/usr/bin/env node
// Validates stream.json purely from its own labels (no library code):
//  - steps consecutive from 1, ISO dates strictly increasing, span 6-12 months
//  - relatedTo: empty for "new"; otherwise earlier steps that are current at that time
//    (same/conflict -> settled current; superseded -> current or unsettled by a conflict)
//  - questions: answers current (and settled) at afterStep; stale not current; all refs <= afterStep
//  - prints counts per outcome per user
// Usage: node bench/decisions/stream/check-stream.mjs [path/to/stream.json]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const file = process.argv[2] || join(dirname(fileURLToPath(import.meta.url)), 'stream.json');
const data = JSON.parse(readFileSync(file, 'utf8'));
const errors = [];
const err = (u, m) => errors.push(`${u}: ${m}`);
const OUTCOMES = ['new', 'same', 'superseded', 'conflict'];
const totals = Object.fromEntries(OUTCOMES.map((o) => [o, 0]));
let totalQ = 0;
const rows = [];

if (!Array.isArray(data.users) || data.users.length < 6) errors.push(`need >= 6 users, got ${data.users?.length}`);
for (const u of data.users) {
  const id = u.id;
  const st = u.statements;
  if (st.length < 200) err(id, `only ${st.length} statements`);
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0]));
  const current = new Set(); // settled, current facts
  const unsettled = new Set(); // facts involved in an open conflict
  const snapshots = [null]; // snapshots[step] = {current, unsettled} after that step
  const texts = new Map();
  st.forEach((s, i) => {
    if (s.step !== i + 1) err(id, `step ${s.step} at index ${i}`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s.date)) err(id, `bad date ${s.date}`);
    if (i && !(s.date > st[i - 1].date)) err(id, `date not increasing at step ${s.step}`);
    if (!OUTCOMES.includes(s.expected)) err(id, `bad expected ${s.expected} at ${s.step}`);
    if (typeof s.text !== 'string' || s.text.length < 5) err(id, `bad text at ${s.step}`);
    if (/\{\w+\}|undefined|null/.test(s.text)) err(id, `template residue at ${s.step}: ${s.text}`);
    texts.set(s.text, (texts.get(s.text) || 0) + 1);
    counts[s.expected]++;
    const rel = s.relatedTo || [];
    for (const r of rel) if (!(r >= 1 && r < s.step)) err(id, `step ${s.step} relatedTo ${r} not earlier`);
    if (new Set(rel).size !== rel.length) err(id, `step ${s.step} duplicate relatedTo`);
    switch (s.expected) {
      case 'new':
        if (rel.length) err(id, `new step ${s.step} has relatedTo`);
        current.add(s.step);
        break;
      case 'same':
        if (!rel.length) err(id, `same step ${s.step} without relatedTo`);
        for (const r of rel) if (!current.has(r)) err(id, `same step ${s.step} -> ${r} not current`);
        break;
      case 'superseded':
        if (!rel.length) err(id, `superseded step ${s.step} without relatedTo`);
        for (const r of rel) {
          if (current.has(r)) current.delete(r);
          else if (unsettled.has(r)) unsettled.delete(r);
          else err(id, `superseded step ${s.step} -> ${r} not current`);
        }
        current.add(s.step);
        break;
      case 'conflict':
        if (rel.length !== 1) err(id, `conflict step ${s.step} should relate to exactly one statement`);
        for (const r of rel) {
          if (!current.has(r)) err(id, `conflict step ${s.step} -> ${r} not current`);
          current.delete(r);
          unsettled.add(r);
        }
        unsettled.add(s.step);
        break;
    }
    snapshots.push({ current: new Set(current), unsettled: new Set(unsettled) });
  });
  if (unsettled.size) err(id, `conflicts never settled: ${[...unsettled].join(',')}`);
  const first = new Date(st[0].date),
    last = new Date(st[st.length - 1].date);
  const months = (last - first) / (30.44 * 864e5);
  if (months < 6 || months > 12.2) err(id, `span ${months.toFixed(1)} months`);

  const qs = u.questions || [];
  if (qs.length < 25) err(id, `only ${qs.length} questions`);
  for (const q of qs) {
    const tag = `question@${q.afterStep} "${q.question}"`;
    if (!(q.afterStep >= 1 && q.afterStep <= st.length)) {
      err(id, `${tag} afterStep out of range`);
      continue;
    }
    const snap = snapshots[q.afterStep];
    if (!q.answers?.length) err(id, `${tag} no answers`);
    for (const a of q.answers || []) {
      if (a > q.afterStep) err(id, `${tag} answer ${a} after afterStep`);
      if (!snap.current.has(a)) err(id, `${tag} answer ${a} not current/settled`);
    }
    for (const s of q.stale || []) {
      if (s > q.afterStep) err(id, `${tag} stale ${s} after afterStep`);
      if (snap.current.has(s) && st[s - 1].expected !== 'same') err(id, `${tag} stale ${s} is still current`);
    }
    for (const d of q.distractors || []) {
      if (d > q.afterStep) err(id, `${tag} distractor ${d} after afterStep`);
      if ((q.answers || []).includes(d) || (q.stale || []).includes(d)) err(id, `${tag} distractor ${d} overlaps answers/stale`);
    }
  }
  totalQ += qs.length;
  const n = st.length;
  const pct = (o) => ((100 * counts[o]) / n).toFixed(1);
  const ranges = { new: [55, 65], same: [12, 18], superseded: [15, 22], conflict: [3, 5] };
  for (const o of OUTCOMES) {
    totals[o] += counts[o];
    const p = +pct(o);
    if (p < ranges[o][0] || p > ranges[o][1]) err(id, `${o} ${p}% outside ${ranges[o]}`);
  }
  const dupTexts = [...texts.values()].filter((c) => c > 1).length;
  rows.push(
    `${id.padEnd(15)} statements=${n} new=${counts.new} (${pct('new')}%) same=${counts.same} (${pct('same')}%) superseded=${counts.superseded} (${pct('superseded')}%) conflict=${counts.conflict} (${pct('conflict')}%) questions=${qs.length} span=${months.toFixed(1)}mo ${st[0].date}..${st[n - 1].date} repeatedTexts=${dupTexts}`,
  );
}
console.log(rows.join('\n'));
const N = Object.values(totals).reduce((a, b) => a + b, 0);
console.log(
  `TOTAL           statements=${N} ` +
    OUTCOMES.map((o) => `${o}=${totals[o]} (${((100 * totals[o]) / N).toFixed(1)}%)`).join(' ') +
    ` questions=${totalQ}`,
);
if (errors.length) {
  console.error(`\n${errors.length} problem(s):\n${errors.slice(0, 60).join('\n')}`);
  process.exit(1);
}
console.log('OK');
