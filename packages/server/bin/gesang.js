#!/usr/bin/env node
// The `gesang` command: runs the built server (npm run build first).
import '../dist/main.js';
