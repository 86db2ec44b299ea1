/// Why a zip container or one of its entries could not be read.
enum ZipFailure: Error, Equatable, Sendable {
  /// The bytes are not a zip archive at all.
  case notZip
  /// An OLE compound document: a legacy `.xls` or an encrypted (password-protected) workbook;
  /// `isEncrypted` is `nil` when the directory does not say which.
  case compoundDocument(isEncrypted: Bool?)
  /// The archive's directory or an entry's header is cut short or points outside the file.
  case damaged(String)
  /// An entry name that could reach outside the archive (`..`, an absolute path, a drive).
  case unsafePath(String)
  /// A feature we do not read (ZIP64, spanned archives, encryption, another compression).
  case unsupported(String)
  /// An entry whose data fails to inflate, or whose size or checksum disagrees.
  case corruptEntry(name: String, reason: String)
  /// An entry that inflates past ``ZipLimits/maxRatio`` times its compressed size.
  case compressionRatio(name: String, compressed: Int, inflatedPast: Int)
  /// An entry that inflates past ``ZipLimits/maxEntrySize``.
  case tooLarge(name: String, limit: Int)
  /// An entry whose declared size is past the limit it would inflate under (`limit`, set by
  /// the ratio when `isRatioBound`): refused before inflating, since an entry is accepted only
  /// when it inflates to exactly its declared size (trial 30, T30-17: a 2 MB bomb declaring
  /// 2.1 GB cost 411 MB to be refused).
  case declaredPastLimit(
    name: String, compressed: Int, declared: Int, limit: Int, isRatioBound: Bool)
  /// Entries that together declare more than ``ZipLimits/maxTotalSize`` inflated bytes.
  case totalPastLimit(entries: Int, declared: Int, limit: Int)
}
