import { graphql } from '../gql/index.ts';
import { expectType } from '../support/fixtures.ts';
import type { TestServer } from '../support/server.ts';

const CreateEndpoint = graphql(`
  mutation WebhookSupportCreate($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      __typename
      ... on CreateWebhookEndpointPayload { secret endpoint { id url eventTypes active } }
      ... on ValidationError { message issues { path message } }
      ... on Error { message }
    }
  }
`);

/** Creates an endpoint as `token` and returns its id and secret; fails the test on any error. */
export async function createEndpoint(api: TestServer, token: string, url: string, eventTypes?: string[]) {
  const result = await api.gql(CreateEndpoint, { input: { url, eventTypes, description: 'test receiver' } }, { token });
  const payload = expectType(result.data?.createWebhookEndpoint, 'CreateWebhookEndpointPayload');
  return { id: payload.endpoint.id, secret: payload.secret };
}

export { CreateEndpoint };
