import { defineConfig } from 'drizzle-kit';

// drizzle-kit reads the schema offline and writes plain SQL migrations to ./migrations.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './migrations',
});
