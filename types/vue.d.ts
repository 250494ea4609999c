// Template types for Vue 3 (Volar): `import 'paperfeed/vue'`. Bind objects with `.paper`.
import type { DefineComponent } from 'vue';
import type {
  PaperfeedCardProps,
  PaperfeedListProps,
  PaperfeedSubscribeProps,
} from './element-props.js';

declare module 'vue' {
  interface GlobalComponents {
    'paperfeed-card': DefineComponent<PaperfeedCardProps>;
    'paperfeed-list': DefineComponent<PaperfeedListProps>;
    'paperfeed-subscribe': DefineComponent<PaperfeedSubscribeProps>;
  }
}
