/** The jobs domain's public face for other domains: background jobs and the files they produce. */
export { JobEntity, StoredFileEntity } from './jobs.entities.ts';
export { DocumentDefinition, RENDER_PDF } from './pdf-document.ts';
export { readStoredFileBytes, type StoredFileContent } from './stored-file-bytes.ts';
