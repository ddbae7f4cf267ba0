import { globalId } from '../support/ids.ts';

type Viewer = 'admin' | 'attorney' | 'paralegal' | 'readOnly' | 'outsider' | 'anonymous' | 'partner';

/** A read operation the SQL read path must answer exactly as the resolvers do. */
export interface Read {
  name: string;
  query: string;
  /** Variables from the fixture ids (global IDs of matters, clients, users). */
  variables?: (ids: Record<string, string>) => Record<string, unknown>;
  /** The viewers for whom the read path itself must answer, with one statement. */
  compiled?: Viewer[];
}

const SIGNED_IN: Viewer[] = ['admin', 'attorney', 'paralegal', 'readOnly', 'outsider'];

const MATTER_FIELDS = `id number title description status practiceArea openedAt closedAt createdAt updatedAt __typename`;

/**
 * The corpus: nesting several levels deep, aliases, fragments, variables, directives, every order
 * and filter of the root lists, node/nodes, nulls, foreign and missing ids, and reads the viewer's
 * role forbids (which the resolvers answer with the error).
 */
export const READS: Read[] = [
  { name: 'the signed-in user', query: '{ me { id } }', compiled: [...SIGNED_IN, 'anonymous'] },
  {
    name: 'the benchmark page of matters with client, attorney and team',
    query: `{ matters(first: 100, orderBy: { field: OPENED_AT, direction: DESC }) { edges { node { id number title openedAt client { id name } responsibleAttorney { id name email } members(first: 10) { edges { node { user { id name } } } } } } pageInfo { hasNextPage endCursor } } }`,
    compiled: SIGNED_IN,
  },
  {
    name: 'a flat page of matters',
    query: `{ matters(first: 100, orderBy: { field: OPENED_AT, direction: DESC }) { edges { node { id number title } } } }`,
    compiled: SIGNED_IN,
  },
  {
    name: 'every scalar of a matter, with aliases, fragments and typenames at every level',
    query: `query Deep { __typename list: matters(first: 3) { __typename totalCount pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor } edges { __typename cursor node { ...M also: title client { ...C } } } } }
      fragment M on Matter { ${MATTER_FIELDS} responsibleAttorney { id role active createdAt firm { id name openMatterAccess createdAt } } members { totalCount edges { node { id role joinedAt user { name } } } } }
      fragment C on Client { id kind name email phone address notes createdAt updatedAt matters(first: 2) { totalCount edges { node { number } } pageInfo { hasNextPage } } }`,
    compiled: SIGNED_IN,
  },
  ...(['OPENED_AT', 'NUMBER', 'TITLE', 'UPDATED_AT'] as const).flatMap((field) =>
    (['ASC', 'DESC'] as const).map((direction) => ({
      name: `matters by ${field} ${direction}`,
      query: `query($o: MatterOrder) { matters(first: 4, orderBy: $o) { totalCount edges { cursor node { title openedAt } } pageInfo { hasNextPage endCursor } } }`,
      variables: () => ({ o: { field, direction } }),
      compiled: SIGNED_IN,
    })),
  ),
  {
    name: 'matters filtered by status, client and search',
    query: `query($c: ID, $s: String) { open: matters(filter: { status: OPEN }) { totalCount } ofClient: matters(filter: { clientId: $c }) { totalCount edges { node { title } } } found: matters(filter: { search: $s }) { edges { node { title } } } none: matters(filter: { search: "no such words" }) { totalCount edges { node { id } } } }`,
    variables: (ids) => ({ c: ids.acme, s: 'ALPHA' }),
    compiled: SIGNED_IN,
  },
  {
    name: 'matters of a foreign client',
    query: `query($c: ID) { matters(filter: { clientId: $c }) { totalCount edges { node { title } } } }`,
    variables: (ids) => ({ c: ids.foreignClient }),
    compiled: SIGNED_IN,
  },
  ...(['NAME', 'CREATED_AT', 'UPDATED_AT'] as const).map((field) => ({
    name: `clients by ${field}, with kind filter and search`,
    query: `query($o: ClientOrder) { clients(orderBy: $o) { totalCount edges { node { name kind } } } orgs: clients(filter: { kind: ORGANIZATION, search: "acme" }) { totalCount edges { node { name } } } }`,
    variables: () => ({ o: { field, direction: 'DESC' } }),
    compiled: SIGNED_IN,
  })),
  {
    name: "the firm's users",
    query: '{ users(first: 3) { totalCount edges { node { id name email role active firm { name } } } pageInfo { hasNextPage } } }',
    compiled: SIGNED_IN,
  },
  {
    name: 'node and nodes by global ID, including foreign, missing and hidden ones',
    query: `query($m: ID!, $h: ID!, $f: ID!, $c: ID!, $u: ID!, $missing: ID!) {
      matter: node(id: $m) { __typename id ... on Matter { title client { name } } }
      hidden: node(id: $h) { id ... on Matter { title } }
      foreign: node(id: $f) { id }
      client: node(id: $c) { ... on Client { name matters { totalCount } } }
      user: node(id: $u) { __typename ... on User { name } }
      missing: node(id: $missing) { id }
      many: nodes(ids: [$m, $c, $u, $f, $h, $missing, $m]) { __typename id ... on Matter { number } ... on Client { name } ... on User { email } }
    }`,
    variables: (ids) => ({
      m: ids.matter0,
      h: ids.hidden,
      f: ids.foreignMatter,
      c: ids.acme,
      u: ids.attorney,
      missing: globalId('Matter', '00000000-0000-7000-8000-000000000000'),
    }),
    compiled: SIGNED_IN,
  },
  {
    name: 'include and skip directives driven by variables',
    query: `query($with: Boolean!, $without: Boolean!) { matters(first: 2) { edges { node { title number @include(if: $with) client @skip(if: $without) { name } } } } }`,
    variables: () => ({ with: false, without: true }),
    compiled: SIGNED_IN,
  },
  {
    name: 'the audit trail, which only admins may read',
    query: '{ auditEvents(first: 5) { totalCount edges { node { action entityType before after requestId occurredAt actor { name } } } } }',
    compiled: ['admin'],
  },
  {
    name: 'webhook endpoints and deliveries, which only admins may read',
    query:
      '{ webhookEndpoints { edges { node { id url eventTypes active } } } webhookDeliveries(first: 3) { totalCount edges { node { eventType status } } } }',
    compiled: ['admin'],
  },
  {
    name: 'API keys, which only admins may read (and no key)',
    query:
      '{ apiKeys(first: 5) { edges { node { id name scopes prefix trustedDocumentsOnly expiresAt revokedAt createdAt createdBy { name } } } } }',
    compiled: ['admin'],
  },
  {
    name: 'notifications and files',
    query: '{ notifications(first: 5) { totalCount edges { node { title readAt } } } files { edges { node { name size } } } }',
    compiled: SIGNED_IN,
  },
  { name: 'a field with its own resolver, left to the resolvers', query: '{ notifications { edges { node { entityId } } } }' },
  {
    name: 'a matter team past its first page',
    query:
      '{ matters(first: 1) { edges { node { members(first: 1) { edges { cursor node { role } } pageInfo { hasNextPage hasPreviousPage } } } } } }',
    compiled: SIGNED_IN,
  },
  {
    name: 'calendar events with every scalar, their matter and attendees, in each order and filter',
    query: `query($m: ID, $a: ID) { all: calendarEvents(first: 10) { totalCount edges { cursor node { id kind status title description location startsAt endsAt allDay timeZone reminderMinutes triggerDate deadlineDays deadlineRule sequence cancelledAt createdAt updatedAt matter { number } attendees(first: 5) { totalCount edges { node { addedAt user { name } } } } } } pageInfo { hasNextPage endCursor } } late: calendarEvents(orderBy: { field: STARTS_AT, direction: DESC }, from: "2027-03-02T16:00:00Z", to: "2027-04-01T00:00:00Z") { edges { node { title } } } changed: calendarEvents(orderBy: { field: UPDATED_AT, direction: ASC }, includeCancelled: true) { edges { node { title } } } ofMatter: calendarEvents(matterId: $m) { totalCount } attending: calendarEvents(attendeeId: $a) { edges { node { title } } } }`,
    variables: (ids) => ({ m: ids.matter0, a: ids.attorney }),
    compiled: SIGNED_IN,
  },
  {
    name: 'the firm holidays',
    query: `{ firmHolidays(first: 5) { totalCount edges { node { id date name createdAt } } } between: firmHolidays(from: "2027-01-01", to: "2027-03-03") { totalCount } }`,
    compiled: SIGNED_IN,
  },
  {
    name: "a matter's documents with versions and uploader, deleted ones left out",
    query: `{ matters(first: 10) { edges { node { title documents(first: 5) { totalCount edges { node { id title category privileged createdAt currentVersion { number fileName mimeType size sha256 uploadedBy { name } } versions(first: 2) { totalCount edges { node { number } } } matter { number } } } pageInfo { hasNextPage } } } } } }`,
    compiled: SIGNED_IN,
  },
  {
    name: 'documents by global ID: visible, on a hidden matter, deleted',
    query: `query($d: ID!, $h: ID!, $x: ID!) { doc: node(id: $d) { __typename id ... on Document { title } } hidden: node(id: $h) { id } deleted: node(id: $x) { id } }`,
    variables: (ids) => ({ d: ids.document, h: ids.hiddenDocument, x: ids.deletedDocument }),
    compiled: SIGNED_IN,
  },
  {
    name: 'download paths, which have resolvers of their own',
    query: '{ matters(first: 3) { edges { node { documents { edges { node { currentVersion { downloadPath } } } } } } } }',
  },
  {
    name: 'billing lists through their visibility (time, expenses, invoices, payments, rates, trust)',
    query: `{ timeEntries(first: 5) { totalCount edges { node { id date minutes billedMinutes narrative status billable taskCode matter { id } timekeeper { id } } } }
      expenses(first: 5) { totalCount edges { node { id expenseCode status } } } invoices(first: 5) { totalCount edges { node { id number status periodEnd matter { id } client { id } } } }
      payments(first: 5) { totalCount edges { node { id method receivedOn } } } rates(first: 5) { totalCount edges { node { id effectiveFrom } } }
      trustAccounts(first: 5) { totalCount edges { node { id name bankName } } } trustLedger(first: 5) { totalCount edges { node { id kind occurredOn } } } }`,
    compiled: SIGNED_IN,
  },
  {
    name: 'calendar events by global ID: own, on a hidden matter, and of another firm',
    query: `query($a: ID!, $h: ID!, $f: ID!) { own: node(id: $a) { id ... on CalendarEvent { title matter { number } } } hidden: node(id: $h) { id } foreign: node(id: $f) { id } all: nodes(ids: [$a, $h, $f]) { __typename id ... on CalendarEvent { kind } } }`,
    variables: (ids) => ({ a: ids.calendarEvent0, h: ids.calendarEvent2, f: ids.calendarEvent3 }),
    compiled: SIGNED_IN,
  },
];
