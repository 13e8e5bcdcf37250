/**
 * `npm run team-server`: one command gives a working team server on a laptop.
 * Settings come from the environment (README, "Teams"):
 *   DATABASE_URL        a PostgreSQL you run; without it, a cluster of its own under RAPPORT_TEAM_DATA
 *   DATABASE_ADMIN_URL  for migrations, when DATABASE_URL's login may not change the schema
 *   RAPPORT_TEAM_DATA   data folder (default ./.team-server)
 *   PORT, HOST          where to listen (default 8787 on 127.0.0.1; HOST=0.0.0.0 to serve a network)
 *   RAPPORT_SETUP_CODE  the code that creates teams (default: generated once, kept in the data folder)
 */
import { resolve } from 'node:path';
import { startTeamServer } from './start';

const server = await startTeamServer({
  ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
  ...(process.env.DATABASE_ADMIN_URL ? { adminDatabaseUrl: process.env.DATABASE_ADMIN_URL } : {}),
  ...(process.env.RAPPORT_SETUP_CODE ? { setupCode: process.env.RAPPORT_SETUP_CODE } : {}),
  dataDir: resolve(process.env.RAPPORT_TEAM_DATA ?? '.team-server'),
  port: Number(process.env.PORT ?? 8787),
  host: process.env.HOST ?? '127.0.0.1',
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

console.log(`Rapport team server: ${server.url}`);
console.log(`Setup code (creates teams; keep it private): ${server.setupCode}`);
console.log('In Rapport: Settings > Team > Create a team, with this address and setup code. Ctrl+C stops.');
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
