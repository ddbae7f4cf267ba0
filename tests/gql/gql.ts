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
    "\n  mutation BadInputCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      __typename\n      ... on CreateClientPayload { client { id } }\n      ... on Error { message }\n    }\n  }\n": typeof types.BadInputCreateClientDocument,
    "\n  query BadInputNode($id: ID!) { node(id: $id) { __typename id } }\n": typeof types.BadInputNodeDocument,
    "\n  mutation BadInputUpdateMatter($input: UpdateMatterInput!) {\n    updateMatter(input: $input) {\n      __typename\n      ... on UpdateMatterPayload { matter { title } }\n      ... on Error { message }\n    }\n  }\n": typeof types.BadInputUpdateMatterDocument,
    "\n  query BadInputMe { me { name } }\n": typeof types.BadInputMeDocument,
    "\n  query AuditTrailEntities {\n    auditEvents(first: 50) {\n      edges {\n        node {\n          action\n          entityType\n          entity {\n            __typename\n            id\n            ... on Matter { title }\n            ... on Client { name }\n            ... on User { email }\n            ... on Firm { name }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditTrailEntitiesDocument,
    "\n  query AuditTrailFor($entityId: ID!) {\n    auditEvents(first: 10, filter: { entityId: $entityId }) {\n      totalCount\n      edges { node { action entityType entityId actor { id } before after requestId occurredAt } }\n    }\n  }\n": typeof types.AuditTrailForDocument,
    "\n  query AuditTrailAll { auditEvents(first: 100) { totalCount edges { node { action before after } } } }\n": typeof types.AuditTrailAllDocument,
    "\n  mutation AuditCloseMatter($input: CloseMatterInput!) {\n    closeMatter(input: $input) {\n      __typename\n      ... on CloseMatterPayload { matter { id closedAt } }\n      ... on Error { message }\n    }\n  }\n": typeof types.AuditCloseMatterDocument,
    "\n  mutation AuditUpdateMatter($input: UpdateMatterInput!) {\n    updateMatter(input: $input) {\n      __typename\n      ... on UpdateMatterPayload { matter { id title } }\n      ... on Error { message }\n    }\n  }\n": typeof types.AuditUpdateMatterDocument,
    "\n  mutation AuditCreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) {\n      __typename\n      ... on CreateMatterPayload { matter { id number } }\n      ... on Error { message }\n    }\n  }\n": typeof types.AuditCreateMatterDocument,
    "\n  mutation LoginTest($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload { token user { email role } }\n      ... on Error { message }\n    }\n  }\n": typeof types.LoginTestDocument,
    "\n  query MeTest { me { email role firm { name } } }\n": typeof types.MeTestDocument,
    "\n  mutation RegisterFirmTest($input: RegisterFirmInput!) {\n    registerFirm(input: $input) {\n      __typename\n      ... on RegisterFirmPayload { token user { email role firm { name } } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.RegisterFirmTestDocument,
    "\n  query RolesMe { me { id role } }\n": typeof types.RolesMeDocument,
    "\n  mutation RolesUpdateFirm($input: UpdateFirmInput!) {\n    updateFirm(input: $input) {\n      __typename\n      ... on UpdateFirmPayload { firm { id name openMatterAccess } }\n      ... on Error { message }\n    }\n  }\n": typeof types.RolesUpdateFirmDocument,
    "\n  mutation RolesCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on CreateUserPayload { user { id role } }\n      ... on Error { message }\n    }\n  }\n": typeof types.RolesCreateUserDocument,
    "\n  query RolesAuditTrail { auditEvents(first: 5) { totalCount } }\n": typeof types.RolesAuditTrailDocument,
    "\n  mutation RolesChangeRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      __typename\n      ... on ChangeUserRolePayload { user { id role } }\n      ... on Error { message }\n    }\n  }\n": typeof types.RolesChangeRoleDocument,
    "\n  mutation RolesChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      __typename\n      ... on ChangePasswordPayload { user { id } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.RolesChangePasswordDocument,
    "\n  mutation RolesCloseMatter($input: CloseMatterInput!) {\n    closeMatter(input: $input) {\n      __typename\n      ... on CloseMatterPayload { matter { id status } }\n      ... on Error { message }\n    }\n  }\n": typeof types.RolesCloseMatterDocument,
    "\n  mutation RolesAddMember($input: AddMatterMemberInput!) {\n    addMatterMember(input: $input) {\n      __typename\n      ... on AddMatterMemberPayload { matter { id } }\n      ... on Error { message }\n    }\n  }\n": typeof types.RolesAddMemberDocument,
    "\n  mutation RolesCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      __typename\n      ... on CreateClientPayload { client { id } }\n      ... on Error { message }\n    }\n  }\n": typeof types.RolesCreateClientDocument,
    "\n  mutation RolesLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload { token user { id } }\n      ... on Error { message }\n    }\n  }\n": typeof types.RolesLoginDocument,
    "\n  mutation FeedCreateCalendarEvent($input: CreateCalendarEventInput!) {\n    createCalendarEvent(input: $input) {\n      __typename\n      ... on CreateCalendarEventPayload { calendarEvent { id sequence } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.FeedCreateCalendarEventDocument,
    "\n  mutation FeedUpdateCalendarEvent($input: UpdateCalendarEventInput!) {\n    updateCalendarEvent(input: $input) {\n      __typename\n      ... on UpdateCalendarEventPayload { calendarEvent { id sequence } }\n      ... on Error { message }\n    }\n  }\n": typeof types.FeedUpdateCalendarEventDocument,
    "\n  mutation FeedCancelCalendarEvent($input: CancelCalendarEventInput!) {\n    cancelCalendarEvent(input: $input) {\n      __typename\n      ... on Error { message }\n    }\n  }\n": typeof types.FeedCancelCalendarEventDocument,
    "\n  mutation FeedRotateCalendarToken {\n    rotateCalendarToken {\n      __typename\n      ... on RotateCalendarTokenPayload { url token }\n      ... on Error { message }\n    }\n  }\n": typeof types.FeedRotateCalendarTokenDocument,
    "\n  mutation FeedAddMatterMember($input: AddMatterMemberInput!) {\n    addMatterMember(input: $input) {\n      __typename\n      ... on Error { message }\n    }\n  }\n": typeof types.FeedAddMatterMemberDocument,
    "\n  query CalendarComputeDeadline($triggerDate: String!, $days: Int!, $rule: DeadlineRule!) {\n    computeDeadline(triggerDate: $triggerDate, days: $days, rule: $rule) {\n      __typename\n      ... on DeadlineComputation { dueDate skippedDates rolled }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": typeof types.CalendarComputeDeadlineDocument,
    "\n  mutation CalendarAddFirmHoliday($input: AddFirmHolidayInput!) {\n    addFirmHoliday(input: $input) {\n      __typename\n      ... on AddFirmHolidayPayload { firmHoliday { id date name } }\n      ... on Error { message }\n    }\n  }\n": typeof types.CalendarAddFirmHolidayDocument,
    "\n  mutation CalendarCreateEvent($input: CreateCalendarEventInput!) {\n    createCalendarEvent(input: $input) {\n      __typename\n      ... on CreateCalendarEventPayload { calendarEvent { id allDay startsAt attendees { totalCount } } }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity }\n    }\n  }\n": typeof types.CalendarCreateEventDocument,
    "\n  mutation CalendarCreateDeadline($input: CreateDeadlineInput!) {\n    createDeadline(input: $input) {\n      __typename\n      ... on CreateDeadlinePayload { calendarEvent { kind startsAt deadlineRule } computation { dueDate rolled } }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": typeof types.CalendarCreateDeadlineDocument,
    "\n  mutation LiveCreateCalendarEvent($input: CreateCalendarEventInput!) {\n    createCalendarEvent(input: $input) {\n      __typename\n      ... on CreateCalendarEventPayload { calendarEvent { id } }\n    }\n  }\n": typeof types.LiveCreateCalendarEventDocument,
    "\n  mutation LiveCancelCalendarEvent($input: CancelCalendarEventInput!) {\n    cancelCalendarEvent(input: $input) { __typename }\n  }\n": typeof types.LiveCancelCalendarEventDocument,
    "\n  query ConflictCheck($names: [String!]!) {\n    conflictCheck(names: $names) {\n      name\n      hits { score matchedName matchedOn name role restricted client { id } party { id } matters { id } }\n    }\n  }\n": typeof types.ConflictCheckDocument,
    "\n  mutation ConflictAddParty($input: AddPartyInput!) {\n    addParty(input: $input) {\n      __typename\n      ... on AddPartyPayload { party { id name aliases } conflicts { name hits { name matchedName score } } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.ConflictAddPartyDocument,
    "\n  mutation ConflictCreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) {\n      __typename\n      ... on CreateMatterPayload { matter { id } conflicts { name hits { name role matchedOn matters { id } } } }\n    }\n  }\n": typeof types.ConflictCreateMatterDocument,
    "\n  mutation ConflictRenameClient($input: UpdateClientInput!) {\n    updateClient(input: $input) { __typename ... on UpdateClientPayload { client { formerNames } } }\n  }\n": typeof types.ConflictRenameClientDocument,
    "\n  mutation DocketAdd($input: AddDocketEntryInput!) {\n    addDocketEntry(input: $input) {\n      __typename\n      ... on AddDocketEntryPayload { docketEntry { id number filedAt description filedBy } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.DocketAddDocument,
    "\n  query DocketOfMatter($id: ID!, $after: String) {\n    node(id: $id) { ... on Matter { docketEntries(first: 2, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { node { number description } } } } }\n  }\n": typeof types.DocketOfMatterDocument,
    "\n  mutation DocumentsCreate($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      __typename\n      ... on CreateDocumentPayload {\n        document { id title category privileged currentVersion { id number fileName mimeType size sha256 downloadPath } }\n      }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.DocumentsCreateDocument,
    "\n  mutation DocumentsAddVersion($input: AddDocumentVersionInput!) {\n    addDocumentVersion(input: $input) {\n      __typename\n      ... on AddDocumentVersionPayload { document { id currentVersion { number fileName } } }\n      ... on Error { message }\n    }\n  }\n": typeof types.DocumentsAddVersionDocument,
    "\n  mutation DocumentsDelete($input: DeleteDocumentInput!) {\n    deleteDocument(input: $input) {\n      __typename\n      ... on Error { message }\n    }\n  }\n": typeof types.DocumentsDeleteDocument,
    "\n  mutation DocumentsRestore($input: RestoreDocumentInput!) {\n    restoreDocument(input: $input) {\n      __typename\n      ... on RestoreDocumentPayload { document { id title } }\n      ... on Error { message }\n    }\n  }\n": typeof types.DocumentsRestoreDocument,
    "\n  query DocumentsOfMatter($id: ID!) {\n    node(id: $id) {\n      ... on Matter {\n        documents(first: 10) {\n          totalCount\n          edges { node { id title versions(first: 10) { edges { node { number uploadedBy { id } } } } } }\n        }\n      }\n    }\n  }\n": typeof types.DocumentsOfMatterDocument,
    "\n  mutation ExpiryCreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) { __typename }\n  }\n": typeof types.ExpiryCreateDocumentDocument,
    "\n  mutation ExtractionCreate($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      __typename\n      ... on CreateDocumentPayload { document { id } }\n    }\n  }\n": typeof types.ExtractionCreateDocument,
    "\n  mutation ExtractionAddVersion($input: AddDocumentVersionInput!) {\n    addDocumentVersion(input: $input) { __typename }\n  }\n": typeof types.ExtractionAddVersionDocument,
    "\n  mutation S3CreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      __typename\n      ... on CreateDocumentPayload { document { id currentVersion { downloadPath sha256 } } }\n    }\n  }\n": typeof types.S3CreateDocumentDocument,
    "\n  mutation LiveCreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      __typename\n      ... on CreateDocumentPayload { document { id } }\n    }\n  }\n": typeof types.LiveCreateDocumentDocument,
    "\n  mutation LiveDeleteDocument($input: DeleteDocumentInput!) {\n    deleteDocument(input: $input) { __typename }\n  }\n": typeof types.LiveDeleteDocumentDocument,
    "\n  mutation NumbersCreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) {\n      __typename\n      ... on CreateMatterPayload { matter { id number } }\n      ... on Error { message }\n    }\n  }\n": typeof types.NumbersCreateMatterDocument,
    "\n  query VisibilityMatters($clientId: ID!) {\n    matters(first: 100) { totalCount edges { node { id } } }\n    client: node(id: $clientId) { ... on Client { matters(first: 100) { totalCount edges { node { id } } } } }\n  }\n": typeof types.VisibilityMattersDocument,
    "\n  query VisibilityNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id }\n  }\n": typeof types.VisibilityNodesDocument,
    "\n  mutation VisibilityAddMember($input: AddMatterMemberInput!) {\n    addMatterMember(input: $input) {\n      __typename\n      ... on AddMatterMemberPayload { matter { id members(first: 10) { edges { node { id role user { id } } } } } }\n      ... on Error { message }\n    }\n  }\n": typeof types.VisibilityAddMemberDocument,
    "\n  mutation VisibilityRemoveMember($input: RemoveMatterMemberInput!) {\n    removeMatterMember(input: $input) {\n      __typename\n      ... on RemoveMatterMemberPayload { matter { id } }\n      ... on Error { message }\n    }\n  }\n": typeof types.VisibilityRemoveMemberDocument,
    "\n  mutation VisibilityUpdateFirm($input: UpdateFirmInput!) {\n    updateFirm(input: $input) {\n      __typename\n      ... on UpdateFirmPayload { firm { openMatterAccess } }\n      ... on Error { message }\n    }\n  }\n": typeof types.VisibilityUpdateFirmDocument,
    "\n  mutation VisibilityUpdateMatter($input: UpdateMatterInput!) {\n    updateMatter(input: $input) {\n      __typename\n      ... on UpdateMatterPayload { matter { id } }\n      ... on NotFoundError { message entity }\n      ... on Error { message }\n    }\n  }\n": typeof types.VisibilityUpdateMatterDocument,
    "\n  query VisibilityMatterTeam($id: ID!) {\n    node(id: $id) { ... on Matter { members(first: 10) { edges { node { id role user { id } } } } } }\n  }\n": typeof types.VisibilityMatterTeamDocument,
    "\n  query NPlusOneMatters($first: Int!) {\n    matters(first: $first, orderBy: { field: NUMBER, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          number\n          client { name }\n          responsibleAttorney { name }\n          members(first: 10) { totalCount edges { node { role user { name email } } } }\n        }\n      }\n    }\n  }\n": typeof types.NPlusOneMattersDocument,
    "\n  mutation TasksCreate($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload { task { id title status priority dueDate assignee { id } } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.TasksCreateDocument,
    "\n  mutation TasksUpdate($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      __typename\n      ... on UpdateTaskPayload { task { id status completedAt } }\n      ... on Error { message }\n    }\n  }\n": typeof types.TasksUpdateDocument,
    "\n  query TasksMine($status: TaskStatus) { myTasks(first: 10, status: $status) { totalCount edges { node { title status } } } }\n": typeof types.TasksMineDocument,
    "\n  mutation NotesCreate($input: CreateNoteInput!) {\n    createNote(input: $input) {\n      __typename\n      ... on CreateNotePayload { note { id body pinned author { id } } }\n      ... on Error { message }\n    }\n  }\n": typeof types.NotesCreateDocument,
    "\n  mutation NotesUpdate($input: UpdateNoteInput!) {\n    updateNote(input: $input) {\n      __typename\n      ... on UpdateNotePayload { note { body pinned } }\n      ... on Error { message }\n    }\n  }\n": typeof types.NotesUpdateDocument,
    "\n  query NotesOfMatter($id: ID!) { node(id: $id) { ... on Matter { notes(first: 10) { edges { node { body pinned } } } } } }\n": typeof types.NotesOfMatterDocument,
    "\n  query PaginationMatterMembers($first: Int, $last: Int) {\n    matters(first: 1) { edges { node { members(first: $first, last: $last) { totalCount } } } }\n  }\n": typeof types.PaginationMatterMembersDocument,
    "\n  query PaginationMatters($first: Int, $after: String, $last: Int, $before: String, $orderBy: MatterOrder, $filter: MatterFilter) {\n    matters(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, filter: $filter) {\n      totalCount\n      edges { cursor node { id } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.PaginationMattersDocument,
    "\n  query PaginationClients($first: Int, $after: String, $last: Int, $before: String, $orderBy: ClientOrder) {\n    clients(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n      totalCount\n      edges { cursor node { id } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.PaginationClientsDocument,
    "\n  mutation PartiesAdd($input: AddPartyInput!) {\n    addParty(input: $input) {\n      __typename\n      ... on AddPartyPayload { party { id name role aliases representedBy { id } matter { id } } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.PartiesAddDocument,
    "\n  mutation PartiesUpdate($input: UpdatePartyInput!) {\n    updateParty(input: $input) {\n      __typename\n      ... on UpdatePartyPayload { party { id name aliases email representedBy { id } } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.PartiesUpdateDocument,
    "\n  mutation PartiesRemove($input: RemovePartyInput!) {\n    removeParty(input: $input) {\n      __typename\n      ... on RemovePartyPayload { removedPartyId matter { parties(first: 10) { totalCount } } }\n      ... on Error { message }\n    }\n  }\n": typeof types.PartiesRemoveDocument,
    "\n  query PartiesOfMatter($id: ID!) {\n    node(id: $id) { ... on Matter { parties(first: 10) { totalCount edges { node { name role } } } } }\n  }\n": typeof types.PartiesOfMatterDocument,
    "\n  query SearchRecords($query: String!, $types: [SearchType!], $first: Int, $after: String) {\n    search(query: $query, types: $types, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { type rank snippet node { id __typename } } }\n    }\n  }\n": typeof types.SearchRecordsDocument,
    "\n  mutation SearchAddNote($input: CreateNoteInput!) { createNote(input: $input) { __typename } }\n": typeof types.SearchAddNoteDocument,
    "\n  mutation SearchAddParty($input: AddPartyInput!) { addParty(input: $input) { __typename } }\n": typeof types.SearchAddPartyDocument,
    "\n  mutation SearchAddMember($input: AddMatterMemberInput!) { addMatterMember(input: $input) { __typename } }\n": typeof types.SearchAddMemberDocument,
    "\n  mutation SearchAddDocket($input: AddDocketEntryInput!) { addDocketEntry(input: $input) { __typename } }\n": typeof types.SearchAddDocketDocument,
    "\n  query PaginationUsers($first: Int, $after: String, $last: Int, $before: String) {\n    users(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges { cursor node { id } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.PaginationUsersDocument,
    "\n  query PaginationAudit($first: Int, $after: String, $last: Int, $before: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCount\n      edges { cursor node { id } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.PaginationAuditDocument,
    "\n  mutation ValidationCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      __typename\n      ... on CreateClientPayload { client { id } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.ValidationCreateClientDocument,
    "\n  mutation ValidationUpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      __typename\n      ... on UpdateClientPayload { client { id name email } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.ValidationUpdateClientDocument,
    "\n  mutation ValidationCreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) {\n      __typename\n      ... on CreateMatterPayload { matter { id number } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.ValidationCreateMatterDocument,
    "\n  mutation ValidationUpdateMatter($input: UpdateMatterInput!) {\n    updateMatter(input: $input) {\n      __typename\n      ... on UpdateMatterPayload { matter { id number } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.ValidationUpdateMatterDocument,
    "\n  mutation EmailInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      __typename\n      ... on InviteUserPayload { user { id email role } }\n      ... on Error { message }\n    }\n  }\n": typeof types.EmailInviteUserDocument,
    "\n  mutation EmailRequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) { __typename ... on RequestPasswordResetPayload { accepted } }\n  }\n": typeof types.EmailRequestResetDocument,
    "\n  mutation EmailResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on ResetPasswordPayload { email }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": typeof types.EmailResetPasswordDocument,
    "\n  mutation EmailLogin($input: LoginInput!) { login(input: $input) { __typename } }\n": typeof types.EmailLoginDocument,
    "\n  mutation PageInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { __typename }\n  }\n": typeof types.PageInviteUserDocument,
    "\n  mutation PageLogin($input: LoginInput!) { login(input: $input) { __typename } }\n": typeof types.PageLoginDocument,
    "\n  query EventFeed($after: String, $first: Int, $types: [String!]) {\n    events(after: $after, first: $first, types: $types) {\n      edges { cursor node { id type entityType payload } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.EventFeedDocument,
    "\n  mutation FilesRenderPdf($input: RenderPdfInput!) {\n    renderPdf(input: $input) {\n      __typename\n      ... on RenderPdfPayload { job { id } }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": typeof types.FilesRenderPdfDocument,
    "\n  query FilesList { files(first: 10) { edges { node { id name mimeType size sha256 downloadPath } } } }\n": typeof types.FilesListDocument,
    "\n  query JobsList($status: JobStatus) {\n    jobs(first: 20, status: $status) {\n      totalCount\n      edges { node { id task status attempts maxAttempts lastError progress result } }\n    }\n  }\n": typeof types.JobsListDocument,
    "\n  mutation JobsRetry($input: RetryJobInput!) {\n    retryJob(input: $input) {\n      __typename\n      ... on RetryJobPayload { job { status attempts } }\n      ... on Error { message }\n    }\n  }\n": typeof types.JobsRetryDocument,
    "\n  mutation JobsRenderPdf($input: RenderPdfInput!) {\n    renderPdf(input: $input) { __typename ... on RenderPdfPayload { job { id status } } ... on Error { message } }\n  }\n": typeof types.JobsRenderPdfDocument,
    "\n  mutation NotifyAddMember($input: AddMatterMemberInput!) { addMatterMember(input: $input) { __typename } }\n": typeof types.NotifyAddMemberDocument,
    "\n  query NotifyList($unreadOnly: Boolean) {\n    notifications(first: 10, unreadOnly: $unreadOnly) { totalCount edges { node { id type title body entityId readAt } } }\n  }\n": typeof types.NotifyListDocument,
    "\n  mutation NotifyMarkRead($input: MarkNotificationReadInput!) {\n    markNotificationRead(input: $input) {\n      __typename\n      ... on MarkNotificationReadPayload { notification { readAt } }\n      ... on Error { message }\n    }\n  }\n": typeof types.NotifyMarkReadDocument,
    "\n  mutation NotifyMarkAll($input: MarkAllNotificationsReadInput!) {\n    markAllNotificationsRead(input: $input) { __typename ... on MarkAllNotificationsReadPayload { count } }\n  }\n": typeof types.NotifyMarkAllDocument,
    "\n  mutation NotifySetPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      __typename\n      ... on SetNotificationPreferencePayload { preference { type email } }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": typeof types.NotifySetPreferenceDocument,
    "\n  query NotifyPreferences { notificationPreferences { type email } }\n": typeof types.NotifyPreferencesDocument,
    "\n  mutation FixtureRegisterFirm($input: RegisterFirmInput!) {\n    registerFirm(input: $input) {\n      __typename\n      ... on RegisterFirmPayload { token user { id firm { id } } }\n      ... on Error { message }\n    }\n  }\n": typeof types.FixtureRegisterFirmDocument,
    "\n  mutation FixtureCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on CreateUserPayload { user { id } }\n      ... on Error { message }\n    }\n  }\n": typeof types.FixtureCreateUserDocument,
    "\n  mutation FixtureLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload { token }\n      ... on Error { message }\n    }\n  }\n": typeof types.FixtureLoginDocument,
    "\n  mutation FixtureCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      __typename\n      ... on CreateClientPayload { client { id name } }\n      ... on Error { message }\n    }\n  }\n": typeof types.FixtureCreateClientDocument,
    "\n  mutation FixtureCreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) {\n      __typename\n      ... on CreateMatterPayload { matter { id number title } }\n      ... on Error { message }\n    }\n  }\n": typeof types.FixtureCreateMatterDocument,
    "\n  query TenancyConnections($clientId: ID!, $matterId: ID!) {\n    matters(first: 100) { totalCount edges { node { id client { id } responsibleAttorney { id } } } }\n    clients(first: 100) { totalCount edges { node { id } } }\n    users(first: 100) { totalCount edges { node { id firm { id } } } }\n    auditEvents(first: 100) { totalCount edges { node { id actor { id } } } }\n    client: node(id: $clientId) { ... on Client { matters(first: 100) { totalCount edges { node { id } } } } }\n    matter: node(id: $matterId) { ... on Matter { members(first: 100) { totalCount edges { node { id user { id } } } } } }\n  }\n": typeof types.TenancyConnectionsDocument,
    "\n  query TenancyFilteredConnections($clientId: ID!, $entityId: ID!) {\n    matters(first: 100, filter: { clientId: $clientId }) { totalCount edges { node { id } } }\n    auditEvents(first: 100, filter: { entityId: $entityId }) { totalCount edges { node { id } } }\n  }\n": typeof types.TenancyFilteredConnectionsDocument,
    "\n  mutation TenancyRemoveMember($input: RemoveMatterMemberInput!) {\n    removeMatterMember(input: $input) {\n      __typename\n      ... on RemoveMatterMemberPayload { matter { id } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": typeof types.TenancyRemoveMemberDocument,
    "\n  mutation TenancyUpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      __typename\n      ... on UpdateClientPayload { client { id name } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": typeof types.TenancyUpdateClientDocument,
    "\n  mutation TenancyUpdateMatter($input: UpdateMatterInput!) {\n    updateMatter(input: $input) {\n      __typename\n      ... on UpdateMatterPayload { matter { id title } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": typeof types.TenancyUpdateMatterDocument,
    "\n  mutation TenancyReopenMatter($input: ReopenMatterInput!) {\n    reopenMatter(input: $input) {\n      __typename\n      ... on ReopenMatterPayload { matter { id status } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": typeof types.TenancyReopenMatterDocument,
    "\n  mutation TenancyChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      __typename\n      ... on ChangeUserRolePayload { user { id role } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": typeof types.TenancyChangeUserRoleDocument,
    "\n  mutation TenancyCreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) {\n      __typename\n      ... on CreateMatterPayload { matter { id } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": typeof types.TenancyCreateMatterDocument,
    "\n  query TenancyNode($id: ID!) {\n    node(id: $id) { __typename id }\n  }\n": typeof types.TenancyNodeDocument,
    "\n  query TenancyNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id }\n  }\n": typeof types.TenancyNodesDocument,
    "\n  query TenancyMatterSetup($id: ID!) {\n    node(id: $id) { ... on Matter { members(first: 10) { edges { node { id user { id } } } } } }\n    auditEvents(first: 1) { edges { node { id } } }\n  }\n": typeof types.TenancyMatterSetupDocument,
    "\n  mutation TenancyAddMember($input: AddMatterMemberInput!) {\n    addMatterMember(input: $input) {\n      __typename\n      ... on AddMatterMemberPayload { matter { id } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": typeof types.TenancyAddMemberDocument,
    "\n  mutation TenancyCloseMatter($input: CloseMatterInput!) {\n    closeMatter(input: $input) {\n      __typename\n      ... on CloseMatterPayload { matter { id status } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": typeof types.TenancyCloseMatterDocument,
    "\n  query WebhookDeliveries($endpointId: ID, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(first: 10, endpointId: $endpointId, status: $status) {\n      totalCount\n      edges {\n        node {\n          id deliveryId eventType status attemptCount lastError\n          attempts(first: 20) { edges { node { number succeeded responseStatus error responseExcerpt } } }\n        }\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation WebhookRotate($input: RotateWebhookSecretInput!) {\n    rotateWebhookSecret(input: $input) { __typename ... on RotateWebhookSecretPayload { secret } }\n  }\n": typeof types.WebhookRotateDocument,
    "\n  query WebhookNotifications { notifications(first: 10) { edges { node { type title } } } }\n": typeof types.WebhookNotificationsDocument,
    "\n  query WebhookEndpoints { webhookEndpoints(first: 10) { edges { node { id active consecutiveFailures disabledReason } } } }\n": typeof types.WebhookEndpointsDocument,
    "\n  mutation WebhookRedeliver($input: RedeliverWebhookInput!) {\n    redeliverWebhook(input: $input) {\n      __typename\n      ... on RedeliverWebhookPayload { delivery { status } }\n      ... on Error { message }\n    }\n  }\n": typeof types.WebhookRedeliverDocument,
    "\n  mutation WebhookUpdate($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      __typename\n      ... on UpdateWebhookEndpointPayload { endpoint { active consecutiveFailures disabledReason } }\n      ... on Error { message }\n    }\n  }\n": typeof types.WebhookUpdateDocument,
    "\n  mutation WebhookSupportCreate($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      __typename\n      ... on CreateWebhookEndpointPayload { secret endpoint { id url eventTypes active } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.WebhookSupportCreateDocument,
};
const documents: Documents = {
    "\n  mutation BadInputCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      __typename\n      ... on CreateClientPayload { client { id } }\n      ... on Error { message }\n    }\n  }\n": types.BadInputCreateClientDocument,
    "\n  query BadInputNode($id: ID!) { node(id: $id) { __typename id } }\n": types.BadInputNodeDocument,
    "\n  mutation BadInputUpdateMatter($input: UpdateMatterInput!) {\n    updateMatter(input: $input) {\n      __typename\n      ... on UpdateMatterPayload { matter { title } }\n      ... on Error { message }\n    }\n  }\n": types.BadInputUpdateMatterDocument,
    "\n  query BadInputMe { me { name } }\n": types.BadInputMeDocument,
    "\n  query AuditTrailEntities {\n    auditEvents(first: 50) {\n      edges {\n        node {\n          action\n          entityType\n          entity {\n            __typename\n            id\n            ... on Matter { title }\n            ... on Client { name }\n            ... on User { email }\n            ... on Firm { name }\n          }\n        }\n      }\n    }\n  }\n": types.AuditTrailEntitiesDocument,
    "\n  query AuditTrailFor($entityId: ID!) {\n    auditEvents(first: 10, filter: { entityId: $entityId }) {\n      totalCount\n      edges { node { action entityType entityId actor { id } before after requestId occurredAt } }\n    }\n  }\n": types.AuditTrailForDocument,
    "\n  query AuditTrailAll { auditEvents(first: 100) { totalCount edges { node { action before after } } } }\n": types.AuditTrailAllDocument,
    "\n  mutation AuditCloseMatter($input: CloseMatterInput!) {\n    closeMatter(input: $input) {\n      __typename\n      ... on CloseMatterPayload { matter { id closedAt } }\n      ... on Error { message }\n    }\n  }\n": types.AuditCloseMatterDocument,
    "\n  mutation AuditUpdateMatter($input: UpdateMatterInput!) {\n    updateMatter(input: $input) {\n      __typename\n      ... on UpdateMatterPayload { matter { id title } }\n      ... on Error { message }\n    }\n  }\n": types.AuditUpdateMatterDocument,
    "\n  mutation AuditCreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) {\n      __typename\n      ... on CreateMatterPayload { matter { id number } }\n      ... on Error { message }\n    }\n  }\n": types.AuditCreateMatterDocument,
    "\n  mutation LoginTest($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload { token user { email role } }\n      ... on Error { message }\n    }\n  }\n": types.LoginTestDocument,
    "\n  query MeTest { me { email role firm { name } } }\n": types.MeTestDocument,
    "\n  mutation RegisterFirmTest($input: RegisterFirmInput!) {\n    registerFirm(input: $input) {\n      __typename\n      ... on RegisterFirmPayload { token user { email role firm { name } } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n": types.RegisterFirmTestDocument,
    "\n  query RolesMe { me { id role } }\n": types.RolesMeDocument,
    "\n  mutation RolesUpdateFirm($input: UpdateFirmInput!) {\n    updateFirm(input: $input) {\n      __typename\n      ... on UpdateFirmPayload { firm { id name openMatterAccess } }\n      ... on Error { message }\n    }\n  }\n": types.RolesUpdateFirmDocument,
    "\n  mutation RolesCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on CreateUserPayload { user { id role } }\n      ... on Error { message }\n    }\n  }\n": types.RolesCreateUserDocument,
    "\n  query RolesAuditTrail { auditEvents(first: 5) { totalCount } }\n": types.RolesAuditTrailDocument,
    "\n  mutation RolesChangeRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      __typename\n      ... on ChangeUserRolePayload { user { id role } }\n      ... on Error { message }\n    }\n  }\n": types.RolesChangeRoleDocument,
    "\n  mutation RolesChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      __typename\n      ... on ChangePasswordPayload { user { id } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n": types.RolesChangePasswordDocument,
    "\n  mutation RolesCloseMatter($input: CloseMatterInput!) {\n    closeMatter(input: $input) {\n      __typename\n      ... on CloseMatterPayload { matter { id status } }\n      ... on Error { message }\n    }\n  }\n": types.RolesCloseMatterDocument,
    "\n  mutation RolesAddMember($input: AddMatterMemberInput!) {\n    addMatterMember(input: $input) {\n      __typename\n      ... on AddMatterMemberPayload { matter { id } }\n      ... on Error { message }\n    }\n  }\n": types.RolesAddMemberDocument,
    "\n  mutation RolesCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      __typename\n      ... on CreateClientPayload { client { id } }\n      ... on Error { message }\n    }\n  }\n": types.RolesCreateClientDocument,
    "\n  mutation RolesLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload { token user { id } }\n      ... on Error { message }\n    }\n  }\n": types.RolesLoginDocument,
    "\n  mutation FeedCreateCalendarEvent($input: CreateCalendarEventInput!) {\n    createCalendarEvent(input: $input) {\n      __typename\n      ... on CreateCalendarEventPayload { calendarEvent { id sequence } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n": types.FeedCreateCalendarEventDocument,
    "\n  mutation FeedUpdateCalendarEvent($input: UpdateCalendarEventInput!) {\n    updateCalendarEvent(input: $input) {\n      __typename\n      ... on UpdateCalendarEventPayload { calendarEvent { id sequence } }\n      ... on Error { message }\n    }\n  }\n": types.FeedUpdateCalendarEventDocument,
    "\n  mutation FeedCancelCalendarEvent($input: CancelCalendarEventInput!) {\n    cancelCalendarEvent(input: $input) {\n      __typename\n      ... on Error { message }\n    }\n  }\n": types.FeedCancelCalendarEventDocument,
    "\n  mutation FeedRotateCalendarToken {\n    rotateCalendarToken {\n      __typename\n      ... on RotateCalendarTokenPayload { url token }\n      ... on Error { message }\n    }\n  }\n": types.FeedRotateCalendarTokenDocument,
    "\n  mutation FeedAddMatterMember($input: AddMatterMemberInput!) {\n    addMatterMember(input: $input) {\n      __typename\n      ... on Error { message }\n    }\n  }\n": types.FeedAddMatterMemberDocument,
    "\n  query CalendarComputeDeadline($triggerDate: String!, $days: Int!, $rule: DeadlineRule!) {\n    computeDeadline(triggerDate: $triggerDate, days: $days, rule: $rule) {\n      __typename\n      ... on DeadlineComputation { dueDate skippedDates rolled }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": types.CalendarComputeDeadlineDocument,
    "\n  mutation CalendarAddFirmHoliday($input: AddFirmHolidayInput!) {\n    addFirmHoliday(input: $input) {\n      __typename\n      ... on AddFirmHolidayPayload { firmHoliday { id date name } }\n      ... on Error { message }\n    }\n  }\n": types.CalendarAddFirmHolidayDocument,
    "\n  mutation CalendarCreateEvent($input: CreateCalendarEventInput!) {\n    createCalendarEvent(input: $input) {\n      __typename\n      ... on CreateCalendarEventPayload { calendarEvent { id allDay startsAt attendees { totalCount } } }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity }\n    }\n  }\n": types.CalendarCreateEventDocument,
    "\n  mutation CalendarCreateDeadline($input: CreateDeadlineInput!) {\n    createDeadline(input: $input) {\n      __typename\n      ... on CreateDeadlinePayload { calendarEvent { kind startsAt deadlineRule } computation { dueDate rolled } }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": types.CalendarCreateDeadlineDocument,
    "\n  mutation LiveCreateCalendarEvent($input: CreateCalendarEventInput!) {\n    createCalendarEvent(input: $input) {\n      __typename\n      ... on CreateCalendarEventPayload { calendarEvent { id } }\n    }\n  }\n": types.LiveCreateCalendarEventDocument,
    "\n  mutation LiveCancelCalendarEvent($input: CancelCalendarEventInput!) {\n    cancelCalendarEvent(input: $input) { __typename }\n  }\n": types.LiveCancelCalendarEventDocument,
    "\n  query ConflictCheck($names: [String!]!) {\n    conflictCheck(names: $names) {\n      name\n      hits { score matchedName matchedOn name role restricted client { id } party { id } matters { id } }\n    }\n  }\n": types.ConflictCheckDocument,
    "\n  mutation ConflictAddParty($input: AddPartyInput!) {\n    addParty(input: $input) {\n      __typename\n      ... on AddPartyPayload { party { id name aliases } conflicts { name hits { name matchedName score } } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n": types.ConflictAddPartyDocument,
    "\n  mutation ConflictCreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) {\n      __typename\n      ... on CreateMatterPayload { matter { id } conflicts { name hits { name role matchedOn matters { id } } } }\n    }\n  }\n": types.ConflictCreateMatterDocument,
    "\n  mutation ConflictRenameClient($input: UpdateClientInput!) {\n    updateClient(input: $input) { __typename ... on UpdateClientPayload { client { formerNames } } }\n  }\n": types.ConflictRenameClientDocument,
    "\n  mutation DocketAdd($input: AddDocketEntryInput!) {\n    addDocketEntry(input: $input) {\n      __typename\n      ... on AddDocketEntryPayload { docketEntry { id number filedAt description filedBy } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n": types.DocketAddDocument,
    "\n  query DocketOfMatter($id: ID!, $after: String) {\n    node(id: $id) { ... on Matter { docketEntries(first: 2, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { node { number description } } } } }\n  }\n": types.DocketOfMatterDocument,
    "\n  mutation DocumentsCreate($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      __typename\n      ... on CreateDocumentPayload {\n        document { id title category privileged currentVersion { id number fileName mimeType size sha256 downloadPath } }\n      }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n": types.DocumentsCreateDocument,
    "\n  mutation DocumentsAddVersion($input: AddDocumentVersionInput!) {\n    addDocumentVersion(input: $input) {\n      __typename\n      ... on AddDocumentVersionPayload { document { id currentVersion { number fileName } } }\n      ... on Error { message }\n    }\n  }\n": types.DocumentsAddVersionDocument,
    "\n  mutation DocumentsDelete($input: DeleteDocumentInput!) {\n    deleteDocument(input: $input) {\n      __typename\n      ... on Error { message }\n    }\n  }\n": types.DocumentsDeleteDocument,
    "\n  mutation DocumentsRestore($input: RestoreDocumentInput!) {\n    restoreDocument(input: $input) {\n      __typename\n      ... on RestoreDocumentPayload { document { id title } }\n      ... on Error { message }\n    }\n  }\n": types.DocumentsRestoreDocument,
    "\n  query DocumentsOfMatter($id: ID!) {\n    node(id: $id) {\n      ... on Matter {\n        documents(first: 10) {\n          totalCount\n          edges { node { id title versions(first: 10) { edges { node { number uploadedBy { id } } } } } }\n        }\n      }\n    }\n  }\n": types.DocumentsOfMatterDocument,
    "\n  mutation ExpiryCreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) { __typename }\n  }\n": types.ExpiryCreateDocumentDocument,
    "\n  mutation ExtractionCreate($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      __typename\n      ... on CreateDocumentPayload { document { id } }\n    }\n  }\n": types.ExtractionCreateDocument,
    "\n  mutation ExtractionAddVersion($input: AddDocumentVersionInput!) {\n    addDocumentVersion(input: $input) { __typename }\n  }\n": types.ExtractionAddVersionDocument,
    "\n  mutation S3CreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      __typename\n      ... on CreateDocumentPayload { document { id currentVersion { downloadPath sha256 } } }\n    }\n  }\n": types.S3CreateDocumentDocument,
    "\n  mutation LiveCreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      __typename\n      ... on CreateDocumentPayload { document { id } }\n    }\n  }\n": types.LiveCreateDocumentDocument,
    "\n  mutation LiveDeleteDocument($input: DeleteDocumentInput!) {\n    deleteDocument(input: $input) { __typename }\n  }\n": types.LiveDeleteDocumentDocument,
    "\n  mutation NumbersCreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) {\n      __typename\n      ... on CreateMatterPayload { matter { id number } }\n      ... on Error { message }\n    }\n  }\n": types.NumbersCreateMatterDocument,
    "\n  query VisibilityMatters($clientId: ID!) {\n    matters(first: 100) { totalCount edges { node { id } } }\n    client: node(id: $clientId) { ... on Client { matters(first: 100) { totalCount edges { node { id } } } } }\n  }\n": types.VisibilityMattersDocument,
    "\n  query VisibilityNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id }\n  }\n": types.VisibilityNodesDocument,
    "\n  mutation VisibilityAddMember($input: AddMatterMemberInput!) {\n    addMatterMember(input: $input) {\n      __typename\n      ... on AddMatterMemberPayload { matter { id members(first: 10) { edges { node { id role user { id } } } } } }\n      ... on Error { message }\n    }\n  }\n": types.VisibilityAddMemberDocument,
    "\n  mutation VisibilityRemoveMember($input: RemoveMatterMemberInput!) {\n    removeMatterMember(input: $input) {\n      __typename\n      ... on RemoveMatterMemberPayload { matter { id } }\n      ... on Error { message }\n    }\n  }\n": types.VisibilityRemoveMemberDocument,
    "\n  mutation VisibilityUpdateFirm($input: UpdateFirmInput!) {\n    updateFirm(input: $input) {\n      __typename\n      ... on UpdateFirmPayload { firm { openMatterAccess } }\n      ... on Error { message }\n    }\n  }\n": types.VisibilityUpdateFirmDocument,
    "\n  mutation VisibilityUpdateMatter($input: UpdateMatterInput!) {\n    updateMatter(input: $input) {\n      __typename\n      ... on UpdateMatterPayload { matter { id } }\n      ... on NotFoundError { message entity }\n      ... on Error { message }\n    }\n  }\n": types.VisibilityUpdateMatterDocument,
    "\n  query VisibilityMatterTeam($id: ID!) {\n    node(id: $id) { ... on Matter { members(first: 10) { edges { node { id role user { id } } } } } }\n  }\n": types.VisibilityMatterTeamDocument,
    "\n  query NPlusOneMatters($first: Int!) {\n    matters(first: $first, orderBy: { field: NUMBER, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          number\n          client { name }\n          responsibleAttorney { name }\n          members(first: 10) { totalCount edges { node { role user { name email } } } }\n        }\n      }\n    }\n  }\n": types.NPlusOneMattersDocument,
    "\n  mutation TasksCreate($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload { task { id title status priority dueDate assignee { id } } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n": types.TasksCreateDocument,
    "\n  mutation TasksUpdate($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      __typename\n      ... on UpdateTaskPayload { task { id status completedAt } }\n      ... on Error { message }\n    }\n  }\n": types.TasksUpdateDocument,
    "\n  query TasksMine($status: TaskStatus) { myTasks(first: 10, status: $status) { totalCount edges { node { title status } } } }\n": types.TasksMineDocument,
    "\n  mutation NotesCreate($input: CreateNoteInput!) {\n    createNote(input: $input) {\n      __typename\n      ... on CreateNotePayload { note { id body pinned author { id } } }\n      ... on Error { message }\n    }\n  }\n": types.NotesCreateDocument,
    "\n  mutation NotesUpdate($input: UpdateNoteInput!) {\n    updateNote(input: $input) {\n      __typename\n      ... on UpdateNotePayload { note { body pinned } }\n      ... on Error { message }\n    }\n  }\n": types.NotesUpdateDocument,
    "\n  query NotesOfMatter($id: ID!) { node(id: $id) { ... on Matter { notes(first: 10) { edges { node { body pinned } } } } } }\n": types.NotesOfMatterDocument,
    "\n  query PaginationMatterMembers($first: Int, $last: Int) {\n    matters(first: 1) { edges { node { members(first: $first, last: $last) { totalCount } } } }\n  }\n": types.PaginationMatterMembersDocument,
    "\n  query PaginationMatters($first: Int, $after: String, $last: Int, $before: String, $orderBy: MatterOrder, $filter: MatterFilter) {\n    matters(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, filter: $filter) {\n      totalCount\n      edges { cursor node { id } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.PaginationMattersDocument,
    "\n  query PaginationClients($first: Int, $after: String, $last: Int, $before: String, $orderBy: ClientOrder) {\n    clients(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n      totalCount\n      edges { cursor node { id } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.PaginationClientsDocument,
    "\n  mutation PartiesAdd($input: AddPartyInput!) {\n    addParty(input: $input) {\n      __typename\n      ... on AddPartyPayload { party { id name role aliases representedBy { id } matter { id } } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n": types.PartiesAddDocument,
    "\n  mutation PartiesUpdate($input: UpdatePartyInput!) {\n    updateParty(input: $input) {\n      __typename\n      ... on UpdatePartyPayload { party { id name aliases email representedBy { id } } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n": types.PartiesUpdateDocument,
    "\n  mutation PartiesRemove($input: RemovePartyInput!) {\n    removeParty(input: $input) {\n      __typename\n      ... on RemovePartyPayload { removedPartyId matter { parties(first: 10) { totalCount } } }\n      ... on Error { message }\n    }\n  }\n": types.PartiesRemoveDocument,
    "\n  query PartiesOfMatter($id: ID!) {\n    node(id: $id) { ... on Matter { parties(first: 10) { totalCount edges { node { name role } } } } }\n  }\n": types.PartiesOfMatterDocument,
    "\n  query SearchRecords($query: String!, $types: [SearchType!], $first: Int, $after: String) {\n    search(query: $query, types: $types, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { type rank snippet node { id __typename } } }\n    }\n  }\n": types.SearchRecordsDocument,
    "\n  mutation SearchAddNote($input: CreateNoteInput!) { createNote(input: $input) { __typename } }\n": types.SearchAddNoteDocument,
    "\n  mutation SearchAddParty($input: AddPartyInput!) { addParty(input: $input) { __typename } }\n": types.SearchAddPartyDocument,
    "\n  mutation SearchAddMember($input: AddMatterMemberInput!) { addMatterMember(input: $input) { __typename } }\n": types.SearchAddMemberDocument,
    "\n  mutation SearchAddDocket($input: AddDocketEntryInput!) { addDocketEntry(input: $input) { __typename } }\n": types.SearchAddDocketDocument,
    "\n  query PaginationUsers($first: Int, $after: String, $last: Int, $before: String) {\n    users(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges { cursor node { id } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.PaginationUsersDocument,
    "\n  query PaginationAudit($first: Int, $after: String, $last: Int, $before: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCount\n      edges { cursor node { id } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.PaginationAuditDocument,
    "\n  mutation ValidationCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      __typename\n      ... on CreateClientPayload { client { id } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n": types.ValidationCreateClientDocument,
    "\n  mutation ValidationUpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      __typename\n      ... on UpdateClientPayload { client { id name email } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n": types.ValidationUpdateClientDocument,
    "\n  mutation ValidationCreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) {\n      __typename\n      ... on CreateMatterPayload { matter { id number } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n": types.ValidationCreateMatterDocument,
    "\n  mutation ValidationUpdateMatter($input: UpdateMatterInput!) {\n    updateMatter(input: $input) {\n      __typename\n      ... on UpdateMatterPayload { matter { id number } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n": types.ValidationUpdateMatterDocument,
    "\n  mutation EmailInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      __typename\n      ... on InviteUserPayload { user { id email role } }\n      ... on Error { message }\n    }\n  }\n": types.EmailInviteUserDocument,
    "\n  mutation EmailRequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) { __typename ... on RequestPasswordResetPayload { accepted } }\n  }\n": types.EmailRequestResetDocument,
    "\n  mutation EmailResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on ResetPasswordPayload { email }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": types.EmailResetPasswordDocument,
    "\n  mutation EmailLogin($input: LoginInput!) { login(input: $input) { __typename } }\n": types.EmailLoginDocument,
    "\n  mutation PageInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { __typename }\n  }\n": types.PageInviteUserDocument,
    "\n  mutation PageLogin($input: LoginInput!) { login(input: $input) { __typename } }\n": types.PageLoginDocument,
    "\n  query EventFeed($after: String, $first: Int, $types: [String!]) {\n    events(after: $after, first: $first, types: $types) {\n      edges { cursor node { id type entityType payload } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.EventFeedDocument,
    "\n  mutation FilesRenderPdf($input: RenderPdfInput!) {\n    renderPdf(input: $input) {\n      __typename\n      ... on RenderPdfPayload { job { id } }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": types.FilesRenderPdfDocument,
    "\n  query FilesList { files(first: 10) { edges { node { id name mimeType size sha256 downloadPath } } } }\n": types.FilesListDocument,
    "\n  query JobsList($status: JobStatus) {\n    jobs(first: 20, status: $status) {\n      totalCount\n      edges { node { id task status attempts maxAttempts lastError progress result } }\n    }\n  }\n": types.JobsListDocument,
    "\n  mutation JobsRetry($input: RetryJobInput!) {\n    retryJob(input: $input) {\n      __typename\n      ... on RetryJobPayload { job { status attempts } }\n      ... on Error { message }\n    }\n  }\n": types.JobsRetryDocument,
    "\n  mutation JobsRenderPdf($input: RenderPdfInput!) {\n    renderPdf(input: $input) { __typename ... on RenderPdfPayload { job { id status } } ... on Error { message } }\n  }\n": types.JobsRenderPdfDocument,
    "\n  mutation NotifyAddMember($input: AddMatterMemberInput!) { addMatterMember(input: $input) { __typename } }\n": types.NotifyAddMemberDocument,
    "\n  query NotifyList($unreadOnly: Boolean) {\n    notifications(first: 10, unreadOnly: $unreadOnly) { totalCount edges { node { id type title body entityId readAt } } }\n  }\n": types.NotifyListDocument,
    "\n  mutation NotifyMarkRead($input: MarkNotificationReadInput!) {\n    markNotificationRead(input: $input) {\n      __typename\n      ... on MarkNotificationReadPayload { notification { readAt } }\n      ... on Error { message }\n    }\n  }\n": types.NotifyMarkReadDocument,
    "\n  mutation NotifyMarkAll($input: MarkAllNotificationsReadInput!) {\n    markAllNotificationsRead(input: $input) { __typename ... on MarkAllNotificationsReadPayload { count } }\n  }\n": types.NotifyMarkAllDocument,
    "\n  mutation NotifySetPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      __typename\n      ... on SetNotificationPreferencePayload { preference { type email } }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": types.NotifySetPreferenceDocument,
    "\n  query NotifyPreferences { notificationPreferences { type email } }\n": types.NotifyPreferencesDocument,
    "\n  mutation FixtureRegisterFirm($input: RegisterFirmInput!) {\n    registerFirm(input: $input) {\n      __typename\n      ... on RegisterFirmPayload { token user { id firm { id } } }\n      ... on Error { message }\n    }\n  }\n": types.FixtureRegisterFirmDocument,
    "\n  mutation FixtureCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on CreateUserPayload { user { id } }\n      ... on Error { message }\n    }\n  }\n": types.FixtureCreateUserDocument,
    "\n  mutation FixtureLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload { token }\n      ... on Error { message }\n    }\n  }\n": types.FixtureLoginDocument,
    "\n  mutation FixtureCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      __typename\n      ... on CreateClientPayload { client { id name } }\n      ... on Error { message }\n    }\n  }\n": types.FixtureCreateClientDocument,
    "\n  mutation FixtureCreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) {\n      __typename\n      ... on CreateMatterPayload { matter { id number title } }\n      ... on Error { message }\n    }\n  }\n": types.FixtureCreateMatterDocument,
    "\n  query TenancyConnections($clientId: ID!, $matterId: ID!) {\n    matters(first: 100) { totalCount edges { node { id client { id } responsibleAttorney { id } } } }\n    clients(first: 100) { totalCount edges { node { id } } }\n    users(first: 100) { totalCount edges { node { id firm { id } } } }\n    auditEvents(first: 100) { totalCount edges { node { id actor { id } } } }\n    client: node(id: $clientId) { ... on Client { matters(first: 100) { totalCount edges { node { id } } } } }\n    matter: node(id: $matterId) { ... on Matter { members(first: 100) { totalCount edges { node { id user { id } } } } } }\n  }\n": types.TenancyConnectionsDocument,
    "\n  query TenancyFilteredConnections($clientId: ID!, $entityId: ID!) {\n    matters(first: 100, filter: { clientId: $clientId }) { totalCount edges { node { id } } }\n    auditEvents(first: 100, filter: { entityId: $entityId }) { totalCount edges { node { id } } }\n  }\n": types.TenancyFilteredConnectionsDocument,
    "\n  mutation TenancyRemoveMember($input: RemoveMatterMemberInput!) {\n    removeMatterMember(input: $input) {\n      __typename\n      ... on RemoveMatterMemberPayload { matter { id } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": types.TenancyRemoveMemberDocument,
    "\n  mutation TenancyUpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      __typename\n      ... on UpdateClientPayload { client { id name } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": types.TenancyUpdateClientDocument,
    "\n  mutation TenancyUpdateMatter($input: UpdateMatterInput!) {\n    updateMatter(input: $input) {\n      __typename\n      ... on UpdateMatterPayload { matter { id title } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": types.TenancyUpdateMatterDocument,
    "\n  mutation TenancyReopenMatter($input: ReopenMatterInput!) {\n    reopenMatter(input: $input) {\n      __typename\n      ... on ReopenMatterPayload { matter { id status } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": types.TenancyReopenMatterDocument,
    "\n  mutation TenancyChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      __typename\n      ... on ChangeUserRolePayload { user { id role } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": types.TenancyChangeUserRoleDocument,
    "\n  mutation TenancyCreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) {\n      __typename\n      ... on CreateMatterPayload { matter { id } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": types.TenancyCreateMatterDocument,
    "\n  query TenancyNode($id: ID!) {\n    node(id: $id) { __typename id }\n  }\n": types.TenancyNodeDocument,
    "\n  query TenancyNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id }\n  }\n": types.TenancyNodesDocument,
    "\n  query TenancyMatterSetup($id: ID!) {\n    node(id: $id) { ... on Matter { members(first: 10) { edges { node { id user { id } } } } } }\n    auditEvents(first: 1) { edges { node { id } } }\n  }\n": types.TenancyMatterSetupDocument,
    "\n  mutation TenancyAddMember($input: AddMatterMemberInput!) {\n    addMatterMember(input: $input) {\n      __typename\n      ... on AddMatterMemberPayload { matter { id } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": types.TenancyAddMemberDocument,
    "\n  mutation TenancyCloseMatter($input: CloseMatterInput!) {\n    closeMatter(input: $input) {\n      __typename\n      ... on CloseMatterPayload { matter { id status } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": types.TenancyCloseMatterDocument,
    "\n  query WebhookDeliveries($endpointId: ID, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(first: 10, endpointId: $endpointId, status: $status) {\n      totalCount\n      edges {\n        node {\n          id deliveryId eventType status attemptCount lastError\n          attempts(first: 20) { edges { node { number succeeded responseStatus error responseExcerpt } } }\n        }\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation WebhookRotate($input: RotateWebhookSecretInput!) {\n    rotateWebhookSecret(input: $input) { __typename ... on RotateWebhookSecretPayload { secret } }\n  }\n": types.WebhookRotateDocument,
    "\n  query WebhookNotifications { notifications(first: 10) { edges { node { type title } } } }\n": types.WebhookNotificationsDocument,
    "\n  query WebhookEndpoints { webhookEndpoints(first: 10) { edges { node { id active consecutiveFailures disabledReason } } } }\n": types.WebhookEndpointsDocument,
    "\n  mutation WebhookRedeliver($input: RedeliverWebhookInput!) {\n    redeliverWebhook(input: $input) {\n      __typename\n      ... on RedeliverWebhookPayload { delivery { status } }\n      ... on Error { message }\n    }\n  }\n": types.WebhookRedeliverDocument,
    "\n  mutation WebhookUpdate($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      __typename\n      ... on UpdateWebhookEndpointPayload { endpoint { active consecutiveFailures disabledReason } }\n      ... on Error { message }\n    }\n  }\n": types.WebhookUpdateDocument,
    "\n  mutation WebhookSupportCreate($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      __typename\n      ... on CreateWebhookEndpointPayload { secret endpoint { id url eventTypes active } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n": types.WebhookSupportCreateDocument,
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
export function graphql(source: "\n  mutation BadInputCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      __typename\n      ... on CreateClientPayload { client { id } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation BadInputCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      __typename\n      ... on CreateClientPayload { client { id } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadInputNode($id: ID!) { node(id: $id) { __typename id } }\n"): (typeof documents)["\n  query BadInputNode($id: ID!) { node(id: $id) { __typename id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputUpdateMatter($input: UpdateMatterInput!) {\n    updateMatter(input: $input) {\n      __typename\n      ... on UpdateMatterPayload { matter { title } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation BadInputUpdateMatter($input: UpdateMatterInput!) {\n    updateMatter(input: $input) {\n      __typename\n      ... on UpdateMatterPayload { matter { title } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadInputMe { me { name } }\n"): (typeof documents)["\n  query BadInputMe { me { name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrailEntities {\n    auditEvents(first: 50) {\n      edges {\n        node {\n          action\n          entityType\n          entity {\n            __typename\n            id\n            ... on Matter { title }\n            ... on Client { name }\n            ... on User { email }\n            ... on Firm { name }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditTrailEntities {\n    auditEvents(first: 50) {\n      edges {\n        node {\n          action\n          entityType\n          entity {\n            __typename\n            id\n            ... on Matter { title }\n            ... on Client { name }\n            ... on User { email }\n            ... on Firm { name }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrailFor($entityId: ID!) {\n    auditEvents(first: 10, filter: { entityId: $entityId }) {\n      totalCount\n      edges { node { action entityType entityId actor { id } before after requestId occurredAt } }\n    }\n  }\n"): (typeof documents)["\n  query AuditTrailFor($entityId: ID!) {\n    auditEvents(first: 10, filter: { entityId: $entityId }) {\n      totalCount\n      edges { node { action entityType entityId actor { id } before after requestId occurredAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrailAll { auditEvents(first: 100) { totalCount edges { node { action before after } } } }\n"): (typeof documents)["\n  query AuditTrailAll { auditEvents(first: 100) { totalCount edges { node { action before after } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCloseMatter($input: CloseMatterInput!) {\n    closeMatter(input: $input) {\n      __typename\n      ... on CloseMatterPayload { matter { id closedAt } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation AuditCloseMatter($input: CloseMatterInput!) {\n    closeMatter(input: $input) {\n      __typename\n      ... on CloseMatterPayload { matter { id closedAt } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditUpdateMatter($input: UpdateMatterInput!) {\n    updateMatter(input: $input) {\n      __typename\n      ... on UpdateMatterPayload { matter { id title } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation AuditUpdateMatter($input: UpdateMatterInput!) {\n    updateMatter(input: $input) {\n      __typename\n      ... on UpdateMatterPayload { matter { id title } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) {\n      __typename\n      ... on CreateMatterPayload { matter { id number } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation AuditCreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) {\n      __typename\n      ... on CreateMatterPayload { matter { id number } }\n      ... on Error { message }\n    }\n  }\n"];
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
export function graphql(source: "\n  query RolesMe { me { id role } }\n"): (typeof documents)["\n  query RolesMe { me { id role } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesUpdateFirm($input: UpdateFirmInput!) {\n    updateFirm(input: $input) {\n      __typename\n      ... on UpdateFirmPayload { firm { id name openMatterAccess } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation RolesUpdateFirm($input: UpdateFirmInput!) {\n    updateFirm(input: $input) {\n      __typename\n      ... on UpdateFirmPayload { firm { id name openMatterAccess } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on CreateUserPayload { user { id role } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation RolesCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on CreateUserPayload { user { id role } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RolesAuditTrail { auditEvents(first: 5) { totalCount } }\n"): (typeof documents)["\n  query RolesAuditTrail { auditEvents(first: 5) { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesChangeRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      __typename\n      ... on ChangeUserRolePayload { user { id role } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation RolesChangeRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      __typename\n      ... on ChangeUserRolePayload { user { id role } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      __typename\n      ... on ChangePasswordPayload { user { id } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation RolesChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      __typename\n      ... on ChangePasswordPayload { user { id } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesCloseMatter($input: CloseMatterInput!) {\n    closeMatter(input: $input) {\n      __typename\n      ... on CloseMatterPayload { matter { id status } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation RolesCloseMatter($input: CloseMatterInput!) {\n    closeMatter(input: $input) {\n      __typename\n      ... on CloseMatterPayload { matter { id status } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesAddMember($input: AddMatterMemberInput!) {\n    addMatterMember(input: $input) {\n      __typename\n      ... on AddMatterMemberPayload { matter { id } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation RolesAddMember($input: AddMatterMemberInput!) {\n    addMatterMember(input: $input) {\n      __typename\n      ... on AddMatterMemberPayload { matter { id } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      __typename\n      ... on CreateClientPayload { client { id } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation RolesCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      __typename\n      ... on CreateClientPayload { client { id } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolesLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload { token user { id } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation RolesLogin($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload { token user { id } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeedCreateCalendarEvent($input: CreateCalendarEventInput!) {\n    createCalendarEvent(input: $input) {\n      __typename\n      ... on CreateCalendarEventPayload { calendarEvent { id sequence } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation FeedCreateCalendarEvent($input: CreateCalendarEventInput!) {\n    createCalendarEvent(input: $input) {\n      __typename\n      ... on CreateCalendarEventPayload { calendarEvent { id sequence } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeedUpdateCalendarEvent($input: UpdateCalendarEventInput!) {\n    updateCalendarEvent(input: $input) {\n      __typename\n      ... on UpdateCalendarEventPayload { calendarEvent { id sequence } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation FeedUpdateCalendarEvent($input: UpdateCalendarEventInput!) {\n    updateCalendarEvent(input: $input) {\n      __typename\n      ... on UpdateCalendarEventPayload { calendarEvent { id sequence } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeedCancelCalendarEvent($input: CancelCalendarEventInput!) {\n    cancelCalendarEvent(input: $input) {\n      __typename\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation FeedCancelCalendarEvent($input: CancelCalendarEventInput!) {\n    cancelCalendarEvent(input: $input) {\n      __typename\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeedRotateCalendarToken {\n    rotateCalendarToken {\n      __typename\n      ... on RotateCalendarTokenPayload { url token }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation FeedRotateCalendarToken {\n    rotateCalendarToken {\n      __typename\n      ... on RotateCalendarTokenPayload { url token }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeedAddMatterMember($input: AddMatterMemberInput!) {\n    addMatterMember(input: $input) {\n      __typename\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation FeedAddMatterMember($input: AddMatterMemberInput!) {\n    addMatterMember(input: $input) {\n      __typename\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarComputeDeadline($triggerDate: String!, $days: Int!, $rule: DeadlineRule!) {\n    computeDeadline(triggerDate: $triggerDate, days: $days, rule: $rule) {\n      __typename\n      ... on DeadlineComputation { dueDate skippedDates rolled }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"): (typeof documents)["\n  query CalendarComputeDeadline($triggerDate: String!, $days: Int!, $rule: DeadlineRule!) {\n    computeDeadline(triggerDate: $triggerDate, days: $days, rule: $rule) {\n      __typename\n      ... on DeadlineComputation { dueDate skippedDates rolled }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarAddFirmHoliday($input: AddFirmHolidayInput!) {\n    addFirmHoliday(input: $input) {\n      __typename\n      ... on AddFirmHolidayPayload { firmHoliday { id date name } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation CalendarAddFirmHoliday($input: AddFirmHolidayInput!) {\n    addFirmHoliday(input: $input) {\n      __typename\n      ... on AddFirmHolidayPayload { firmHoliday { id date name } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarCreateEvent($input: CreateCalendarEventInput!) {\n    createCalendarEvent(input: $input) {\n      __typename\n      ... on CreateCalendarEventPayload { calendarEvent { id allDay startsAt attendees { totalCount } } }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity }\n    }\n  }\n"): (typeof documents)["\n  mutation CalendarCreateEvent($input: CreateCalendarEventInput!) {\n    createCalendarEvent(input: $input) {\n      __typename\n      ... on CreateCalendarEventPayload { calendarEvent { id allDay startsAt attendees { totalCount } } }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarCreateDeadline($input: CreateDeadlineInput!) {\n    createDeadline(input: $input) {\n      __typename\n      ... on CreateDeadlinePayload { calendarEvent { kind startsAt deadlineRule } computation { dueDate rolled } }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation CalendarCreateDeadline($input: CreateDeadlineInput!) {\n    createDeadline(input: $input) {\n      __typename\n      ... on CreateDeadlinePayload { calendarEvent { kind startsAt deadlineRule } computation { dueDate rolled } }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveCreateCalendarEvent($input: CreateCalendarEventInput!) {\n    createCalendarEvent(input: $input) {\n      __typename\n      ... on CreateCalendarEventPayload { calendarEvent { id } }\n    }\n  }\n"): (typeof documents)["\n  mutation LiveCreateCalendarEvent($input: CreateCalendarEventInput!) {\n    createCalendarEvent(input: $input) {\n      __typename\n      ... on CreateCalendarEventPayload { calendarEvent { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveCancelCalendarEvent($input: CancelCalendarEventInput!) {\n    cancelCalendarEvent(input: $input) { __typename }\n  }\n"): (typeof documents)["\n  mutation LiveCancelCalendarEvent($input: CancelCalendarEventInput!) {\n    cancelCalendarEvent(input: $input) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConflictCheck($names: [String!]!) {\n    conflictCheck(names: $names) {\n      name\n      hits { score matchedName matchedOn name role restricted client { id } party { id } matters { id } }\n    }\n  }\n"): (typeof documents)["\n  query ConflictCheck($names: [String!]!) {\n    conflictCheck(names: $names) {\n      name\n      hits { score matchedName matchedOn name role restricted client { id } party { id } matters { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConflictAddParty($input: AddPartyInput!) {\n    addParty(input: $input) {\n      __typename\n      ... on AddPartyPayload { party { id name aliases } conflicts { name hits { name matchedName score } } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ConflictAddParty($input: AddPartyInput!) {\n    addParty(input: $input) {\n      __typename\n      ... on AddPartyPayload { party { id name aliases } conflicts { name hits { name matchedName score } } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConflictCreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) {\n      __typename\n      ... on CreateMatterPayload { matter { id } conflicts { name hits { name role matchedOn matters { id } } } }\n    }\n  }\n"): (typeof documents)["\n  mutation ConflictCreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) {\n      __typename\n      ... on CreateMatterPayload { matter { id } conflicts { name hits { name role matchedOn matters { id } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConflictRenameClient($input: UpdateClientInput!) {\n    updateClient(input: $input) { __typename ... on UpdateClientPayload { client { formerNames } } }\n  }\n"): (typeof documents)["\n  mutation ConflictRenameClient($input: UpdateClientInput!) {\n    updateClient(input: $input) { __typename ... on UpdateClientPayload { client { formerNames } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocketAdd($input: AddDocketEntryInput!) {\n    addDocketEntry(input: $input) {\n      __typename\n      ... on AddDocketEntryPayload { docketEntry { id number filedAt description filedBy } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation DocketAdd($input: AddDocketEntryInput!) {\n    addDocketEntry(input: $input) {\n      __typename\n      ... on AddDocketEntryPayload { docketEntry { id number filedAt description filedBy } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocketOfMatter($id: ID!, $after: String) {\n    node(id: $id) { ... on Matter { docketEntries(first: 2, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { node { number description } } } } }\n  }\n"): (typeof documents)["\n  query DocketOfMatter($id: ID!, $after: String) {\n    node(id: $id) { ... on Matter { docketEntries(first: 2, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { node { number description } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocumentsCreate($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      __typename\n      ... on CreateDocumentPayload {\n        document { id title category privileged currentVersion { id number fileName mimeType size sha256 downloadPath } }\n      }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation DocumentsCreate($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      __typename\n      ... on CreateDocumentPayload {\n        document { id title category privileged currentVersion { id number fileName mimeType size sha256 downloadPath } }\n      }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocumentsAddVersion($input: AddDocumentVersionInput!) {\n    addDocumentVersion(input: $input) {\n      __typename\n      ... on AddDocumentVersionPayload { document { id currentVersion { number fileName } } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation DocumentsAddVersion($input: AddDocumentVersionInput!) {\n    addDocumentVersion(input: $input) {\n      __typename\n      ... on AddDocumentVersionPayload { document { id currentVersion { number fileName } } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocumentsDelete($input: DeleteDocumentInput!) {\n    deleteDocument(input: $input) {\n      __typename\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation DocumentsDelete($input: DeleteDocumentInput!) {\n    deleteDocument(input: $input) {\n      __typename\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocumentsRestore($input: RestoreDocumentInput!) {\n    restoreDocument(input: $input) {\n      __typename\n      ... on RestoreDocumentPayload { document { id title } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation DocumentsRestore($input: RestoreDocumentInput!) {\n    restoreDocument(input: $input) {\n      __typename\n      ... on RestoreDocumentPayload { document { id title } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentsOfMatter($id: ID!) {\n    node(id: $id) {\n      ... on Matter {\n        documents(first: 10) {\n          totalCount\n          edges { node { id title versions(first: 10) { edges { node { number uploadedBy { id } } } } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentsOfMatter($id: ID!) {\n    node(id: $id) {\n      ... on Matter {\n        documents(first: 10) {\n          totalCount\n          edges { node { id title versions(first: 10) { edges { node { number uploadedBy { id } } } } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExpiryCreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) { __typename }\n  }\n"): (typeof documents)["\n  mutation ExpiryCreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtractionCreate($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      __typename\n      ... on CreateDocumentPayload { document { id } }\n    }\n  }\n"): (typeof documents)["\n  mutation ExtractionCreate($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      __typename\n      ... on CreateDocumentPayload { document { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtractionAddVersion($input: AddDocumentVersionInput!) {\n    addDocumentVersion(input: $input) { __typename }\n  }\n"): (typeof documents)["\n  mutation ExtractionAddVersion($input: AddDocumentVersionInput!) {\n    addDocumentVersion(input: $input) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation S3CreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      __typename\n      ... on CreateDocumentPayload { document { id currentVersion { downloadPath sha256 } } }\n    }\n  }\n"): (typeof documents)["\n  mutation S3CreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      __typename\n      ... on CreateDocumentPayload { document { id currentVersion { downloadPath sha256 } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveCreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      __typename\n      ... on CreateDocumentPayload { document { id } }\n    }\n  }\n"): (typeof documents)["\n  mutation LiveCreateDocument($input: CreateDocumentInput!) {\n    createDocument(input: $input) {\n      __typename\n      ... on CreateDocumentPayload { document { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveDeleteDocument($input: DeleteDocumentInput!) {\n    deleteDocument(input: $input) { __typename }\n  }\n"): (typeof documents)["\n  mutation LiveDeleteDocument($input: DeleteDocumentInput!) {\n    deleteDocument(input: $input) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NumbersCreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) {\n      __typename\n      ... on CreateMatterPayload { matter { id number } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation NumbersCreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) {\n      __typename\n      ... on CreateMatterPayload { matter { id number } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibilityMatters($clientId: ID!) {\n    matters(first: 100) { totalCount edges { node { id } } }\n    client: node(id: $clientId) { ... on Client { matters(first: 100) { totalCount edges { node { id } } } } }\n  }\n"): (typeof documents)["\n  query VisibilityMatters($clientId: ID!) {\n    matters(first: 100) { totalCount edges { node { id } } }\n    client: node(id: $clientId) { ... on Client { matters(first: 100) { totalCount edges { node { id } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibilityNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id }\n  }\n"): (typeof documents)["\n  query VisibilityNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisibilityAddMember($input: AddMatterMemberInput!) {\n    addMatterMember(input: $input) {\n      __typename\n      ... on AddMatterMemberPayload { matter { id members(first: 10) { edges { node { id role user { id } } } } } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation VisibilityAddMember($input: AddMatterMemberInput!) {\n    addMatterMember(input: $input) {\n      __typename\n      ... on AddMatterMemberPayload { matter { id members(first: 10) { edges { node { id role user { id } } } } } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisibilityRemoveMember($input: RemoveMatterMemberInput!) {\n    removeMatterMember(input: $input) {\n      __typename\n      ... on RemoveMatterMemberPayload { matter { id } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation VisibilityRemoveMember($input: RemoveMatterMemberInput!) {\n    removeMatterMember(input: $input) {\n      __typename\n      ... on RemoveMatterMemberPayload { matter { id } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisibilityUpdateFirm($input: UpdateFirmInput!) {\n    updateFirm(input: $input) {\n      __typename\n      ... on UpdateFirmPayload { firm { openMatterAccess } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation VisibilityUpdateFirm($input: UpdateFirmInput!) {\n    updateFirm(input: $input) {\n      __typename\n      ... on UpdateFirmPayload { firm { openMatterAccess } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisibilityUpdateMatter($input: UpdateMatterInput!) {\n    updateMatter(input: $input) {\n      __typename\n      ... on UpdateMatterPayload { matter { id } }\n      ... on NotFoundError { message entity }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation VisibilityUpdateMatter($input: UpdateMatterInput!) {\n    updateMatter(input: $input) {\n      __typename\n      ... on UpdateMatterPayload { matter { id } }\n      ... on NotFoundError { message entity }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibilityMatterTeam($id: ID!) {\n    node(id: $id) { ... on Matter { members(first: 10) { edges { node { id role user { id } } } } } }\n  }\n"): (typeof documents)["\n  query VisibilityMatterTeam($id: ID!) {\n    node(id: $id) { ... on Matter { members(first: 10) { edges { node { id role user { id } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NPlusOneMatters($first: Int!) {\n    matters(first: $first, orderBy: { field: NUMBER, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          number\n          client { name }\n          responsibleAttorney { name }\n          members(first: 10) { totalCount edges { node { role user { name email } } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NPlusOneMatters($first: Int!) {\n    matters(first: $first, orderBy: { field: NUMBER, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          number\n          client { name }\n          responsibleAttorney { name }\n          members(first: 10) { totalCount edges { node { role user { name email } } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TasksCreate($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload { task { id title status priority dueDate assignee { id } } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation TasksCreate($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskPayload { task { id title status priority dueDate assignee { id } } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TasksUpdate($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      __typename\n      ... on UpdateTaskPayload { task { id status completedAt } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation TasksUpdate($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      __typename\n      ... on UpdateTaskPayload { task { id status completedAt } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TasksMine($status: TaskStatus) { myTasks(first: 10, status: $status) { totalCount edges { node { title status } } } }\n"): (typeof documents)["\n  query TasksMine($status: TaskStatus) { myTasks(first: 10, status: $status) { totalCount edges { node { title status } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotesCreate($input: CreateNoteInput!) {\n    createNote(input: $input) {\n      __typename\n      ... on CreateNotePayload { note { id body pinned author { id } } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation NotesCreate($input: CreateNoteInput!) {\n    createNote(input: $input) {\n      __typename\n      ... on CreateNotePayload { note { id body pinned author { id } } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotesUpdate($input: UpdateNoteInput!) {\n    updateNote(input: $input) {\n      __typename\n      ... on UpdateNotePayload { note { body pinned } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation NotesUpdate($input: UpdateNoteInput!) {\n    updateNote(input: $input) {\n      __typename\n      ... on UpdateNotePayload { note { body pinned } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotesOfMatter($id: ID!) { node(id: $id) { ... on Matter { notes(first: 10) { edges { node { body pinned } } } } } }\n"): (typeof documents)["\n  query NotesOfMatter($id: ID!) { node(id: $id) { ... on Matter { notes(first: 10) { edges { node { body pinned } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaginationMatterMembers($first: Int, $last: Int) {\n    matters(first: 1) { edges { node { members(first: $first, last: $last) { totalCount } } } }\n  }\n"): (typeof documents)["\n  query PaginationMatterMembers($first: Int, $last: Int) {\n    matters(first: 1) { edges { node { members(first: $first, last: $last) { totalCount } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaginationMatters($first: Int, $after: String, $last: Int, $before: String, $orderBy: MatterOrder, $filter: MatterFilter) {\n    matters(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, filter: $filter) {\n      totalCount\n      edges { cursor node { id } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): (typeof documents)["\n  query PaginationMatters($first: Int, $after: String, $last: Int, $before: String, $orderBy: MatterOrder, $filter: MatterFilter) {\n    matters(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, filter: $filter) {\n      totalCount\n      edges { cursor node { id } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaginationClients($first: Int, $after: String, $last: Int, $before: String, $orderBy: ClientOrder) {\n    clients(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n      totalCount\n      edges { cursor node { id } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): (typeof documents)["\n  query PaginationClients($first: Int, $after: String, $last: Int, $before: String, $orderBy: ClientOrder) {\n    clients(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n      totalCount\n      edges { cursor node { id } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartiesAdd($input: AddPartyInput!) {\n    addParty(input: $input) {\n      __typename\n      ... on AddPartyPayload { party { id name role aliases representedBy { id } matter { id } } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation PartiesAdd($input: AddPartyInput!) {\n    addParty(input: $input) {\n      __typename\n      ... on AddPartyPayload { party { id name role aliases representedBy { id } matter { id } } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartiesUpdate($input: UpdatePartyInput!) {\n    updateParty(input: $input) {\n      __typename\n      ... on UpdatePartyPayload { party { id name aliases email representedBy { id } } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation PartiesUpdate($input: UpdatePartyInput!) {\n    updateParty(input: $input) {\n      __typename\n      ... on UpdatePartyPayload { party { id name aliases email representedBy { id } } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartiesRemove($input: RemovePartyInput!) {\n    removeParty(input: $input) {\n      __typename\n      ... on RemovePartyPayload { removedPartyId matter { parties(first: 10) { totalCount } } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation PartiesRemove($input: RemovePartyInput!) {\n    removeParty(input: $input) {\n      __typename\n      ... on RemovePartyPayload { removedPartyId matter { parties(first: 10) { totalCount } } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartiesOfMatter($id: ID!) {\n    node(id: $id) { ... on Matter { parties(first: 10) { totalCount edges { node { name role } } } } }\n  }\n"): (typeof documents)["\n  query PartiesOfMatter($id: ID!) {\n    node(id: $id) { ... on Matter { parties(first: 10) { totalCount edges { node { name role } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchRecords($query: String!, $types: [SearchType!], $first: Int, $after: String) {\n    search(query: $query, types: $types, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { type rank snippet node { id __typename } } }\n    }\n  }\n"): (typeof documents)["\n  query SearchRecords($query: String!, $types: [SearchType!], $first: Int, $after: String) {\n    search(query: $query, types: $types, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { type rank snippet node { id __typename } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchAddNote($input: CreateNoteInput!) { createNote(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation SearchAddNote($input: CreateNoteInput!) { createNote(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchAddParty($input: AddPartyInput!) { addParty(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation SearchAddParty($input: AddPartyInput!) { addParty(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchAddMember($input: AddMatterMemberInput!) { addMatterMember(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation SearchAddMember($input: AddMatterMemberInput!) { addMatterMember(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SearchAddDocket($input: AddDocketEntryInput!) { addDocketEntry(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation SearchAddDocket($input: AddDocketEntryInput!) { addDocketEntry(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaginationUsers($first: Int, $after: String, $last: Int, $before: String) {\n    users(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges { cursor node { id } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): (typeof documents)["\n  query PaginationUsers($first: Int, $after: String, $last: Int, $before: String) {\n    users(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      edges { cursor node { id } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaginationAudit($first: Int, $after: String, $last: Int, $before: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCount\n      edges { cursor node { id } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): (typeof documents)["\n  query PaginationAudit($first: Int, $after: String, $last: Int, $before: String, $filter: AuditEventFilter) {\n    auditEvents(first: $first, after: $after, last: $last, before: $before, filter: $filter) {\n      totalCount\n      edges { cursor node { id } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidationCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      __typename\n      ... on CreateClientPayload { client { id } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ValidationCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      __typename\n      ... on CreateClientPayload { client { id } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidationUpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      __typename\n      ... on UpdateClientPayload { client { id name email } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ValidationUpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      __typename\n      ... on UpdateClientPayload { client { id name email } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidationCreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) {\n      __typename\n      ... on CreateMatterPayload { matter { id number } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ValidationCreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) {\n      __typename\n      ... on CreateMatterPayload { matter { id number } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidationUpdateMatter($input: UpdateMatterInput!) {\n    updateMatter(input: $input) {\n      __typename\n      ... on UpdateMatterPayload { matter { id number } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ValidationUpdateMatter($input: UpdateMatterInput!) {\n    updateMatter(input: $input) {\n      __typename\n      ... on UpdateMatterPayload { matter { id number } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      __typename\n      ... on InviteUserPayload { user { id email role } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      __typename\n      ... on InviteUserPayload { user { id email role } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailRequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) { __typename ... on RequestPasswordResetPayload { accepted } }\n  }\n"): (typeof documents)["\n  mutation EmailRequestReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) { __typename ... on RequestPasswordResetPayload { accepted } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on ResetPasswordPayload { email }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      __typename\n      ... on ResetPasswordPayload { email }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailLogin($input: LoginInput!) { login(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation EmailLogin($input: LoginInput!) { login(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PageInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { __typename }\n  }\n"): (typeof documents)["\n  mutation PageInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PageLogin($input: LoginInput!) { login(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation PageLogin($input: LoginInput!) { login(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventFeed($after: String, $first: Int, $types: [String!]) {\n    events(after: $after, first: $first, types: $types) {\n      edges { cursor node { id type entityType payload } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query EventFeed($after: String, $first: Int, $types: [String!]) {\n    events(after: $after, first: $first, types: $types) {\n      edges { cursor node { id type entityType payload } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FilesRenderPdf($input: RenderPdfInput!) {\n    renderPdf(input: $input) {\n      __typename\n      ... on RenderPdfPayload { job { id } }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation FilesRenderPdf($input: RenderPdfInput!) {\n    renderPdf(input: $input) {\n      __typename\n      ... on RenderPdfPayload { job { id } }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilesList { files(first: 10) { edges { node { id name mimeType size sha256 downloadPath } } } }\n"): (typeof documents)["\n  query FilesList { files(first: 10) { edges { node { id name mimeType size sha256 downloadPath } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobsList($status: JobStatus) {\n    jobs(first: 20, status: $status) {\n      totalCount\n      edges { node { id task status attempts maxAttempts lastError progress result } }\n    }\n  }\n"): (typeof documents)["\n  query JobsList($status: JobStatus) {\n    jobs(first: 20, status: $status) {\n      totalCount\n      edges { node { id task status attempts maxAttempts lastError progress result } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JobsRetry($input: RetryJobInput!) {\n    retryJob(input: $input) {\n      __typename\n      ... on RetryJobPayload { job { status attempts } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation JobsRetry($input: RetryJobInput!) {\n    retryJob(input: $input) {\n      __typename\n      ... on RetryJobPayload { job { status attempts } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JobsRenderPdf($input: RenderPdfInput!) {\n    renderPdf(input: $input) { __typename ... on RenderPdfPayload { job { id status } } ... on Error { message } }\n  }\n"): (typeof documents)["\n  mutation JobsRenderPdf($input: RenderPdfInput!) {\n    renderPdf(input: $input) { __typename ... on RenderPdfPayload { job { id status } } ... on Error { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotifyAddMember($input: AddMatterMemberInput!) { addMatterMember(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation NotifyAddMember($input: AddMatterMemberInput!) { addMatterMember(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotifyList($unreadOnly: Boolean) {\n    notifications(first: 10, unreadOnly: $unreadOnly) { totalCount edges { node { id type title body entityId readAt } } }\n  }\n"): (typeof documents)["\n  query NotifyList($unreadOnly: Boolean) {\n    notifications(first: 10, unreadOnly: $unreadOnly) { totalCount edges { node { id type title body entityId readAt } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotifyMarkRead($input: MarkNotificationReadInput!) {\n    markNotificationRead(input: $input) {\n      __typename\n      ... on MarkNotificationReadPayload { notification { readAt } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation NotifyMarkRead($input: MarkNotificationReadInput!) {\n    markNotificationRead(input: $input) {\n      __typename\n      ... on MarkNotificationReadPayload { notification { readAt } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotifyMarkAll($input: MarkAllNotificationsReadInput!) {\n    markAllNotificationsRead(input: $input) { __typename ... on MarkAllNotificationsReadPayload { count } }\n  }\n"): (typeof documents)["\n  mutation NotifyMarkAll($input: MarkAllNotificationsReadInput!) {\n    markAllNotificationsRead(input: $input) { __typename ... on MarkAllNotificationsReadPayload { count } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotifySetPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      __typename\n      ... on SetNotificationPreferencePayload { preference { type email } }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation NotifySetPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      __typename\n      ... on SetNotificationPreferencePayload { preference { type email } }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotifyPreferences { notificationPreferences { type email } }\n"): (typeof documents)["\n  query NotifyPreferences { notificationPreferences { type email } }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenancyConnections($clientId: ID!, $matterId: ID!) {\n    matters(first: 100) { totalCount edges { node { id client { id } responsibleAttorney { id } } } }\n    clients(first: 100) { totalCount edges { node { id } } }\n    users(first: 100) { totalCount edges { node { id firm { id } } } }\n    auditEvents(first: 100) { totalCount edges { node { id actor { id } } } }\n    client: node(id: $clientId) { ... on Client { matters(first: 100) { totalCount edges { node { id } } } } }\n    matter: node(id: $matterId) { ... on Matter { members(first: 100) { totalCount edges { node { id user { id } } } } } }\n  }\n"): (typeof documents)["\n  query TenancyConnections($clientId: ID!, $matterId: ID!) {\n    matters(first: 100) { totalCount edges { node { id client { id } responsibleAttorney { id } } } }\n    clients(first: 100) { totalCount edges { node { id } } }\n    users(first: 100) { totalCount edges { node { id firm { id } } } }\n    auditEvents(first: 100) { totalCount edges { node { id actor { id } } } }\n    client: node(id: $clientId) { ... on Client { matters(first: 100) { totalCount edges { node { id } } } } }\n    matter: node(id: $matterId) { ... on Matter { members(first: 100) { totalCount edges { node { id user { id } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenancyFilteredConnections($clientId: ID!, $entityId: ID!) {\n    matters(first: 100, filter: { clientId: $clientId }) { totalCount edges { node { id } } }\n    auditEvents(first: 100, filter: { entityId: $entityId }) { totalCount edges { node { id } } }\n  }\n"): (typeof documents)["\n  query TenancyFilteredConnections($clientId: ID!, $entityId: ID!) {\n    matters(first: 100, filter: { clientId: $clientId }) { totalCount edges { node { id } } }\n    auditEvents(first: 100, filter: { entityId: $entityId }) { totalCount edges { node { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyRemoveMember($input: RemoveMatterMemberInput!) {\n    removeMatterMember(input: $input) {\n      __typename\n      ... on RemoveMatterMemberPayload { matter { id } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation TenancyRemoveMember($input: RemoveMatterMemberInput!) {\n    removeMatterMember(input: $input) {\n      __typename\n      ... on RemoveMatterMemberPayload { matter { id } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyUpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      __typename\n      ... on UpdateClientPayload { client { id name } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation TenancyUpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      __typename\n      ... on UpdateClientPayload { client { id name } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyUpdateMatter($input: UpdateMatterInput!) {\n    updateMatter(input: $input) {\n      __typename\n      ... on UpdateMatterPayload { matter { id title } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation TenancyUpdateMatter($input: UpdateMatterInput!) {\n    updateMatter(input: $input) {\n      __typename\n      ... on UpdateMatterPayload { matter { id title } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyReopenMatter($input: ReopenMatterInput!) {\n    reopenMatter(input: $input) {\n      __typename\n      ... on ReopenMatterPayload { matter { id status } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation TenancyReopenMatter($input: ReopenMatterInput!) {\n    reopenMatter(input: $input) {\n      __typename\n      ... on ReopenMatterPayload { matter { id status } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      __typename\n      ... on ChangeUserRolePayload { user { id role } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation TenancyChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) {\n      __typename\n      ... on ChangeUserRolePayload { user { id role } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyCreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) {\n      __typename\n      ... on CreateMatterPayload { matter { id } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation TenancyCreateMatter($input: CreateMatterInput!) {\n    createMatter(input: $input) {\n      __typename\n      ... on CreateMatterPayload { matter { id } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenancyNode($id: ID!) {\n    node(id: $id) { __typename id }\n  }\n"): (typeof documents)["\n  query TenancyNode($id: ID!) {\n    node(id: $id) { __typename id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenancyNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id }\n  }\n"): (typeof documents)["\n  query TenancyNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenancyMatterSetup($id: ID!) {\n    node(id: $id) { ... on Matter { members(first: 10) { edges { node { id user { id } } } } } }\n    auditEvents(first: 1) { edges { node { id } } }\n  }\n"): (typeof documents)["\n  query TenancyMatterSetup($id: ID!) {\n    node(id: $id) { ... on Matter { members(first: 10) { edges { node { id user { id } } } } } }\n    auditEvents(first: 1) { edges { node { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyAddMember($input: AddMatterMemberInput!) {\n    addMatterMember(input: $input) {\n      __typename\n      ... on AddMatterMemberPayload { matter { id } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation TenancyAddMember($input: AddMatterMemberInput!) {\n    addMatterMember(input: $input) {\n      __typename\n      ... on AddMatterMemberPayload { matter { id } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyCloseMatter($input: CloseMatterInput!) {\n    closeMatter(input: $input) {\n      __typename\n      ... on CloseMatterPayload { matter { id status } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation TenancyCloseMatter($input: CloseMatterInput!) {\n    closeMatter(input: $input) {\n      __typename\n      ... on CloseMatterPayload { matter { id status } }\n      ... on Error { message }\n      ... on NotFoundError { entity }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($endpointId: ID, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(first: 10, endpointId: $endpointId, status: $status) {\n      totalCount\n      edges {\n        node {\n          id deliveryId eventType status attemptCount lastError\n          attempts(first: 20) { edges { node { number succeeded responseStatus error responseExcerpt } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($endpointId: ID, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(first: 10, endpointId: $endpointId, status: $status) {\n      totalCount\n      edges {\n        node {\n          id deliveryId eventType status attemptCount lastError\n          attempts(first: 20) { edges { node { number succeeded responseStatus error responseExcerpt } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookRotate($input: RotateWebhookSecretInput!) {\n    rotateWebhookSecret(input: $input) { __typename ... on RotateWebhookSecretPayload { secret } }\n  }\n"): (typeof documents)["\n  mutation WebhookRotate($input: RotateWebhookSecretInput!) {\n    rotateWebhookSecret(input: $input) { __typename ... on RotateWebhookSecretPayload { secret } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookNotifications { notifications(first: 10) { edges { node { type title } } } }\n"): (typeof documents)["\n  query WebhookNotifications { notifications(first: 10) { edges { node { type title } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoints { webhookEndpoints(first: 10) { edges { node { id active consecutiveFailures disabledReason } } } }\n"): (typeof documents)["\n  query WebhookEndpoints { webhookEndpoints(first: 10) { edges { node { id active consecutiveFailures disabledReason } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookRedeliver($input: RedeliverWebhookInput!) {\n    redeliverWebhook(input: $input) {\n      __typename\n      ... on RedeliverWebhookPayload { delivery { status } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookRedeliver($input: RedeliverWebhookInput!) {\n    redeliverWebhook(input: $input) {\n      __typename\n      ... on RedeliverWebhookPayload { delivery { status } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookUpdate($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      __typename\n      ... on UpdateWebhookEndpointPayload { endpoint { active consecutiveFailures disabledReason } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookUpdate($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      __typename\n      ... on UpdateWebhookEndpointPayload { endpoint { active consecutiveFailures disabledReason } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookSupportCreate($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      __typename\n      ... on CreateWebhookEndpointPayload { secret endpoint { id url eventTypes active } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookSupportCreate($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      __typename\n      ... on CreateWebhookEndpointPayload { secret endpoint { id url eventTypes active } }\n      ... on ValidationError { message issues { path message } }\n      ... on Error { message }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;