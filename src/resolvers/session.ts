import { z } from 'zod';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { toViewer } from '../auth/viewer.ts';
import type { Context, Viewer } from '../context.ts';
import type { User } from '../generated/prisma/client.ts';
import { recordAudit } from './audit.ts';
import { ConflictError, InvalidCredentialsError } from './errors.ts';
import { transaction } from './transaction.ts';
import { parseInput } from './validation.ts';

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Enter a valid email address' }));
export const Password = z.string().min(10, 'Password must be at least 10 characters').max(200, 'Password must be at most 200 characters');
export const PersonName = z.string().trim().min(1, 'Name is required').max(200, 'Name must be at most 200 characters');

const RegisterFirmInput = z.object({
  firmName: z.string().trim().min(2, 'Firm name must be at least 2 characters').max(200),
  adminName: PersonName,
  adminEmail: Email,
  password: Password,
});

export interface Session {
  token: string;
  user: User;
  /** The new session's viewer, so the rest of the response can be read as that user. */
  viewer: Viewer;
}

async function openSession(ctx: Context, user: User): Promise<Session> {
  const firm = await ctx.prisma.firm.findUniqueOrThrow({ where: { id: user.firmId }, select: { openMatterAccess: true } });
  return { token: await ctx.tokens.sign({ userId: user.id, firmId: user.firmId }), user, viewer: toViewer({ ...user, firm }) };
}

// Verifying against a real hash when the email is unknown keeps both failures equally slow,
// so response time does not reveal which emails have accounts.
let decoyHash: Promise<string> | undefined;

/**
 * Creates a firm (tenant) with its first ADMIN and signs that admin in. Emails are global, so an
 * address already in use is a conflict on `adminEmail`.
 */
export async function registerFirm(ctx: Context, input: z.input<typeof RegisterFirmInput>): Promise<Session> {
  const data = parseInput(RegisterFirmInput, input);
  const passwordHash = await hashPassword(data.password);
  const user = await transaction(ctx, async (tx) => {
    if (await tx.user.findUnique({ where: { email: data.adminEmail }, select: { id: true } })) {
      throw new ConflictError('An account with this email already exists');
    }
    const firm = await tx.firm.create({ data: { name: data.firmName } });
    const admin = await tx.user.create({
      data: { firmId: firm.id, email: data.adminEmail, name: data.adminName, role: 'ADMIN', passwordHash },
    });
    await recordAudit(tx, ctx, firm.id, {
      action: 'firm.registered',
      entityType: 'Firm',
      entityId: firm.id,
      after: firm,
      actorId: admin.id,
    });
    return admin;
  });
  return openSession(ctx, user);
}

const LoginInput = z.object({ email: Email, password: z.string().min(1, 'Password is required').max(200) });

/** Exchanges an email and password for a session token; inactive users cannot sign in. */
export async function login(ctx: Context, input: z.input<typeof LoginInput>): Promise<Session> {
  const data = parseInput(LoginInput, input);
  const user = await ctx.prisma.user.findUnique({ where: { email: data.email } });
  if (!user?.active) {
    decoyHash ??= hashPassword('decoy-password-for-timing');
    await verifyPassword(await decoyHash, data.password);
    throw new InvalidCredentialsError();
  }
  if (!(await verifyPassword(user.passwordHash, data.password))) throw new InvalidCredentialsError();
  return openSession(ctx, user);
}
