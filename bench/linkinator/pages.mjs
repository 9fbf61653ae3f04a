// Loaded with `node --import` before linkinator's CLI: counts the pages it parses (its "pagestart" events, sent
// once a page is fetched), which its report cannot show (a page whose links were all seen before leaves no row),
// and when the last one came; prints both on exit.
const index = process.env.BENCH_LINKINATOR_INDEX; // linkinator's build/src/index.js, as a file: URL
const { LinkChecker } = await import(index);
let pages = 0;
let last = 0;
const emit = LinkChecker.prototype.emit;
LinkChecker.prototype.emit = function (event, ...args) {
  if (event === 'pagestart') {
    pages += 1;
    last = Date.now();
  }
  return emit.call(this, event, ...args);
};
process.on('exit', () => process.stderr.write(`bench: linkinator parsed ${pages} pages, the last at ${last / 1000}\n`));
