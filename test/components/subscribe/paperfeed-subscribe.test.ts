import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { typeText } from '../../helpers/engines.js';
import '../../../src/define.js';
import {
  PaperfeedSubscribedEvent,
  PaperfeedSubscribeErrorEvent,
  type PaperfeedSubscribe,
} from '../../../src/index.js';
import { uniqueKey } from '../../helpers/server.js';
import { countIn, shadowQuery, textIn } from '../../helpers/shadow.js';
import { waitUntil } from '../../helpers/wait.js';

interface Received {
  method: string;
  path: string;
  contentType: string | null;
  body: string;
  query: string;
}

async function received(key: string): Promise<Received[]> {
  const response = await fetch(`/subscribe/log?key=${key}`, { cache: 'no-store' });
  return response.json();
}

const emailInput = (form: PaperfeedSubscribe) =>
  shadowQuery(form, 'input[name="email"]') as HTMLInputElement;
const formOf = (form: PaperfeedSubscribe) => shadowQuery(form, 'form') as HTMLFormElement;
const button = (form: PaperfeedSubscribe) => shadowQuery(form, 'button') as HTMLButtonElement;
const message = (form: PaperfeedSubscribe) => textIn(form, '[part="message"]');

async function type(form: PaperfeedSubscribe, email: string): Promise<void> {
  emailInput(form).focus();
  await typeText(email);
}

async function submitWith(form: PaperfeedSubscribe, email: string): Promise<void> {
  await type(form, email);
  await sendKeys({ press: 'Enter' });
}

const settled = (form: PaperfeedSubscribe) =>
  waitUntil(() => message(form) !== '', 'no message shown');

describe('<paperfeed-subscribe> form', () => {
  it('shows the call to action and a labelled email field', async () => {
    const form = await fixture<PaperfeedSubscribe>(
      html`<paperfeed-subscribe action="/subscribe/json"></paperfeed-subscribe>`,
    );
    expect(textIn(form, '[part="heading"]')).to.equal('Get trending papers in your email inbox!');
    const input = emailInput(form);
    expect(input.type).to.equal('email');
    expect(input.autocomplete).to.equal('email');
    expect(input.labels![0]!.textContent!.trim()).to.equal('Email address');
    expect(textIn(form, 'button')).to.equal('Subscribe');
    await expect(form).to.be.accessible();
  });

  it('rejects an invalid address inline, refocuses the field and sends nothing', async () => {
    const key = uniqueKey();
    const form = await fixture<PaperfeedSubscribe>(
      html`<paperfeed-subscribe action=${`/subscribe/json?key=${key}`}></paperfeed-subscribe>`,
    );
    await submitWith(form, 'not-an-address');
    await form.updateComplete;
    const input = emailInput(form);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const error = shadowQuery(form, `#${input.getAttribute('aria-describedby')}`)!;
    expect(error.textContent!.trim()).to.equal('Enter an email address like name@example.org.');
    expect(form.shadowRoot!.activeElement === input).to.equal(true);
    expect(input.value).to.equal('not-an-address');
    expect(await received(key)).to.deep.equal([]);
    await expect(form).to.be.accessible();
  });

  it('posts JSON with every field, then confirms politely and clears the address', async () => {
    const key = uniqueKey();
    const form = await fixture<PaperfeedSubscribe>(
      html`<paperfeed-subscribe
        action=${`/subscribe/json?key=${key}`}
        ask-name
        frequencies="daily,weekly"
        topics="nlp"
        topic-choices="vision,speech"
      >
        <input type="hidden" name="MMERGE3" value="lab" />
      </paperfeed-subscribe>`,
    );
    form.extraFields = { source: 'homepage' };
    (shadowQuery(form, 'input[name="name"]') as HTMLInputElement).value = 'Ada';
    (shadowQuery(form, 'input[value="weekly"]') as HTMLInputElement).click();
    (shadowQuery(form, 'input[value="vision"]') as HTMLInputElement).click();
    const subscribed = oneEvent(form, 'paperfeed-subscribed');
    await submitWith(form, 'ada@example.org');
    const event = (await subscribed) as unknown as PaperfeedSubscribedEvent;
    expect(event).to.be.instanceOf(PaperfeedSubscribedEvent);
    await settled(form);
    const [request] = await received(key);
    expect(request!.method).to.equal('POST');
    expect(request!.contentType).to.equal('application/json');
    expect(JSON.parse(request!.body)).to.deep.equal({
      email: 'ada@example.org',
      name: 'Ada',
      frequency: 'weekly',
      topics: ['nlp', 'vision'],
      MMERGE3: 'lab',
      source: 'homepage',
    });
    expect(shadowQuery(form, '[part="message"]')!.getAttribute('role')).to.equal('status');
    expect(message(form)).to.equal('Check your inbox to confirm your subscription.');
    expect(emailInput(form).value).to.equal('');
    await expect(form).to.be.accessible();
  });

  it('sends exactly one request however often it is submitted, and says it is busy', async () => {
    const key = uniqueKey();
    const form = await fixture<PaperfeedSubscribe>(
      html`<paperfeed-subscribe
        action=${`/subscribe/json?key=${key}&delay=400`}
      ></paperfeed-subscribe>`,
    );
    await type(form, 'ada@example.org');
    await sendKeys({ press: 'Enter' });
    await form.updateComplete;
    expect(button(form).disabled).to.equal(true);
    expect(button(form).textContent!.trim()).to.equal('Subscribing…');
    expect(shadowQuery(form, 'form')!.getAttribute('aria-busy')).to.equal('true');
    await expect(form).to.be.accessible();
    button(form).click();
    formOf(form).requestSubmit();
    await settled(form);
    expect(await received(key)).to.have.length(1);
    expect(button(form).disabled).to.equal(false);
  });

  it("shows a provider's 4xx message and keeps what was typed for another try", async () => {
    const key = uniqueKey();
    const form = await fixture<PaperfeedSubscribe>(
      html`<paperfeed-subscribe
        action=${`/subscribe/json?key=${key}&status=422&message=${encodeURIComponent('This list is closed.')}`}
      ></paperfeed-subscribe>`,
    );
    const failed = oneEvent(form, 'paperfeed-subscribe-error');
    await submitWith(form, 'ada@example.org');
    const event = (await failed) as unknown as PaperfeedSubscribeErrorEvent;
    expect(event.status).to.equal(422);
    await settled(form);
    expect(message(form)).to.equal('This list is closed.');
    expect(emailInput(form).value).to.equal('ada@example.org');
    await expect(form).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await waitUntil(async () => (await received(key)).length === 2);
  });

  it('explains a 5xx without a message, an unreachable server and a timeout', async () => {
    const serverError = await fixture<PaperfeedSubscribe>(
      html`<paperfeed-subscribe
        action=${`/subscribe/json?key=${uniqueKey()}&status=503&reply=text`}
      ></paperfeed-subscribe>`,
    );
    await submitWith(serverError, 'ada@example.org');
    await settled(serverError);
    expect(message(serverError)).to.equal(
      'The subscription service had a problem. Please try again in a moment.',
    );

    const down = await fixture<PaperfeedSubscribe>(
      html`<paperfeed-subscribe action="http://127.0.0.1:9/subscribe"></paperfeed-subscribe>`,
    );
    await submitWith(down, 'ada@example.org');
    await settled(down);
    expect(message(down)).to.equal('Could not reach the subscription service. Please try again.');
    expect(emailInput(down).value).to.equal('ada@example.org');

    const slow = await fixture<PaperfeedSubscribe>(
      html`<paperfeed-subscribe
        timeout="200"
        action=${`/subscribe/json?key=${uniqueKey()}&delay=2000`}
      ></paperfeed-subscribe>`,
    );
    await submitWith(slow, 'ada@example.org');
    await settled(slow);
    expect(message(slow)).to.equal(
      'The subscription service did not answer in time. Please try again.',
    );
    expect(emailInput(slow).value).to.equal('ada@example.org');
  });

  it('says so when offline, and sends nothing', async () => {
    const key = uniqueKey();
    const form = await fixture<PaperfeedSubscribe>(
      html`<paperfeed-subscribe action=${`/subscribe/json?key=${key}`}></paperfeed-subscribe>`,
    );
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      await submitWith(form, 'ada@example.org');
      await settled(form);
    } finally {
      Reflect.deleteProperty(navigator, 'onLine');
    }
    expect(message(form)).to.contain('You appear to be offline');
    expect(emailInput(form).value).to.equal('ada@example.org');
    expect(await received(key)).to.deep.equal([]);
  });

  it('pretends success to a bot that fills the honeypot, and sends nothing', async () => {
    const key = uniqueKey();
    const form = await fixture<PaperfeedSubscribe>(
      html`<paperfeed-subscribe action=${`/subscribe/json?key=${key}`}></paperfeed-subscribe>`,
    );
    const trap = shadowQuery(form, '.trap input') as HTMLInputElement;
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.autocomplete).to.equal('off');
    expect(trap.type).to.equal('text');
    expect(trap.closest('[aria-hidden="true"]')).not.to.equal(null);
    trap.value = 'https://spam.example';
    await submitWith(form, 'bot@example.org');
    await settled(form);
    expect(message(form)).to.equal('Check your inbox to confirm your subscription.');
    expect(await received(key)).to.deep.equal([]);
  });

  it('lets the host cancel the submit and handle the address itself', async () => {
    const key = uniqueKey();
    const form = await fixture<PaperfeedSubscribe>(
      html`<paperfeed-subscribe action=${`/subscribe/json?key=${key}`}></paperfeed-subscribe>`,
    );
    const seen: string[] = [];
    form.addEventListener('paperfeed-subscribe-submit', (event) => {
      seen.push(event.fields.email);
      event.preventDefault();
    });
    await submitWith(form, 'ada@example.org');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen).to.deep.equal(['ada@example.org']);
    expect(await received(key)).to.deep.equal([]);
    expect(message(form)).to.equal('');
  });

  it('requires the consent box when there is one', async () => {
    const key = uniqueKey();
    const form = await fixture<PaperfeedSubscribe>(
      html`<paperfeed-subscribe
        action=${`/subscribe/json?key=${key}`}
        consent="I agree to receive emails."
      ></paperfeed-subscribe>`,
    );
    await submitWith(form, 'ada@example.org');
    await form.updateComplete;
    const box = shadowQuery(form, 'input[name="consent"]') as HTMLInputElement;
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    expect(textIn(form, '#consent-error')).to.equal(
      'Please tick the box to agree before subscribing.',
    );
    expect(await received(key)).to.deep.equal([]);
    await expect(form).to.be.accessible();
    box.click();
    formOf(form).requestSubmit();
    await settled(form);
    expect(await received(key)).to.have.length(1);
  });

  it('works by keyboard alone, from the page into the field and out through the button', async () => {
    const key = uniqueKey();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <button id="before">Before</button>
        <paperfeed-subscribe action=${`/subscribe/json?key=${key}`}></paperfeed-subscribe>
      </div>`,
    );
    const form = wrapper.querySelector('paperfeed-subscribe')!;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(form.shadowRoot!.activeElement === emailInput(form)).to.equal(true);
    await typeText('ada@example.org');
    await sendKeys({ press: 'Tab' });
    expect(form.shadowRoot!.activeElement === button(form)).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await settled(form);
    expect(await received(key)).to.have.length(1);
  });
});

describe('<paperfeed-subscribe> providers send what each expects', () => {
  /**
   * Submits `form` natively into a frame (so the test page stays where it is), and returns what
   * the server received and what the frame then showed.
   */
  async function submitNatively(
    form: PaperfeedSubscribe,
    key: string,
  ): Promise<{ request: Received; shown: string }> {
    const frame = document.createElement('iframe');
    frame.name = `sink${uniqueKey()}`;
    frame.title = 'submissions';
    document.body.append(frame);
    try {
      form.target = frame.name;
      const loaded = oneEvent(frame, 'load');
      await submitWith(form, 'ada@example.org');
      await loaded;
      const [request] = await received(key);
      return { request: request!, shown: frame.contentDocument!.body.textContent ?? '' };
    } finally {
      frame.remove();
    }
  }

  const formBody = (request: Received) => [...new URLSearchParams(request.body)];

  it('form: the same fields, urlencoded, through fetch', async () => {
    const key = uniqueKey();
    const form = await fixture<PaperfeedSubscribe>(
      html`<paperfeed-subscribe
        provider="form"
        ask-name
        topics="nlp,vision"
        action=${`/subscribe/json?key=${key}`}
      ></paperfeed-subscribe>`,
    );
    (shadowQuery(form, 'input[name="name"]') as HTMLInputElement).value = 'Ada';
    await submitWith(form, 'ada@example.org');
    await settled(form);
    const [request] = await received(key);
    expect(request!.contentType).to.equal('application/x-www-form-urlencoded');
    expect(formBody(request!)).to.deep.equal([
      ['email', 'ada@example.org'],
      ['name', 'Ada'],
      ['topics', 'nlp'],
      ['topics', 'vision'],
    ]);
  });

  it('native: a real form post into the target, no fetch', async () => {
    const key = uniqueKey();
    const form = await fixture<PaperfeedSubscribe>(
      html`<paperfeed-subscribe
        provider="native"
        action=${`/subscribe/native?key=${key}`}
      ></paperfeed-subscribe>`,
    );
    const { request, shown } = await submitNatively(form, key);
    expect(request.method).to.equal('POST');
    expect(request.contentType).to.equal('application/x-www-form-urlencoded');
    expect(formBody(request)).to.deep.equal([['email', 'ada@example.org']]);
    expect(shown).to.contain('Thanks for subscribing');
    expect(message(form)).to.equal('Check your inbox to confirm your subscription.');
  });

  it('mailchimp: EMAIL, FNAME, merge tags and its bot field, posted natively', async () => {
    const key = uniqueKey();
    const form = await fixture<PaperfeedSubscribe>(
      html`<paperfeed-subscribe
        provider="mailchimp"
        ask-name
        action=${`/subscribe/native/mc/subscribe/post?u=abc123&id=def456&key=${key}`}
      >
        <input type="hidden" name="MMERGE3" value="lab" />
      </paperfeed-subscribe>`,
    );
    (shadowQuery(form, 'input[name="name"]') as HTMLInputElement).value = 'Ada';
    const { request } = await submitNatively(form, key);
    expect(formBody(request)).to.deep.equal([
      ['EMAIL', 'ada@example.org'],
      ['FNAME', 'Ada'],
      ['MMERGE3', 'lab'],
      ['b_abc123_def456', ''],
    ]);
  });

  it('mailchimp with transport="jsonp": stays on the page and reads its replies', async () => {
    const key = uniqueKey();
    const action = `/subscribe/mc/subscribe/post?u=abc123&id=def456&key=${key}`;
    const form = await fixture<PaperfeedSubscribe>(
      html`<paperfeed-subscribe
        provider="mailchimp"
        transport="jsonp"
        action=${action}
      ></paperfeed-subscribe>`,
    );
    await submitWith(form, 'ada@example.org');
    await settled(form);
    expect(message(form)).to.equal('Check your inbox to confirm your subscription.');
    const [request] = await received(key);
    expect(request!.method).to.equal('GET');
    expect(request!.path).to.equal('/subscribe/mc/subscribe/post-json');
    const query = new URLSearchParams(request!.query);
    expect(query.get('EMAIL')).to.equal('ada@example.org');
    expect(query.get('b_abc123_def456')).to.equal('');
    expect(query.get('c')).to.match(/^__paperfeedJsonp/);

    await submitWith(form, 'taken@example.org');
    await waitUntil(() => message(form).includes('already'));
    expect(message(form)).to.equal(
      'taken@example.org is already subscribed to list Example Lab. Click here to update your profile',
    );
    expect(emailInput(form).value).to.equal('taken@example.org');
    expect(countIn(form, '[part="message"] a')).to.equal(0);
  });

  it('buttondown: email, embed=1 and a tag per topic, posted natively', async () => {
    const key = uniqueKey();
    const form = await fixture<PaperfeedSubscribe>(
      html`<paperfeed-subscribe
        provider="buttondown"
        topics="nlp,vision"
        action=${`/subscribe/native/buttondown?key=${key}`}
      ></paperfeed-subscribe>`,
    );
    const { request } = await submitNatively(form, key);
    expect(formBody(request)).to.deep.equal([
      ['email', 'ada@example.org'],
      ['embed', '1'],
      ['tag', 'nlp'],
      ['tag', 'vision'],
    ]);
  });

  it('kit: email_address and first_name, posted natively', async () => {
    const key = uniqueKey();
    const form = await fixture<PaperfeedSubscribe>(
      html`<paperfeed-subscribe
        provider="kit"
        ask-name
        action=${`/subscribe/native/kit?key=${key}`}
      ></paperfeed-subscribe>`,
    );
    (shadowQuery(form, 'input[name="name"]') as HTMLInputElement).value = 'Ada';
    const { request } = await submitNatively(form, key);
    expect(formBody(request)).to.deep.equal([
      ['email_address', 'ada@example.org'],
      ['first_name', 'Ada'],
    ]);
  });

  it('the demo endpoint stores an address once: 201, then 409, and 400 for a bad one', async () => {
    const form = await fixture<PaperfeedSubscribe>(
      html`<paperfeed-subscribe action="/subscribe/demo-endpoint"></paperfeed-subscribe>`,
    );
    const email = `${uniqueKey()}@example.org`;
    await submitWith(form, email);
    await waitUntil(() => message(form).startsWith('Check your inbox'));
    await submitWith(form, email.toUpperCase());
    await waitUntil(() => message(form).includes('already subscribed'));
    expect(message(form)).to.equal(`${email.toUpperCase()} is already subscribed.`);
    // The form never sends an invalid address, so the endpoint's own check is asked directly.
    const invalid = await fetch('/subscribe/demo-endpoint', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'not-an-address' }),
    });
    expect(invalid.status).to.equal(400);
    expect(await invalid.json()).to.deep.equal({
      error: '"not-an-address" is not a valid email address.',
    });
  });
});

describe('<paperfeed-subscribe> card variant and themes', () => {
  it('shows heading, description and fine print, each replaceable by a slot', async () => {
    const form = await fixture<PaperfeedSubscribe>(
      html`<paperfeed-subscribe variant="card" action="/x">
        <span slot="fine-print">We never share your address.</span>
      </paperfeed-subscribe>`,
    );
    expect(textIn(form, '[part="description"]')).to.contain('Unsubscribe any time');
    const slot = shadowQuery(form, 'slot[name="fine-print"]') as HTMLSlotElement;
    expect(slot.assignedElements()[0]!.textContent).to.equal('We never share your address.');
    await expect(form).to.be.accessible();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe idle, invalid, submitting, success and error in ${theme}`, async () => {
      const key = uniqueKey();
      const form = await fixture<PaperfeedSubscribe>(
        html`<paperfeed-subscribe
          theme=${theme}
          variant="card"
          ask-name
          frequencies="daily,weekly"
          consent="I agree."
          action=${`/subscribe/json?key=${key}&delay=300&status=400&message=Nope`}
        ></paperfeed-subscribe>`,
      );
      await expect(form).to.be.accessible();
      await submitWith(form, 'bad');
      await form.updateComplete;
      await expect(form).to.be.accessible();
      emailInput(form).value = 'ada@example.org';
      (shadowQuery(form, 'input[name="consent"]') as HTMLInputElement).click();
      formOf(form).requestSubmit();
      await form.updateComplete;
      expect(button(form).disabled).to.equal(true);
      await expect(form).to.be.accessible();
      await settled(form);
      expect(message(form)).to.equal('Nope');
      await expect(form).to.be.accessible();
      form.action = `/subscribe/json?key=${key}`;
      formOf(form).requestSubmit();
      await waitUntil(() => message(form).startsWith('Check your inbox'));
      await expect(form).to.be.accessible();
    });
  }
});
