/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A new matter. */
export type CreateMatterInput = {
  /** The client the matter is for. */
  clientId: string | number;
  /** Longer description. */
  description?: string | null | undefined;
  /** Matter number; defaults to the firm's next "<year>-<sequence>". */
  number?: string | null | undefined;
  /** Opening date; defaults to now. */
  openedAt?: string | null | undefined;
  /** Practice area. */
  practiceArea?: string | null | undefined;
  /** An attorney or admin of the firm. */
  responsibleAttorneyId?: string | number | null | undefined;
  /** OPEN (default) or PENDING. */
  status?: MatterStatus | null | undefined;
  /** Short title. */
  title: string;
};

/** Where a matter stands. */
export type MatterStatus =
  /** Finished; reopen it to work on it again. */
  | 'CLOSED'
  /** Being worked on. */
  | 'OPEN'
  /** Opened but waiting (engagement letter, conflict clearance, client). */
  | 'PENDING';

/** What a user may do in their firm. */
export type Role =
  /** Manages users and settings; sees every matter. */
  | 'ADMIN'
  /** Works on matters; may close them and manage their teams. */
  | 'ATTORNEY'
  /** Works with clients and billing. */
  | 'BILLING'
  /** Works on matters they are assigned to. */
  | 'PARALEGAL'
  /** Reads what their matters allow; changes nothing but their own password. */
  | 'READ_ONLY';

/** Matter fields to change; omitted fields keep their values. */
export type UpdateMatterInput = {
  /** Longer description; null clears it. */
  description?: string | null | undefined;
  /** The matter to change. */
  id: string | number;
  /** Matter number; must stay unique in the firm. */
  number?: string | null | undefined;
  /** Opening date. */
  openedAt?: string | null | undefined;
  /** Practice area; null clears it. */
  practiceArea?: string | null | undefined;
  /** An attorney or admin of the firm; null clears it. */
  responsibleAttorneyId?: string | number | null | undefined;
  /** OPEN or PENDING; use closeMatter to close. */
  status?: MatterStatus | null | undefined;
  /** Short title. */
  title?: string | null | undefined;
};

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { id: string, name: string, role: Role, firm: { name: string } } | null };

export type OpenMattersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type OpenMattersQuery = { matters: { edges: Array<{ node: { id: string, number: string, title: string, client: { name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OpenMatterMutationVariables = Exact<{
  input: CreateMatterInput;
}>;


export type OpenMatterMutation = { createMatter:
    | { __typename: 'ConflictError' }
    | { __typename: 'CreateMatterPayload', matter: { id: string, number: string, title: string } }
    | { __typename: 'NotFoundError' }
    | { __typename: 'ValidationError', issues: Array<{ path: Array<string>, message: string }> }
   };

export type MatterChangedSubscriptionVariables = Exact<{
  matterId: string | number;
}>;


export type MatterChangedSubscription = { matterUpdated: { id: string, title: string, status: MatterStatus } };

export type BudgetQueryVariables = Exact<{ [key: string]: never; }>;


export type BudgetQuery = { rateLimit: { limit: number, cost: number, remaining: number, resetAt: string } | null };

export type RenameMatterMutationVariables = Exact<{
  input: UpdateMatterInput;
}>;


export type RenameMatterMutation = { updateMatter:
    | { __typename: 'ConflictError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UpdateMatterPayload', matter: { id: string, title: string } }
    | { __typename: 'ValidationError' }
   };


export const ViewerDocument = {"__meta__":{"hash":"sha256:9b6084175f5b574c8d266bb17aaf7885e972075537b1f836ebbdff8ff2b9ebea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const OpenMattersDocument = {"__meta__":{"hash":"sha256:ad73c2dc64919ee61b26e155a08b798c119db42b7abb569930c307b49356db48"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenMatters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<OpenMattersQuery, OpenMattersQueryVariables>;
export const OpenMatterDocument = {"__meta__":{"hash":"sha256:3dc2ee3f9f4a2ec9373b31b5c92f5b8f3fdaa1f4c627f124159ca0b269d9b646"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMatterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMatterPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenMatterMutation, OpenMatterMutationVariables>;
export const MatterChangedDocument = {"__meta__":{"hash":"sha256:f350133ec4f4d09a1219c5001f78fec955253416aa700beab8db1c3504e20ba4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MatterChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"matterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matterUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"matterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"matterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MatterChangedSubscription, MatterChangedSubscriptionVariables>;
export const BudgetDocument = {"__meta__":{"hash":"sha256:9155b08eac90bb43d738ed94080ed3fe49b4f6981313a1943635e2f170fcc3b2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"resetAt"}}]}}]}}]} as unknown as DocumentNode<BudgetQuery, BudgetQueryVariables>;
export const RenameMatterDocument = {"__meta__":{"hash":"sha256:5cb73e198e821948ad8a7e2c3748bff6e41b0cf4bc93d65202ad48fd3ecd27a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMatterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMatterPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RenameMatterMutation, RenameMatterMutationVariables>;