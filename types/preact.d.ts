// JSX types for Preact: `import 'paperfeed/jsx-preact'`.
import type { HTMLAttributes } from 'preact';
import type { PaperfeedCard, PaperfeedList, PaperfeedSubscribe } from '../dist/types/index.js';
import type {
  PaperfeedCardProps,
  PaperfeedListProps,
  PaperfeedSubscribeProps,
} from './element-props.js';

type Props<E extends HTMLElement, P> = HTMLAttributes<E> & P;

declare global {
  namespace preact.JSX {
    interface IntrinsicElements {
      'paperfeed-card': Props<PaperfeedCard, PaperfeedCardProps>;
      'paperfeed-list': Props<PaperfeedList, PaperfeedListProps>;
      'paperfeed-subscribe': Props<PaperfeedSubscribe, PaperfeedSubscribeProps>;
    }
  }
}
