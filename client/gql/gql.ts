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
    "query Viewer {\n  me {\n    id\n    name\n    role\n    firm {\n      name\n    }\n  }\n}\n\nquery OpenMatters($first: Int!, $after: String) {\n  matters(first: $first, after: $after, filter: {status: OPEN}) {\n    edges {\n      node {\n        id\n        number\n        title\n        client {\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nmutation OpenMatter($input: CreateMatterInput!) {\n  createMatter(input: $input) {\n    __typename\n    ... on CreateMatterPayload {\n      matter {\n        id\n        number\n        title\n      }\n    }\n    ... on ValidationError {\n      issues {\n        path\n        message\n      }\n    }\n  }\n}\n\nsubscription MatterChanged($matterId: ID!) {\n  matterUpdated(matterId: $matterId) {\n    id\n    title\n    status\n  }\n}\n\nquery Budget {\n  rateLimit {\n    limit\n    cost\n    remaining\n    resetAt\n  }\n}\n\nmutation RenameMatter($input: UpdateMatterInput!) {\n  updateMatter(input: $input) {\n    __typename\n    ... on UpdateMatterPayload {\n      matter {\n        id\n        title\n      }\n    }\n  }\n}": typeof types.ViewerDocument,
};
const documents: Documents = {
    "query Viewer {\n  me {\n    id\n    name\n    role\n    firm {\n      name\n    }\n  }\n}\n\nquery OpenMatters($first: Int!, $after: String) {\n  matters(first: $first, after: $after, filter: {status: OPEN}) {\n    edges {\n      node {\n        id\n        number\n        title\n        client {\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nmutation OpenMatter($input: CreateMatterInput!) {\n  createMatter(input: $input) {\n    __typename\n    ... on CreateMatterPayload {\n      matter {\n        id\n        number\n        title\n      }\n    }\n    ... on ValidationError {\n      issues {\n        path\n        message\n      }\n    }\n  }\n}\n\nsubscription MatterChanged($matterId: ID!) {\n  matterUpdated(matterId: $matterId) {\n    id\n    title\n    status\n  }\n}\n\nquery Budget {\n  rateLimit {\n    limit\n    cost\n    remaining\n    resetAt\n  }\n}\n\nmutation RenameMatter($input: UpdateMatterInput!) {\n  updateMatter(input: $input) {\n    __typename\n    ... on UpdateMatterPayload {\n      matter {\n        id\n        title\n      }\n    }\n  }\n}": types.ViewerDocument,
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
export function graphql(source: "query Viewer {\n  me {\n    id\n    name\n    role\n    firm {\n      name\n    }\n  }\n}\n\nquery OpenMatters($first: Int!, $after: String) {\n  matters(first: $first, after: $after, filter: {status: OPEN}) {\n    edges {\n      node {\n        id\n        number\n        title\n        client {\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nmutation OpenMatter($input: CreateMatterInput!) {\n  createMatter(input: $input) {\n    __typename\n    ... on CreateMatterPayload {\n      matter {\n        id\n        number\n        title\n      }\n    }\n    ... on ValidationError {\n      issues {\n        path\n        message\n      }\n    }\n  }\n}\n\nsubscription MatterChanged($matterId: ID!) {\n  matterUpdated(matterId: $matterId) {\n    id\n    title\n    status\n  }\n}\n\nquery Budget {\n  rateLimit {\n    limit\n    cost\n    remaining\n    resetAt\n  }\n}\n\nmutation RenameMatter($input: UpdateMatterInput!) {\n  updateMatter(input: $input) {\n    __typename\n    ... on UpdateMatterPayload {\n      matter {\n        id\n        title\n      }\n    }\n  }\n}"): (typeof documents)["query Viewer {\n  me {\n    id\n    name\n    role\n    firm {\n      name\n    }\n  }\n}\n\nquery OpenMatters($first: Int!, $after: String) {\n  matters(first: $first, after: $after, filter: {status: OPEN}) {\n    edges {\n      node {\n        id\n        number\n        title\n        client {\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nmutation OpenMatter($input: CreateMatterInput!) {\n  createMatter(input: $input) {\n    __typename\n    ... on CreateMatterPayload {\n      matter {\n        id\n        number\n        title\n      }\n    }\n    ... on ValidationError {\n      issues {\n        path\n        message\n      }\n    }\n  }\n}\n\nsubscription MatterChanged($matterId: ID!) {\n  matterUpdated(matterId: $matterId) {\n    id\n    title\n    status\n  }\n}\n\nquery Budget {\n  rateLimit {\n    limit\n    cost\n    remaining\n    resetAt\n  }\n}\n\nmutation RenameMatter($input: UpdateMatterInput!) {\n  updateMatter(input: $input) {\n    __typename\n    ... on UpdateMatterPayload {\n      matter {\n        id\n        title\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;