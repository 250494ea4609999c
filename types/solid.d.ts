// JSX types for Solid: `import 'paperfeed/jsx-solid'`. Use `prop:paper={…}` for object properties.
import type { JSX } from 'solid-js';
import type { PaperfeedCard, PaperfeedList, PaperfeedSubscribe } from '../dist/types/index.js';
import type {
  PaperfeedCardProps,
  PaperfeedListProps,
  PaperfeedSubscribeProps,
} from './element-props.js';

type Prefixed<P> = { [K in keyof P as `prop:${string & K}`]?: P[K] };
type Props<E extends HTMLElement, P> = JSX.HTMLAttributes<E> & P & Prefixed<P>;

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements {
      'paperfeed-card': Props<PaperfeedCard, PaperfeedCardProps>;
      'paperfeed-list': Props<PaperfeedList, PaperfeedListProps>;
      'paperfeed-subscribe': Props<PaperfeedSubscribe, PaperfeedSubscribeProps>;
    }
  }
}
