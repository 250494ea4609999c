import { expect } from '@open-wc/testing';
import '../../../src/define.js';
import { parseFeed } from '../../../src/index.js';
import { cardFor } from '../../helpers/card.js';
import { shadowQuery, shadowQueryAll, textIn } from '../../helpers/shadow.js';

const [richPaper] = parseFeed({
  version: 'https://jsonfeed.org/version/1.1',
  items: [
    {
      id: 'rich',
      url: 'https://example.org/rich',
      title: 'H<sub>2</sub>O uptake in <i>Escherichia&nbsp;coli</i> &amp; yeast',
      content_html:
        '<p>We measure CO<sub>2</sub> in <em>E. coli</em>.</p><p>Second paragraph, by Schäfl.</p>',
      date_published: '2022-05',
    },
  ],
}).papers;

describe('<paperfeed-card> rich text', () => {
  it('renders sub- and superscripts and italics as elements, never as markup text', async () => {
    const card = await cardFor(richPaper!);
    const title = shadowQuery(card, '[part="title"]')!;
    expect(title.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'H2O uptake in Escherichia coli & yeast',
    );
    expect(shadowQueryAll(card, '[part="title"] sub').map((el) => el.textContent)).to.deep.equal([
      '2',
    ]);
    // The feed's no-break space stays one: the name does not break across lines.
    expect(shadowQueryAll(card, '[part="title"] i').map((el) => el.textContent)).to.deep.equal([
      'Escherichia\u00a0coli',
    ]);
    expect(title.innerHTML).not.to.contain('&lt;');
  });

  it('keeps the abstract paragraphs apart, with their formatting', async () => {
    const card = await cardFor(richPaper!, 'abstract-display="full"');
    const abstract = shadowQuery(card, '[part="abstract"]')!;
    expect(abstract.querySelectorAll('br')).to.have.length(1);
    expect(abstract.querySelector('sub')!.textContent).to.equal('2');
    expect(abstract.querySelector('i')!.textContent).to.equal('E. coli');
  });

  it('shows a date to the precision the source gave', async () => {
    const card = await cardFor(richPaper!);
    const time = shadowQuery(card, 'time')!;
    expect(time.getAttribute('datetime')).to.equal('2022-05');
    expect(time.textContent).to.equal('May 2022');
  });

  it('marks a match across runs and without accents, as search finds it', async () => {
    const card = await cardFor(richPaper!, 'highlight="h2o schafl" abstract-display="full"');
    const marks = shadowQueryAll(card, 'mark').map((mark) => mark.textContent);
    // "H2O" spans a plain run, a subscript and a plain run: each piece is marked.
    expect(marks.slice(0, 3)).to.deep.equal(['H', '2', 'O']);
    expect(marks).to.include('Schäfl');
    expect(textIn(card, '[part="title"]')).to.contain('H2O');
  });
});
