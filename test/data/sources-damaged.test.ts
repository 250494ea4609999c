// Real files are damaged, and some input is hostile: every readable entry still comes through,
// each broken one is named, and nothing hangs, expands or reaches a link as a script.
import { expect } from '@open-wc/testing';
import { FeedError, parseFeedText } from '../../src/index.js';
import { readFixtureText } from '../helpers/fixtures.js';

const entryCount = (text: string) => text.match(/^\s*@\w+\s*\{/gm)!.length;

describe('a damaged .bib', () => {
  let original: string;
  before(async () => {
    original = await readFixtureText('real/lab-papers-alfolio.bib');
  });

  it('a missing comma between fields: the entry is read, and the place is named', async () => {
    const damaged = original.replace(/(@misc\{blend25,[\s\S]*?year = \{2025\}),/, '$1');
    const feed = await parseFeedText(damaged);
    expect(feed.papers).to.have.length(entryCount(original));
    expect(feed.warnings).to.deep.equal([
      'entry blend25 misses a comma after its year field; read as if it were there',
    ]);
    expect(feed.papers.find((p) => p.id === 'blend25')!.published).to.equal('2025');
  });

  it('an entry whose brace never closes: that entry is named and skipped, the rest come through', async () => {
    const damaged = original.replace(/(@misc\{blend25,[\s\S]*?)\n\}/, '$1\n');
    const feed = await parseFeedText(damaged);
    expect(feed.papers).to.have.length(entryCount(original) - 1);
    expect(feed.papers.some((p) => p.id === 'blend25')).to.equal(false);
    expect(feed.warnings).to.have.length(1);
    expect(feed.warnings[0]).to.match(
      /^entry blend25 could not be read \(.*never closed\); skipped$/,
    );
  });

  it('%-commented entries, prose before the first entry and `month = april`', async () => {
    const text = [
      'Publications of the lab, kept by hand. Mail corrections to office@lab.example.org.',
      '% @article{old2001, title = {Commented out}, year = 2001}',
      '@article{smith2024, title = {Kept}, author = {Smith, Ada}, year = 2024, month = april}',
      original,
    ].join('\n');
    const feed = await parseFeedText(text);
    expect(feed.papers).to.have.length(entryCount(original) + 1);
    expect(feed.papers[0]).to.deep.include({
      id: 'smith2024',
      title: 'Kept',
      published: '2024-04',
    });
    expect(feed.papers[0]!.authors).to.deep.equal([{ name: 'Ada Smith' }]);
    expect(feed.warnings).to.deep.equal([]);
  });

  it('names in every BibTeX form, accents in TeX, `and others`, braces that protect', async () => {
    const feed = await parseFeedText(
      String.raw`@article{k, author = {van der Berg, Jr., Jan and R\"{a}s\"{a}nen, P. and Donald E. Knuth and {Barnes and Noble} and Ch{\'e}rif, M. and others}, title = {The {RNA} world -- {\emph{in vivo}} and Fran\c{c}ois' \& {\L}{\'o}d{\'z} --- at 5\% $\alpha$}, year = 2020}`,
    );
    const paper = feed.papers[0]!;
    expect(paper.authors.map((a) => a.name)).to.deep.equal([
      'Jan van der Berg, Jr.',
      'P. Räsänen',
      'Donald E. Knuth',
      'Barnes and Noble',
      'M. Chérif',
    ]);
    expect(paper.title).to.equal(
      'The RNA world – in vivo and François’ & Łódź — at 5% $\\alpha$'.replace('’', "'"),
    );
    expect(paper.titleRuns!.find((run) => run.italic)?.text).to.equal('in vivo');
  });

  it('a 10 MB file settles, every entry read', async () => {
    const entry = (n: number) =>
      `@article{e${n}, title = {Entry {${n}} with {\\"u}mlauts}, author = {M{\\"u}ller, Anna and Smith, B.}, journal = {J}, year = {2020}, abstract = {${'x '.repeat(200)}}}\n`;
    const text = Array.from({ length: 20_000 }, (_, n) => entry(n)).join('');
    expect(text.length).to.be.greaterThan(10_000_000);
    const feed = await parseFeedText(text);
    expect(feed.papers).to.have.length(20_000);
    expect(feed.papers[19_999]!.title).to.equal('Entry 19999 with ümlauts');
  }).timeout(20_000);
});

describe('hostile content', () => {
  it('javascript: and data: links in .bib url fields never reach a paper; scripts in titles are text', async () => {
    const feed = await parseFeedText(
      '@misc{a, title = {<script>alert(1)</script>Safe}, url = {javascript:alert(1)}, pdf = {data:text/html,x}, code = {https://github.com/lab/a}, year = 2024}',
    );
    const paper = feed.papers[0]!;
    expect(paper.url).to.equal(undefined);
    expect(paper.links.pdf).to.equal(undefined);
    expect(paper.links.code!.url).to.equal('https://github.com/lab/a');
    expect(paper.title).to.equal('Safe');
    expect(feed.warnings.join(' ')).to.contain('not an http(s) link');
  });

  it('javascript: links in RSS and Atom are left out', async () => {
    const rss = await parseFeedText(
      '<rss version="2.0"><channel><item><title>T</title><link>javascript:alert(1)</link></item></channel></rss>',
    );
    expect(rss.papers[0]!.url).to.equal(undefined);
    const atom = await parseFeedText(
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>T</title><link href=" JaVaScRiPt:alert(1)"/></entry></feed>',
    );
    expect(atom.papers[0]!.url).to.equal(undefined);
  });

  it('a billion laughs is never expanded: the DTD is skipped, its entities stay as written', async () => {
    const laughs = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`,
    ).join('');
    const text = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">${laughs}]><rss version="2.0"><channel><item><title>A &lol9; B</title></item></channel></rss>`;
    const feed = await parseFeedText(text);
    expect(feed.papers[0]!.title).to.equal('A &lol9; B');
  });

  it('an external entity is not fetched or read', async () => {
    const text =
      '<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>&xxe;</title></entry></feed>';
    expect((await parseFeedText(text)).papers[0]!.title).to.equal('&xxe;');
  });

  it('XML nested deeper than 256 is a FeedError, not a stack overflow', async () => {
    const depth = 100_000;
    const text = `<rss><channel>${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}</channel></rss>`;
    const error = await parseFeedText(text).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).kind).to.equal('format');
    expect((error as FeedError).message).to.contain('deeper than 256');
  });

  it('HTML entities in XML text go through the text pipeline; CDATA is taken as written', async () => {
    const feed = await parseFeedText(
      '<rss version="2.0"><channel><item><title>S&lt;sub&gt;N&lt;/sub&gt;2 &amp;amp; caf&eacute;</title><description><![CDATA[<p>One &amp; <i>two</i></p>]]></description></item></channel></rss>',
    );
    const paper = feed.papers[0]!;
    expect(paper.title).to.equal('SN2 & café');
    expect(paper.titleRuns!.find((run) => run.sub)?.text).to.equal('N');
    expect(paper.summary).to.equal('One & two');
  });

  it('an RSS feed whose authors are TeX and one comma-separated creator', async () => {
    const feed = await parseFeedText(
      String.raw`<rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0"><channel><item><title>T</title><dc:creator>Jussi R\"as\"anen, Ada Lovelace, K. G\"odel</dc:creator></item></channel></rss>`,
    );
    expect(feed.papers[0]!.authors.map((a) => a.name)).to.deep.equal([
      'Jussi Räsänen',
      'Ada Lovelace',
      'K. Gödel',
    ]);
  });

  it('a damaged XML feed (a stray close tag, a lone "<") still gives its items', async () => {
    const feed = await parseFeedText(
      '<rss version="2.0"><channel></p><item><title>A < B</title></item><item><title>C</title></item></channel></rss>',
    );
    expect(feed.papers.map((p) => p.title)).to.deep.equal(['A < B', 'C']);
  });

  it('@string macros that double at every step stop at a limit, named, instead of filling the memory', async () => {
    const macros = Array.from({ length: 40 }, (_, i) => `@string{m${i + 1} = m${i} # m${i}}`);
    const text = [
      '@string{m0 = "lol"}',
      ...macros,
      '@misc{boom, title = m40, year = 2024}',
      '@misc{fine, title = {Fine}, year = 2024}',
    ].join('\n');
    const feed = await parseFeedText(text);
    // The macro that grew too far is left undefined (kept by name, as any undefined macro).
    expect(feed.papers.find((p) => p.id === 'fine')!.title).to.equal('Fine');
    for (const paper of feed.papers) expect(paper.title.length).to.be.at.most(100_000);
    expect(feed.warnings.join(' ')).to.match(/grows past 100,000 characters/);
  });

  it('many comments before the root element are read past in linear time', async () => {
    const text = `${'<!--a-->'.repeat(5000)}<rss version="2.0"><channel><item><title>T</title></item></channel></rss>`;
    expect((await parseFeedText(text)).papers[0]!.title).to.equal('T');
  });

  it('a "<" that opens no tag stays text; unclosed <br> in embedded HTML do not nest', async () => {
    const feed = await parseFeedText(
      `<rss version="2.0"><channel><item><title>I <3 it</title><link>https://example.org/a</link><description>${'line<br>'.repeat(300)}</description></item></channel></rss>`,
    );
    expect(feed.papers[0]!.title).to.equal('I <3 it');
    expect(feed.papers[0]!.url).to.equal('https://example.org/a');
  });
});
