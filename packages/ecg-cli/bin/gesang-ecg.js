#!/usr/bin/env node
// The `gesang-ecg` command. Runs the TypeScript sources directly through tsx's loader, so
// `npx gesang-ecg` works right after `npm install`, with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
