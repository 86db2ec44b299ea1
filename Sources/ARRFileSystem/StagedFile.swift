import ARRCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One output file being written, invisible under its real name until ``OutputFile/commit(_:)``
/// renames it into place.
///
/// On Linux the file is created unnamed in the target's folder (`O_TMPFILE`): a run killed even
/// with `SIGKILL` leaves nothing. It gets a temporary name (``TemporaryName``) only just before
/// the rename. Elsewhere, or on a file system without `O_TMPFILE`, it is created under that
/// name at once with `O_CREAT | O_EXCL | O_NOFOLLOW`, so a planted file or symbolic link is
/// never opened, and registered with ``SignalCleanup``.
///
/// Permissions: the file replacing an existing regular file gets that file's mode (a 0600
/// report stays 0600); a new file gets 0666 minus the umask, as any new file would.
public struct StagedFile: Sendable {
  /// The path the file will have.
  public let path: String
  let descriptor: Int32
  /// The temporary's name on disk; `nil` while the file is unnamed.
  private(set) var temporary: String?
  private(set) var slot: Int?

  /// Creates the file for `path` (its folder must exist) and sweeps the folder of temporaries
  /// left by killed runs.
  /// - Parameter path: Where the file will be.
  /// - Returns: The open, empty file.
  /// - Throws: `ARRQualityError` (`.cannotCreateOutput`) naming `path`.
  public static func create(for path: String) throws(ARRQualityError) -> StagedFile {
    let directory = System.split(path).directory
    TemporaryName.sweep(directory)
    var mode = 0o666 & ~System.umask()
    if let st = System.linkStatus(path) {
      if System.type(st) == S_IFDIR {
        throw ARRQualityError(
          kind: .cannotCreateOutput, message: "\(path): is a folder, expected a file")
      }
      if System.type(st) == S_IFREG { mode = st.st_mode & 0o7777 }
    }
    var file: StagedFile
    #if canImport(Glibc)
      let fd = System.open(directory, System.temporaryFileFlag | O_WRONLY | O_CLOEXEC, 0o600)
      if fd >= 0 {
        file = StagedFile(path: path, descriptor: fd, temporary: nil, slot: nil)
      } else if errno == ENOENT || errno == EACCES || errno == ENOTDIR || errno == EROFS
        || errno == ENOSPC || errno == EDQUOT
      {
        throw cannotCreate(path, errno)
      } else {
        file = try createNamed(for: path)
      }
    #else
      file = try createNamed(for: path)
    #endif
    if fchmod(file.descriptor, mode) != 0 {
      let e = errno
      file.discard()
      throw cannotCreate(path, e)
    }
    return file
  }

  /// Creates the file under a fresh temporary name (no `O_TMPFILE`).
  private static func createNamed(for path: String) throws(ARRQualityError) -> StagedFile {
    for _ in 0..<8 {
      let name = TemporaryName.make(for: path)
      let slot = SignalCleanup.register(name)
      let fd = System.open(name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
      if fd >= 0 { return StagedFile(path: path, descriptor: fd, temporary: name, slot: slot) }
      let e = errno
      SignalCleanup.unregister(slot)
      // Someone holds that name (64 random bits: a planted file): try another.
      if e != EEXIST { throw cannotCreate(path, e) }
    }
    throw cannotCreate(path, EEXIST)
  }

  private static func cannotCreate(_ path: String, _ e: Int32) -> ARRQualityError {
    ARRQualityError(
      kind: .cannotCreateOutput, message: "\(path): cannot create (\(describeErrno(e)))")
  }

  /// Appends `buffer`.
  /// - Throws: `ARRQualityError` (`.outputFailed`) naming the path (a full disk, say).
  public func write(_ buffer: UnsafeRawBufferPointer) throws(ARRQualityError) {
    if let e = OutputFile.writeFully(descriptor, buffer) { throw writeFailed(e) }
  }

  /// Appends each chunk in order.
  /// - Throws: As ``write(_:)-(UnsafeRawBufferPointer)``.
  public func write(chunks: [[UInt8]]) throws(ARRQualityError) {
    if let e = OutputFile.writeFully(descriptor, chunks: chunks) { throw writeFailed(e) }
  }

  /// The error of a failed write to this file: `.outputFailed`, naming the path and `errno`.
  func writeFailed(_ e: Int32) -> ARRQualityError {
    ARRQualityError(kind: .outputFailed, message: "\(path): write failed (\(describeErrno(e)))")
  }

  /// Closes and removes the file; it never appears under its real name.
  public mutating func discard() {
    _ = System.close(descriptor)
    if let temporary { unlink(temporary) }
    SignalCleanup.unregister(slot)
    slot = nil
    temporary = nil
  }

  /// Flushes the data to disk, closes the file and gives it its temporary name (if it has
  /// none yet), ready for the rename.
  /// - Throws: `ARRQualityError` (`.outputFailed`); the file is then removed.
  mutating func seal() throws(ARRQualityError) {
    // fsync before the rename: after a crash the path holds the old file or the whole new
    // one, never an empty or torn one (docs/output.md, "Durability").
    if fsyncData(descriptor) != 0 {
      let e = errno
      discard()
      throw ARRQualityError(
        kind: .outputFailed, message: "\(path): cannot flush to disk (\(describeErrno(e)))")
    }
    #if canImport(Glibc)
      if temporary == nil {
        var linked = false
        var failure: Int32 = 0
        for _ in 0..<8 where !linked {
          let name = TemporaryName.make(for: path)
          let slot = SignalCleanup.register(name)
          if linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, name, AT_SYMLINK_FOLLOW)
            == 0
          {
            temporary = name
            self.slot = slot
            linked = true
          } else {
            failure = errno
            SignalCleanup.unregister(slot)
            if failure != EEXIST { break }
          }
        }
        if !linked {
          discard()
          throw ARRQualityError(
            kind: .outputFailed,
            message: "\(path): cannot name the file (\(describeErrno(failure)))")
        }
      }
    #endif
    if System.close(descriptor) != 0 {
      let e = errno
      discard()
      throw ARRQualityError(
        kind: .outputFailed, message: "\(path): write failed (\(describeErrno(e)))")
    }
  }

  /// Renames the sealed file into place.
  /// - Returns: `nil` on success, else the `errno`.
  mutating func rename() -> Int32? {
    guard let temporary else { return EINVAL }
    if System.rename(temporary, path) != 0 { return errno }
    SignalCleanup.unregister(slot)
    slot = nil
    self.temporary = nil
    return nil
  }

  /// Removes a sealed file that will not be renamed.
  mutating func removeSealed() {
    if let temporary { unlink(temporary) }
    SignalCleanup.unregister(slot)
    slot = nil
    temporary = nil
  }
}

/// `fdatasync` where it exists (Linux), else `fsync`.
func fsyncData(_ fd: Int32) -> Int32 {
  #if canImport(Glibc)
    return fdatasync(fd)
  #else
    return fsync(fd)
  #endif
}
