import type { Archiver } from 'archiver';

type ZipOptions = { zlib?: { level: number } };
type ArchiverModule = ((format: 'zip', options?: ZipOptions) => Archiver) | { ZipArchive: new (options?: ZipOptions) => Archiver };
// archiver's CommonJS entry is a factory, its ES module entry a set of classes; which one
// loads depends on the resolver, so take whichever is there.
const archiverModule = require('archiver') as ArchiverModule;

/** A zip archive being written (pipe it to its destination, append entries, finalize). */
export const newZip = (options: ZipOptions): Archiver =>
  typeof archiverModule === 'function' ? archiverModule('zip', options) : new archiverModule.ZipArchive(options);
