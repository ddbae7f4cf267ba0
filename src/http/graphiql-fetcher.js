// GraphiQL's fetcher, run in the browser beside graphql-ws's UMD build (the global `graphqlWs`).
// Queries and mutations go over HTTP with the headers editor's headers; subscriptions go over
// graphql-ws on the same URL with the headers' Authorization in `connection_init`, and a socket
// that fails or closes shows why instead of a bare event object.
(() => {
  const endpoint = new URL('/graphql', location.href).href;
  const socketUrl = endpoint.replace(/^http/, 'ws');

  const authorizationOf = (headers) => {
    for (const [name, value] of Object.entries(headers ?? {})) if (name.toLowerCase() === 'authorization') return String(value);
    return undefined;
  };

  // One socket per Authorization value: a changed token in the editor opens a fresh connection.
  let socket = null;
  let socketAuthorization;
  const socketFor = (authorization) => {
    if (socket && socketAuthorization === authorization) return socket;
    socket?.dispose();
    socketAuthorization = authorization;
    socket = graphqlWs.createClient({
      url: socketUrl,
      connectionParams: authorization ? { authorization } : {},
      // The server's close reasons (a missing or ended session, limits) are final for this token.
      retryAttempts: 0,
    });
    return socket;
  };

  const describe = (failure) => {
    if (failure && typeof failure === 'object' && 'code' in failure && 'reason' in failure) {
      // 1006: the socket never opened or dropped without a close frame (server down, proxy, network).
      if (failure.code === 1006)
        return `Lost or could not open the live connection to ${socketUrl} (1006): is the server running and reachable?`;
      const reason = failure.reason || 'no reason given';
      return `The live connection to ${socketUrl} closed (${failure.code}): ${reason}`;
    }
    if (failure instanceof Error) return failure.message;
    if (Array.isArray(failure)) return failure.map((error) => error.message).join('; ');
    return `Could not open a live connection to ${socketUrl}: is the server running and reachable?`;
  };

  const isSubscription = (documentAST, operationName) => {
    const operations = (documentAST?.definitions ?? []).filter((d) => d.kind === 'OperationDefinition');
    const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
    return operation?.operation === 'subscription';
  };

  async function* subscribe(params, authorization) {
    const events = socketFor(authorization).iterate(params);
    try {
      for await (const result of events) yield result;
    } catch (failure) {
      yield { errors: [{ message: describe(failure) }] };
    }
  }

  window.lexgraphFetcher = (params, options) => {
    const headers = options?.headers ?? {};
    if (isSubscription(options?.documentAST, params.operationName)) return subscribe(params, authorizationOf(headers));
    return fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
      body: JSON.stringify(params),
    }).then(
      (response) => response.json(),
      (error) => ({ errors: [{ message: `Could not reach ${endpoint}: ${error.message}` }] }),
    );
  };
})();
