import ARRCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a whole folder of files (a report bundle) all-or-nothing.
///
/// The new folder is built complete, flushed, in a fresh sibling (`.NAME.arrq-PID-RANDOM.tmp`,
/// created with `mkdir`, which never follows or reuses an existing name), then swapped with the
/// old one in one step: `renameat2(RENAME_EXCHANGE)` on Linux, `renamex_np(RENAME_SWAP)` on
/// macOS. A reader sees the old bundle or the new one, never a mix; a failure or a signal before
/// the swap leaves the old bundle untouched. Where no atomic swap exists (another system, a file
/// system that refuses it) the old folder is moved aside, the new one moved in, then the old one
/// deleted: a reader may then briefly find no folder, but never a mix.
///
/// Because the swap replaces the whole folder, an existing folder is replaced only when every
/// file in it is one the caller owns (`isOwned`): a bundle is never written over a folder that
/// holds anything else, so `--report-dir ~/Documents` cannot delete documents.
public enum OutputDirectory {
  /// Replaces the folder `path` with one holding exactly `files`.
  /// - Parameters:
  ///   - path: The folder; missing parents are created.
  ///   - files: Paths inside the folder (`charts/a.svg`; sub-folders are created) and contents.
  ///   - isOwned: Whether a path already inside the folder (files as `a/b`, folders as `a/`) is
  ///     one a previous write made, which may be replaced.
  /// - Throws: `ARRQualityError` `.cannotCreateOutput` when `path` is a file, holds files not
  ///   owned, or the new folder cannot be made; `.outputFailed` when a write, flush or the swap
  ///   fails. The old folder is then untouched and no temporary is left.
  /// - Complexity: O(total bytes + entries of the old folder).
  public static func replace(
    _ path: String, with files: [(path: String, chunks: [[UInt8]])],
    isOwned: (String) -> Bool
  ) throws(ARRQualityError) {
    try replace(path, made: files.map { ($0.path, ByteChunks($0.chunks)) }, isOwned: isOwned)
  }

  /// Entries of an existing folder looked at before it is refused as not a bundle.
  static let entriesListed = 1_000

  /// ``replace(_:with:isOwned:)`` with each file's pieces made as they are written
  /// (``ByteChunks``): a large report's files are never held whole.
  public static func replace(
    _ path: String, made files: [(path: String, chunks: ByteChunks)],
    isOwned: (String) -> Bool
  ) throws(ARRQualityError) {
    let target =
      path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    let parent = System.split(target).directory
    try OutputFile.makeDirectory(parent)
    TemporaryName.sweep(parent)
    var mode = 0o777 & ~System.umask()
    var exists = false
    if let st = System.linkStatus(target) {
      var followed = stat()
      guard stat(target, &followed) == 0, System.type(followed) == S_IFDIR else {
        throw ARRQualityError(
          kind: .cannotCreateOutput, message: "\(target): is a file, expected a folder")
      }
      guard System.type(st) == S_IFDIR else {
        // Swapping would replace the link, not the folder it points to.
        throw ARRQualityError(
          kind: .cannotCreateOutput,
          message: "\(target): is a symbolic link to a folder (expected the folder itself)")
      }
      // A bundle holds a few dozen entries: past ``entriesListed`` the folder is not one, and
      // the rest is not walked.
      let listed = Tree.entries(target, limit: Self.entriesListed) ?? []
      let foreign = listed.filter { !isOwned($0) }
      if let first = foreign.first {
        let more =
          listed.count >= Self.entriesListed
          ? " and more"
          : foreign.count > 1 ? " and \(CountText.grouped(foreign.count - 1)) more" : ""
        throw ARRQualityError(
          kind: .cannotCreateOutput,
          message:
            "\(target): holds \(first)\(more)"
            + ", not written by this tool (expected a new or empty folder, or an earlier report "
            + "bundle, which is replaced whole)")
      }
      mode = followed.st_mode & 0o7777
      exists = true
    }
    let temporary = try makeTemporaryDirectory(for: target)
    let slot = SignalCleanup.register(temporary, isFolder: true)
    var slots: [Int?] = [slot]
    func abandon() {
      Tree.remove(temporary)
      for s in slots.reversed() { SignalCleanup.unregister(s) }
    }
    do throws(ARRQualityError) {
      try fill(temporary, with: files, slots: &slots)
      if chmod(temporary, mode) != 0 {
        throw ARRQualityError(
          kind: .cannotCreateOutput,
          message: "\(target): cannot set permissions (\(describeErrno(errno)))")
      }
      OutputFile.syncDirectory(temporary)
    } catch {
      abandon()
      throw error
    }
    TestHook.pauseBeforeRename()
    if !exists {
      if System.rename(temporary, target) != 0 {
        let e = errno
        abandon()
        throw ARRQualityError(
          kind: .outputFailed, message: "\(target): cannot move into place (\(describeErrno(e)))")
      }
      for s in slots.reversed() { SignalCleanup.unregister(s) }
    } else {
      try swap(temporary, target, abandon: abandon)
      // The old bundle now sits at the temporary name.
      for s in slots.reversed() { SignalCleanup.unregister(s) }
      Tree.remove(temporary)
    }
    OutputFile.syncDirectory(parent)
  }

  /// Writes every file under `directory` (fresh, ours), registering each for signal cleanup.
  private static func fill(
    _ directory: String, with files: [(path: String, chunks: ByteChunks)], slots: inout [Int?]
  ) throws(ARRQualityError) {
    var made: Set<String> = []
    for file in files {
      var parts = file.path.split(separator: "/").map(String.init)
      parts.removeLast()
      var current = directory
      for part in parts {
        current += "/" + part
        if made.insert(current).inserted {
          slots.append(SignalCleanup.register(current, isFolder: true))
          if mkdir(current, 0o777 & ~System.umask()) != 0 {
            throw ARRQualityError(
              kind: .cannotCreateOutput,
              message: "\(current): cannot create folder (\(describeErrno(errno)))")
          }
        }
      }
      let full = directory + "/" + file.path
      slots.append(SignalCleanup.register(full))
      let fd = System.open(
        full, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666 & ~System.umask())
      guard fd >= 0 else {
        throw ARRQualityError(
          kind: .cannotCreateOutput, message: "\(full): cannot create (\(describeErrno(errno)))")
      }
      var failure = OutputFile.writeInBlocks(fd, pieces: file.chunks)
      if failure == nil && fsyncData(fd) != 0 { failure = errno }
      if System.close(fd) != 0 && failure == nil { failure = errno }
      if let failure {
        throw ARRQualityError(
          kind: .outputFailed, message: "\(full): write failed (\(describeErrno(failure)))")
      }
    }
    for d in made { OutputFile.syncDirectory(d) }
  }

  /// Creates a fresh, private temporary folder beside `target`.
  private static func makeTemporaryDirectory(for target: String) throws(ARRQualityError)
    -> String
  {
    var failure: Int32 = EEXIST
    for _ in 0..<8 {
      let name = TemporaryName.make(for: target)
      if mkdir(name, 0o700) == 0 { return name }
      failure = errno
      if failure != EEXIST { break }
    }
    throw ARRQualityError(
      kind: .cannotCreateOutput, message: "\(target): cannot create (\(describeErrno(failure)))")
  }

  /// Exchanges `new` and `old` atomically where the system can, else moves old aside first.
  private static func swap(_ new: String, _ old: String, abandon: () -> Void)
    throws(ARRQualityError)
  {
    if exchange(new, old) { return }
    // No atomic exchange: old → aside, new → old, aside → new (removed by the caller).
    let aside = TemporaryName.make(for: old)
    guard System.rename(old, aside) == 0 else {
      let e = errno
      abandon()
      throw ARRQualityError(
        kind: .outputFailed, message: "\(old): cannot move aside (\(describeErrno(e)))")
    }
    let slot = SignalCleanup.register(aside, isFolder: true)
    guard System.rename(new, old) == 0 else {
      let e = errno
      _ = System.rename(aside, old)
      SignalCleanup.unregister(slot)
      abandon()
      throw ARRQualityError(
        kind: .outputFailed, message: "\(old): cannot move into place (\(describeErrno(e)))")
    }
    _ = System.rename(aside, new)
    SignalCleanup.unregister(slot)
  }

  /// `renameat2(RENAME_EXCHANGE)` (Linux 3.15+, looked up at run time since Glibc does not
  /// export it to Swift) or `renamex_np(RENAME_SWAP)` (macOS).
  /// - Returns: Whether the two paths were exchanged.
  static func exchange(_ a: String, _ b: String) -> Bool {
    #if canImport(Glibc)
      typealias RenameAt2 =
        @convention(c) (
          Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32
        ) -> Int32
      guard let symbol = dlsym(nil, "renameat2") else { return false }
      let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
      let renameExchange: UInt32 = 2
      return renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
    #elseif canImport(Darwin)
      return renamex_np(a, b, UInt32(RENAME_SWAP)) == 0
    #else
      return false
    #endif
  }
}
