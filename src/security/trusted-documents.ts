import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Viewer } from '../core/context.ts';

/** Where codegen writes the manifest of the first-party client's operations (sha-256 → document). */
export const DEFAULT_MANIFEST = 'client/gql/persisted-documents.json';

/** `required`: only documents of the manifest run; `off`: any document runs (keys marked `trustedDocumentsOnly` excepted). */
export type TrustedDocumentsMode = 'off' | 'required';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The refusal of a document outside the manifest, in the code Apollo's persisted queries use. */
export const untrustedDocument = () =>
  new GraphQLError(
    'This server runs trusted documents only: send one of the registered operations by its hash (extensions.persistedQuery.sha256Hash); this document is not registered',
    { extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } } },
  );

/**
 * The trusted documents: the operations a first-party client ships with, registered at build time
 * by `npm run codegen` (manifest keys are `sha256:<hex>` of each document's text). Clients send a
 * registered document by hash in Apollo's persisted-query format
 * (`extensions: { persistedQuery: { version: 1, sha256Hash } }`) or in full.
 */
export class TrustedDocuments {
  private readonly documents: ReadonlyMap<string, string>;
  // Documents clients register with automatic persisted queries, when no manifest is required.
  private readonly registered = new LRUCache<string, string>({ max: 1_000 });

  constructor(
    readonly mode: TrustedDocumentsMode,
    manifest: Record<string, string>,
  ) {
    this.documents = new Map(Object.entries(manifest).map(([hash, text]) => [hash.replace(/^sha256:/, ''), text]));
  }

  /** Reads the manifest codegen wrote; a missing one holds no documents (and refuses everything under `required`). */
  static load(mode: TrustedDocumentsMode, path = DEFAULT_MANIFEST): TrustedDocuments {
    let manifest: Record<string, string> = {};
    try {
      manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
    } catch (error) {
      if (mode === 'required')
        throw new Error(`TRUSTED_DOCUMENTS=required but the manifest ${path} cannot be read: ${(error as Error).message}`);
    }
    return new TrustedDocuments(mode, manifest);
  }

  get size(): number {
    return this.documents.size;
  }

  /** The registered document with this hash. */
  byHash(hash: string): string | undefined {
    return this.documents.get(hash) ?? (this.mode === 'off' ? this.registered.get(hash) : undefined);
  }

  /** Whether `text` is a registered document. */
  has(text: string): boolean {
    return this.documents.has(sha256(text));
  }

  /** Whether only registered documents run for this caller: all of them under `required`, else keys marked so. */
  requiredFor(viewer: Viewer | null): boolean {
    return this.mode === 'required' || viewer?.apiKey?.trustedDocumentsOnly === true;
  }

  /**
   * Apollo's persisted-query cache: hashes resolve to the manifest's documents; documents clients
   * register themselves are kept only when the manifest is not required.
   */
  cache() {
    // Apollo prefixes the hashes it asks for (`apq:<hash>`).
    const hashIn = (key: string) => key.slice(key.lastIndexOf(':') + 1);
    return {
      get: async (key: string) => this.byHash(hashIn(key)),
      set: async (key: string, text: string) => {
        if (this.mode === 'off') this.registered.set(hashIn(key), text);
      },
      delete: async (key: string) => {
        this.registered.delete(hashIn(key));
      },
    };
  }
}
