// Typechecked by `npm run typecheck:frameworks`: the Vue typings give templates the elements'
// properties and reject wrong ones.
import '../../types/vue.js';
import type { GlobalComponents } from 'vue';

type PropsOf<K extends keyof GlobalComponents> = InstanceType<GlobalComponents[K]>['$props'];

export const list: PropsOf<'paperfeed-list'> = {
  src: '/papers.json',
  groupBy: 'day',
  searchable: true,
};
export const subscribe: PropsOf<'paperfeed-subscribe'> = {
  action: '/api/subscribe',
  askName: true,
};
// @ts-expect-error groupBy is one of none, day, week, month, year
export const wrong: PropsOf<'paperfeed-list'> = { groupBy: 'fortnight' };
