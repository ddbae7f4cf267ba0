import { extname } from 'node:path';
import { fileTypeFromFile } from 'file-type';
import type { Spooled } from './intake.ts';

/** What an upload was recognised as, from its bytes. */
export interface Recognised {
  mimeType: string;
  /** A short name for error messages and logs, e.g. "PDF". */
  label: string;
}

// What file-type recognises, by the MIME type it reports, that the firm may keep.
const BINARY_ALLOWED: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel workbook',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint presentation',
  'application/vnd.oasis.opendocument.text': 'OpenDocument text',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument spreadsheet',
  'application/vnd.oasis.opendocument.presentation': 'OpenDocument presentation',
  'application/rtf': 'RTF document',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'image/gif': 'GIF image',
  'image/webp': 'WebP image',
  'image/tiff': 'TIFF image',
  'image/bmp': 'BMP image',
  'image/heic': 'HEIC image',
};

// Old Office files and Outlook messages share one container format (CFB); the name tells them apart.
const CFB_BY_EXTENSION: Record<string, Recognised> = {
  '.doc': { mimeType: 'application/msword', label: 'Word document' },
  '.xls': { mimeType: 'application/vnd.ms-excel', label: 'Excel workbook' },
  '.ppt': { mimeType: 'application/vnd.ms-powerpoint', label: 'PowerPoint presentation' },
  '.msg': { mimeType: 'application/vnd.ms-outlook', label: 'Outlook message' },
};

// RFC 5322 header fields that open an email (and rarely a plain text file) in the first lines.
const EMAIL_HEADERS = /^(from|to|subject|date|message-id|received|return-path|mime-version|delivered-to|reply-to|cc):/i;

/** Whether text opens with a block of email header fields, at least two of them known ones. */
function looksLikeEmail(head: Buffer): boolean {
  const lines = head.toString('utf8').split(/\r?\n/);
  let known = 0;
  for (const line of lines.slice(0, 200)) {
    if (line === '') return known >= 2;
    if (/^[ \t]/.test(line)) continue;
    if (!/^[!-9;-~]+:/.test(line)) return false;
    if (EMAIL_HEADERS.test(line)) known++;
  }
  return false;
}

/**
 * Recognises an upload from its bytes (file-type's signatures; UTF-8 text, and email by its
 * header block, where there is no signature) and returns it when the allow-list admits it: PDF,
 * Office and OpenDocument files, RTF, common images, plain text and CSV, email (.eml, .msg).
 * Null for anything else, whatever the file is called; the name only tells apart formats that
 * share one container (old Office files and Outlook messages) or text flavours.
 */
export async function recognise(file: Spooled, fileName: string): Promise<Recognised | null> {
  const detected = file.size > 0 ? await fileTypeFromFile(file.path) : undefined;
  const extension = extname(fileName).toLowerCase();
  if (detected) {
    if (detected.mime === 'application/x-cfb') return CFB_BY_EXTENSION[extension] ?? null;
    const label = BINARY_ALLOWED[detected.mime];
    return label ? { mimeType: detected.mime, label } : null;
  }
  if (!file.text) return null;
  if (looksLikeEmail(file.head)) return { mimeType: 'message/rfc822', label: 'email' };
  if (extension === '.csv') return { mimeType: 'text/csv', label: 'CSV text' };
  return { mimeType: 'text/plain', label: 'text' };
}
