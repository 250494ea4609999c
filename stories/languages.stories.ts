import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { STORY_FEED } from './story-feeds.js';

// The Daily Papers list and subscribe box in each shipped language, chosen by a wrapper's `lang`
// as on a site: `<html lang="fr">` or any ancestor.
const meta: Meta = { title: 'Languages' };
export default meta;
type Story = StoryObj;

const RIGHT_TO_LEFT = new Set(['ar', 'he']);

const inLanguage = (lang: string): Story => ({
  name: new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang,
  render: () =>
    html`<div lang=${lang} dir=${RIGHT_TO_LEFT.has(lang) ? 'rtl' : 'ltr'}>
      <paperfeed-subscribe frequencies="daily, weekly"></paperfeed-subscribe>
      <paperfeed-list src=${STORY_FEED} group-by="day" searchable page-size="3"></paperfeed-list>
    </div>`,
});

export const English = inLanguage('en');
export const German = inLanguage('de');
export const Spanish = inLanguage('es');
export const French = inLanguage('fr');
export const Italian = inLanguage('it');
export const Portuguese = inLanguage('pt');
export const Japanese = inLanguage('ja');
export const Korean = inLanguage('ko');
export const SimplifiedChinese = inLanguage('zh-Hans');
export const TraditionalChinese = inLanguage('zh-Hant');
export const Arabic = inLanguage('ar');
export const Hebrew = inLanguage('he');
