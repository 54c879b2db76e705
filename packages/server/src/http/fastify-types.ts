import type { Permission } from '@gesang/domain';
import type { AuthContext } from '../auth/auth-context.js';
import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without a session (login, health, OpenAPI). Everything else requires one. */
    public?: boolean;
    /** Permission the acting organisation's roles must grant. */
    permission?: Permission;
  }
  interface FastifyRequest {
    /** The signed-in user; set by the auth hook for every non-public route. */
    auth: AuthContext | null;
  }
  interface FastifyInstance {
    config: Config;
    database: Database;
  }
}

export {};
