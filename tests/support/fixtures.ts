import type { Role } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';
import type { TestServer } from './server.ts';

export const PASSWORD = 'correct-horse-battery';

const RegisterFirm = graphql(`
  mutation FixtureRegisterFirm($input: RegisterFirmInput!) {
    registerFirm(input: $input) {
      __typename
      ... on RegisterFirmPayload { token user { id firm { id } } }
      ... on Error { message }
    }
  }
`);

const CreateUser = graphql(`
  mutation FixtureCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      __typename
      ... on CreateUserPayload { user { id } }
      ... on Error { message }
    }
  }
`);

const Login = graphql(`
  mutation FixtureLogin($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on LoginPayload { token }
      ... on Error { message }
    }
  }
`);

const CreateClient = graphql(`
  mutation FixtureCreateClient($input: CreateClientInput!) {
    createClient(input: $input) {
      __typename
      ... on CreateClientPayload { client { id name } }
      ... on Error { message }
    }
  }
`);

const CreateMatter = graphql(`
  mutation FixtureCreateMatter($input: CreateMatterInput!) {
    createMatter(input: $input) {
      __typename
      ... on CreateMatterPayload { matter { id number title } }
      ... on Error { message }
    }
  }
`);

/** A signed-in user: their global ID and a bearer token. */
export interface Actor {
  id: string;
  token: string;
  email: string;
}

export interface FirmFixture {
  firmId: string;
  name: string;
  admin: Actor;
  attorney: Actor;
  paralegal: Actor;
  billing: Actor;
  readOnly: Actor;
}

function expectType<T extends { __typename: string }, N extends T['__typename']>(
  value: T | undefined | null,
  typename: N,
): Extract<T, { __typename: N }> {
  if (!value || value.__typename !== typename) throw new Error(`expected ${typename}, got ${JSON.stringify(value)}`);
  return value as Extract<T, { __typename: N }>;
}

let counter = 0;
const unique = (label: string) => {
  counter += 1;
  return `${label}-${process.pid}-${Date.now().toString(36)}-${counter}`;
};

/** Registers a firm through the API and adds one user of every other role. */
export async function createFirm(api: TestServer, name = 'Firm'): Promise<FirmFixture> {
  const slug = unique(name.toLowerCase().replace(/\W+/g, '-'));
  const adminEmail = `admin.${slug}@example.test`;
  const registered = await api.gql(RegisterFirm, {
    input: { firmName: `${name} LLP`, adminName: `${name} Admin`, adminEmail, password: PASSWORD },
  });
  if (!registered.data) throw new Error(JSON.stringify(registered.errors));
  const payload = expectType(registered.data?.registerFirm, 'RegisterFirmPayload');
  const admin: Actor = { id: payload.user.id, token: payload.token, email: adminEmail };
  const member = async (role: Role): Promise<Actor> => addUser(api, admin.token, role, `${slug}.${role.toLowerCase()}`);
  return {
    firmId: payload.user.firm.id,
    name,
    admin,
    attorney: await member('ATTORNEY'),
    paralegal: await member('PARALEGAL'),
    billing: await member('BILLING'),
    readOnly: await member('READ_ONLY'),
  };
}

/** Creates a user with `role` as the given admin and signs them in. */
export async function addUser(api: TestServer, adminToken: string, role: Role, handle = unique(role.toLowerCase())): Promise<Actor> {
  const email = `${handle}@example.test`;
  const created = await api.gql(CreateUser, { input: { name: `User ${handle}`, email, role, password: PASSWORD } }, { token: adminToken });
  const { user } = expectType(created.data?.createUser, 'CreateUserPayload');
  const login = await api.gql(Login, { input: { email, password: PASSWORD } });
  return { id: user.id, token: expectType(login.data?.login, 'LoginPayload').token, email };
}

export async function createClient(api: TestServer, token: string, name = unique('Client')): Promise<{ id: string; name: string }> {
  const result = await api.gql(CreateClient, { input: { name, kind: 'ORGANIZATION' } }, { token });
  return expectType(result.data?.createClient, 'CreateClientPayload').client;
}

export async function createMatter(
  api: TestServer,
  token: string,
  input: { clientId: string; title?: string; number?: string; openedAt?: string; responsibleAttorneyId?: string },
): Promise<{ id: string; number: string; title: string }> {
  const result = await api.gql(CreateMatter, { input: { title: unique('Matter'), ...input } }, { token });
  return expectType(result.data?.createMatter, 'CreateMatterPayload').matter;
}

export { expectType };
