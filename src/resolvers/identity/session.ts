import { z } from 'zod';
import { hashPassword, verifyPassword } from '../../auth/password.ts';
import { toViewer } from '../../auth/viewer.ts';
import { change } from '../../core/change.ts';
import type { Context, Viewer } from '../../core/context.ts';
import { parseInput } from '../../core/validation.ts';
import type { User } from '../../generated/prisma/client.ts';
import { firmRegistered } from './identity.actions.ts';
import { InvalidCredentialsError } from './identity.errors.ts';
import { Email, Password, PersonName } from './identity.inputs.ts';
import { assertEmailFree } from './users.ts';

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
  const user = await change(ctx, async (w) => {
    await assertEmailFree(w.tx, data.adminEmail);
    const firm = await w.tx.firm.create({ data: { name: data.firmName } });
    const admin = await w.tx.user.create({
      data: { firmId: firm.id, email: data.adminEmail, name: data.adminName, role: 'ADMIN', passwordHash },
    });
    w.actAs({ firmId: firm.id, actorId: admin.id });
    await w.record(firmRegistered, { after: firm });
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
