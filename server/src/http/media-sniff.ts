// What an uploaded hall file really is, from its first bytes: the name's extension decides how it is
// served (static-file.ts), so a file is accepted only when its content is what its name says.

export type MediaFormat = 'png' | 'jpeg' | 'webp' | 'mp4' | 'webm';

/** Bytes enough to tell every accepted format apart. */
export const SNIFF_BYTES = 12;

const ascii = (b: Uint8Array, at: number, text: string): boolean =>
  [...text].every((c, i) => b[at + i] === c.charCodeAt(0));

export function sniffMedia(head: Uint8Array): MediaFormat | null {
  if (head.length < SNIFF_BYTES) return null;
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => head[i] === v)) return 'png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'WEBP')) return 'webp';
  // ISO base media: a box size, then "ftyp" and the brand.
  if (ascii(head, 4, 'ftyp')) return 'mp4';
  // EBML header (WebM is Matroska with doctype "webm").
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return 'webm';
  return null;
}

const BY_EXTENSION: Record<string, MediaFormat> = {
  '.png': 'png',
  '.jpg': 'jpeg',
  '.jpeg': 'jpeg',
  '.webp': 'webp',
  '.mp4': 'mp4',
  '.webm': 'webm',
};

/** The format a file name promises, or null when the hall does not take that kind of file. */
export function formatOfName(name: string): MediaFormat | null {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? null : (BY_EXTENSION[name.slice(dot).toLowerCase()] ?? null);
}
