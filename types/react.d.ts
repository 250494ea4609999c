// JSX types for React 19, which sets properties on custom elements: `import 'paperfeed/jsx-react'`.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  PaperfeedCard,
  PaperfeedErrorEvent,
  PaperfeedList,
  PaperfeedLoadEvent,
  PaperfeedSubscribe,
  PaperfeedSubscribedEvent,
  PaperfeedSubscribeErrorEvent,
  PaperfeedSubscribeSubmitEvent,
} from '../dist/types/index.js';
import type {
  PaperfeedCardProps,
  PaperfeedListProps,
  PaperfeedSubscribeProps,
} from './element-props.js';

type Props<E extends HTMLElement, P> = DetailedHTMLProps<HTMLAttributes<E>, E> & P;

/** React 19 listens to a custom element's event through `on` + its name. */
interface LoadEvents {
  'onpaperfeed-load'?: (event: PaperfeedLoadEvent) => void;
  'onpaperfeed-error'?: (event: PaperfeedErrorEvent) => void;
}
interface SubscribeEvents {
  'onpaperfeed-subscribe-submit'?: (event: PaperfeedSubscribeSubmitEvent) => void;
  'onpaperfeed-subscribed'?: (event: PaperfeedSubscribedEvent) => void;
  'onpaperfeed-subscribe-error'?: (event: PaperfeedSubscribeErrorEvent) => void;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'paperfeed-card': Props<PaperfeedCard, PaperfeedCardProps & LoadEvents>;
      'paperfeed-list': Props<PaperfeedList, PaperfeedListProps & LoadEvents>;
      'paperfeed-subscribe': Props<PaperfeedSubscribe, PaperfeedSubscribeProps & SubscribeEvents>;
    }
  }
}
