/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation LoginTest($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload { token user { email role } }\n      ... on Error { message }\n    }\n  }\n": typeof types.LoginTestDocument,
    "\n  query MeTest { me { email role firm { name } } }\n": typeof types.MeTestDocument,
    "\n  mutation RegisterFirmTest($input: RegisterFirmInput!) {\n    registerFirm(input: $input) {\n      __typename\n      ... on RegisterFirmPayload { token user { email role firm { name } } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.RegisterFirmTestDocument,
    "\n  mutation FixtureRegisterFirm($input: RegisterFirmInput!) {\n    registerFirm(input: $input) {\n      __typename\n      ... on RegisterFirmPayload { token user { id firm { id } } }\n      ... on Error { message }\n    }\n  }\n": typeof types.FixtureRegisterFirmDocument,
    "\n  mutation FixtureCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on CreateUserPayload { user { id } }\n      ... on Error { message }\n    }\n  }\n": typeof types.FixtureCreateUserDocument,
    "\n  mutation FixtureLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload { token }\n      ... on Error { message }\n    }\n  }\n": typeof types.FixtureLoginDocument,
    "\n  mutation FixtureCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      __typename\n      ... on CreateClientPayload { client { id name } }\n      ... on Error { message }\n    }\n  }\n": typeof types.FixtureCreateClientDocument,
    "\n  mutation FixtureCreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) {\n      __typename\n      ... on CreateMatterPayload { matter { id number title } }\n      ... on Error { message }\n    }\n  }\n": typeof types.FixtureCreateMatterDocument,
};
const documents: Documents = {
    "\n  mutation LoginTest($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload { token user { email role } }\n      ... on Error { message }\n    }\n  }\n": types.LoginTestDocument,
    "\n  query MeTest { me { email role firm { name } } }\n": types.MeTestDocument,
    "\n  mutation RegisterFirmTest($input: RegisterFirmInput!) {\n    registerFirm(input: $input) {\n      __typename\n      ... on RegisterFirmPayload { token user { email role firm { name } } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n": types.RegisterFirmTestDocument,
    "\n  mutation FixtureRegisterFirm($input: RegisterFirmInput!) {\n    registerFirm(input: $input) {\n      __typename\n      ... on RegisterFirmPayload { token user { id firm { id } } }\n      ... on Error { message }\n    }\n  }\n": types.FixtureRegisterFirmDocument,
    "\n  mutation FixtureCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on CreateUserPayload { user { id } }\n      ... on Error { message }\n    }\n  }\n": types.FixtureCreateUserDocument,
    "\n  mutation FixtureLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload { token }\n      ... on Error { message }\n    }\n  }\n": types.FixtureLoginDocument,
    "\n  mutation FixtureCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      __typename\n      ... on CreateClientPayload { client { id name } }\n      ... on Error { message }\n    }\n  }\n": types.FixtureCreateClientDocument,
    "\n  mutation FixtureCreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) {\n      __typename\n      ... on CreateMatterPayload { matter { id number title } }\n      ... on Error { message }\n    }\n  }\n": types.FixtureCreateMatterDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginTest($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload { token user { email role } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation LoginTest($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload { token user { email role } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeTest { me { email role firm { name } } }\n"): (typeof documents)["\n  query MeTest { me { email role firm { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterFirmTest($input: RegisterFirmInput!) {\n    registerFirm(input: $input) {\n      __typename\n      ... on RegisterFirmPayload { token user { email role firm { name } } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterFirmTest($input: RegisterFirmInput!) {\n    registerFirm(input: $input) {\n      __typename\n      ... on RegisterFirmPayload { token user { email role firm { name } } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureRegisterFirm($input: RegisterFirmInput!) {\n    registerFirm(input: $input) {\n      __typename\n      ... on RegisterFirmPayload { token user { id firm { id } } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation FixtureRegisterFirm($input: RegisterFirmInput!) {\n    registerFirm(input: $input) {\n      __typename\n      ... on RegisterFirmPayload { token user { id firm { id } } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on CreateUserPayload { user { id } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation FixtureCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on CreateUserPayload { user { id } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload { token }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation FixtureLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload { token }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      __typename\n      ... on CreateClientPayload { client { id name } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation FixtureCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      __typename\n      ... on CreateClientPayload { client { id name } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureCreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) {\n      __typename\n      ... on CreateMatterPayload { matter { id number title } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation FixtureCreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) {\n      __typename\n      ... on CreateMatterPayload { matter { id number title } }\n      ... on Error { message }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;