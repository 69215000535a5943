#!/usr/bin/env node
// The peer of the extraction benchmark: Mozilla Readability (0.6.0) on jsdom
// (26), the way a Node user runs it, over the same HTML files Vigie reads.
//
// One process reads every file and, per file, builds new JSDOM(html, {url}),
// runs new Readability(document).parse() and writes the article's
// textContent as one JSON line {"file", "title", "text"} (text null when
// Readability finds no article). The charset is found as a browser would
// (BOM, then <meta charset>), except that a page which states none and is
// valid UTF-8 is read as UTF-8 rather than windows-1252 (saved pages lose
// their HTTP header; Vigie makes the same choice). Scripts do not run and no
// sub-resource is fetched (jsdom's defaults); CSS parse errors are silenced
// rather than printed.
//
// On standard error, at the end, one JSON line: pages, failures, and the
// in-process time (file read + jsdom + Readability + output, without node's
// start-up and module loading): total wall seconds, CPU seconds (user +
// system, all of node's threads, its garbage collector's included), median
// ms per page, pages/s.
//
// Usage: node bench/readability_peer.js [--urls ground-truth.json] [--out FILE]
//                                       FILE_OR_DIR...
// --urls: a JSON object {id: {url}} (the article-extraction-benchmark's
// ground-truth.json); the file "<id>.html" gets that URL, the others
// https://example.com/<file name>.
'use strict';

const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const npmRoot = path.join(__dirname, '..', 'third_party', 'npm', 'package.json');
const npmRequire = createRequire(npmRoot);
const loadStart = process.hrtime.bigint();
const { JSDOM, VirtualConsole } = npmRequire('jsdom');
const { Readability } = npmRequire('@mozilla/readability');
const sniffEncoding = npmRequire('html-encoding-sniffer');  // jsdom's own sniffer
const { isUtf8 } = require('buffer');
const loadSeconds = Number(process.hrtime.bigint() - loadStart) / 1e9;

function usage() {
  process.stderr.write(
      'usage: node bench/readability_peer.js [--urls ground-truth.json] [--out FILE] ' +
      'FILE_OR_DIR...\n');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { urls: null, out: null, inputs: [] };
  for (let i = 0; i < argv.length; ++i) {
    const a = argv[i];
    if (a === '--urls' && i + 1 < argv.length) opts.urls = argv[++i];
    else if (a === '--out' && i + 1 < argv.length) opts.out = argv[++i];
    else if (a.startsWith('--')) usage();
    else opts.inputs.push(a);
  }
  if (opts.inputs.length === 0) usage();
  return opts;
}

// Files under the inputs, directories walked recursively, sorted by path
// within each directory (the order `vigie extract` uses).
function listFiles(inputs) {
  const files = [];
  const walk = (p) => {
    if (fs.statSync(p).isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) {
        if (!name.startsWith('.')) walk(path.join(p, name));
      }
    } else {
      files.push(p);
    }
  };
  for (const p of inputs) walk(p);
  return files;
}

function loadUrls(file) {
  if (!file) return new Map();
  const gold = JSON.parse(fs.readFileSync(file, 'utf8'));
  return new Map(Object.entries(gold).map(([id, v]) => [id, v && v.url]));
}

function urlFor(file, urls) {
  const base = path.basename(file);
  const id = base.replace(/\.html?$/, '');
  return urls.get(id) || 'https://example.com/' + encodeURIComponent(base);
}

function median(values) {
  if (values.length === 0) return 0;
  const v = [...values].sort((a, b) => a - b);
  const n = v.length;
  return n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// One page: returns the output line. Throws on jsdom or Readability errors.
function extract(file, url, virtualConsole) {
  const html = fs.readFileSync(file);
  const charset = sniffEncoding(html, { defaultEncoding: isUtf8(html) ? 'UTF-8' : 'windows-1252' });
  const contentType = `text/html; charset=${charset}`;
  const dom = new JSDOM(html, { url, virtualConsole, contentType });
  try {
    const article = new Readability(dom.window.document).parse();
    return JSON.stringify({
      file: path.basename(file),
      title: article ? article.title : null,
      text: article ? article.textContent : null,
    });
  } finally {
    dom.window.close();
  }
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const urls = loadUrls(opts.urls);
  const files = listFiles(opts.inputs);
  const out = opts.out ? fs.openSync(opts.out, 'w') : 1;
  const virtualConsole = new VirtualConsole();  // sends nowhere: no CSS noise
  const perPage = [];
  let failures = 0;
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  for (const file of files) {
    const t0 = process.hrtime.bigint();
    let line;
    try {
      line = extract(file, urlFor(file, urls), virtualConsole);
    } catch (e) {
      ++failures;
      line = JSON.stringify({ file: path.basename(file), title: null, text: null,
                              error: String(e && e.message || e) });
    }
    fs.writeSync(out, line + '\n');
    perPage.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  if (opts.out) fs.closeSync(out);
  process.stderr.write(JSON.stringify({
    peer: 'readability 0.6.0 + jsdom 26',
    node: process.version,
    pages: files.length,
    failures,
    module_load_seconds: +loadSeconds.toFixed(3),
    seconds_in_process: +seconds.toFixed(3),
    cpu_seconds_in_process: +cpuSeconds.toFixed(3),
    median_ms_per_page: +median(perPage).toFixed(3),
    pages_per_second_in_process: +(files.length / seconds).toFixed(2),
  }) + '\n');
}

main();
