import { defineConfig } from 'vite';

// Storybook's own Vite config: the project's vite.config.ts is for library builds.
export default defineConfig({});
