import { DEMO_LOGIN, seedDemo } from '../prisma/seed.ts';
import { createPrisma } from '../src/db/client.ts';

// `npm run db:seed`: adds the development demo firm to DATABASE_URL when it has no firm yet.
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is required');
  process.exit(1);
}
const prisma = createPrisma(url);
try {
  if ((await prisma.firm.count()) > 0) {
    console.log('The database already has firms; nothing seeded.');
  } else {
    await seedDemo(prisma);
    console.log(`Seeded the demo firm. Sign in as ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`);
  }
} finally {
  await prisma.$disconnect();
}
