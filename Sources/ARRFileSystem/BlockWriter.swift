import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a staged output file in aligned blocks that bypass the page cache once the file is
/// large (Linux `O_DIRECT`), and through the page cache otherwise.
///
/// Why: every output is flushed to disk before it is renamed into place (``StagedFile``), so a
/// buffered write of a 400 MB report costs the copy into 100,000 fresh page-cache pages *and*
/// the wait for the disk. On the virtual machines this product is measured on, a fresh page
/// costs up to ~30 µs (the host takes back free memory): `dd` wrote 400 MB in 3.6–4.4 s
/// buffered and 0.26–0.28 s with `O_DIRECT`. Written directly, the blocks go to the disk while
/// the next pieces are made, and the page cache is left to the files that are read.
///
/// Pieces are copied into one of two buffers of ``capacity`` bytes, aligned to ``blockSize``;
/// each full buffer is handed to a writing thread and written at an offset that is a multiple
/// of the capacity while the caller fills the other one, so the caller (who also makes the
/// next pieces) never waits for the disk unless the disk is behind by a whole buffer. One
/// write is in flight at a time, in file order. The first full buffer switches the file to
/// `O_DIRECT`; a file smaller than one buffer is written as before, in one buffered write at
/// the end. The tail that is not a whole block is written after `O_DIRECT` is switched off
/// again. A file system that refuses direct writes (`EINVAL`: tmpfs on older kernels), or a
/// short write, turns the rest of the file back to buffered writes, so the bytes on disk never
/// depend on the path taken. Other systems write buffered throughout.
///
/// The writing thread also flushes the file to disk (`fdatasync`) after every
/// ``defaultFlushInterval`` bytes it writes, so that the flush the file needs before its rename
/// (``StagedFile``) is made while the rest is still being made, not all after it: on the
/// development VM a flush costs up to ~1 ms a MB whether made at once or in parts
/// (`Benchmarks/disk-flush/flush.c`; docs/output.md, "Flushed as it goes"), and the one flush
/// at the end of a 400 MB report took 0.42 s that nothing else overlapped. The final flush
/// then covers the last part only.
///
/// `@unchecked Sendable`: the writing thread touches only the buffer handed to it, ``mode``,
/// its count of unflushed bytes and the failure, and the caller reads those only after
/// waiting for that write.
final class BlockWriter: @unchecked Sendable {
  /// The alignment `O_DIRECT` needs of addresses, sizes and offsets: the largest logical block
  /// size of common disks.
  static let blockSize = 4096
  /// Bytes gathered before each write (two buffers: 8 MB in all).
  static let defaultCapacity = 4 << 20
  /// Bytes written between two flushes made on the writing thread (8 buffers).
  static let defaultFlushInterval = 32 << 20

  enum Mode: Equatable {
    /// No full buffer written yet.
    case untried
    /// Writing past the page cache.
    case direct
    /// Writing through the page cache (small file, refused, or not Linux).
    case buffered
  }

  /// The system calls it makes: `write(2)`, switching `O_DIRECT` and flushing; tests pass
  /// their own to make the fallbacks happen.
  struct Calls {
    var write: (Int32, UnsafeRawPointer, Int) -> Int = { System.write($0, $1, $2) }
    var setDirect: (Int32, Bool) -> Bool = { BlockWriter.setDirect($0, $1) }
    /// Flushes the file's data to disk: 0, or -1 with `errno` set (`fsyncData`).
    var flush: (Int32) -> Int32 = { fsyncData($0) }
  }

  let descriptor: Int32
  let capacity: Int
  /// Bytes written between two flushes on the writing thread (a multiple of ``capacity``).
  let flushInterval: Int
  private let calls: Calls
  /// The two buffers; `filling` is the one being filled, the other is being written or free.
  private let buffers: (UnsafeMutableRawPointer, UnsafeMutableRawPointer)
  private var filling = 0
  private var count = 0
  /// How the file is being written (tests read it after ``finish()``).
  private(set) var mode: Mode = .untried
  /// The writing thread, and the write in flight on it (at most one).
  private let writing = DispatchQueue(label: "arr-quality.BlockWriter")
  private let inFlight = DispatchGroup()
  /// The `errno` of the last write made on the writing thread (read after ``inFlight``).
  private var failure: Int32?
  /// Bytes the writing thread has written since its last flush (touched on that thread only).
  private var unflushed = 0

  /// - Parameters:
  ///   - descriptor: An open, empty file, written from its start.
  ///   - capacity: Bytes per write, a positive multiple of ``blockSize``.
  ///   - flushInterval: Bytes between two flushes on the writing thread; rounded up to a
  ///     multiple of `capacity`.
  ///   - calls: The system calls (tests only).
  init(
    descriptor: Int32, capacity: Int = BlockWriter.defaultCapacity,
    flushInterval: Int = BlockWriter.defaultFlushInterval, calls: Calls = Calls()
  ) {
    precondition(capacity > 0 && capacity % Self.blockSize == 0)
    self.descriptor = descriptor
    self.capacity = capacity
    self.flushInterval = max(1, (flushInterval + capacity - 1) / capacity) * capacity
    self.calls = calls
    buffers = (
      .allocate(byteCount: capacity, alignment: Self.blockSize),
      .allocate(byteCount: capacity, alignment: Self.blockSize)
    )
  }

  deinit {
    inFlight.wait()
    buffers.0.deallocate()
    buffers.1.deallocate()
  }

  /// Buffer `k` (0 or 1).
  private func buffer(_ k: Int) -> UnsafeMutableRawPointer { k == 0 ? buffers.0 : buffers.1 }

  /// Appends `bytes`, handing each buffer to the writing thread as it fills.
  /// - Returns: `nil`, or the `errno` of a failed write: the write before the buffer that
  ///   `bytes` filled (or of ``finish()``, which waits for the last one).
  func append(_ bytes: UnsafeRawBufferPointer) -> Int32? {
    guard let source = bytes.baseAddress else { return nil }
    var done = 0
    while done < bytes.count {
      let n = min(capacity - count, bytes.count - done)
      (buffer(filling) + count).copyMemory(from: source + done, byteCount: n)
      count += n
      done += n
      if count == capacity {
        // The other buffer is free once its write is done; a failed write stops here.
        if let e = waitForWrite() { return e }
        let full = filling
        filling = 1 - filling
        count = 0
        writing.async(group: inFlight) { [self] in
          if mode == .untried { mode = calls.setDirect(descriptor, true) ? .direct : .buffered }
          failure = write(capacity, from: buffer(full))
          unflushed += capacity
          if failure == nil && unflushed >= flushInterval {
            unflushed = 0
            if calls.flush(descriptor) != 0 { failure = errno }
          }
        }
      }
    }
    return nil
  }

  /// Waits for the write in flight.
  /// - Returns: `nil`, or its `errno`.
  private func waitForWrite() -> Int32? {
    inFlight.wait()
    return failure
  }

  /// Writes what is left: whole blocks as the file has been written, then the tail buffered.
  /// - Returns: `nil`, or the `errno` of a failed write.
  func finish() -> Int32? {
    defer { count = 0 }
    if let e = waitForWrite() { return e }
    let last = buffer(filling)
    guard mode == .direct else { return write(count, from: last) }
    let whole = count / Self.blockSize * Self.blockSize
    if whole > 0, let e = write(whole, from: last) { return e }
    if mode == .direct {
      _ = calls.setDirect(descriptor, false)
      mode = .buffered
    }
    guard count > whole else { return nil }
    last.copyMemory(from: last + whole, byteCount: count - whole)
    return write(count - whole, from: last)
  }

  /// Writes the first `n` bytes of `buffer`, retrying interrupted and short writes; a direct
  /// write refused or cut short goes on buffered.
  private func write(_ n: Int, from buffer: UnsafeMutableRawPointer) -> Int32? {
    var offset = 0
    while offset < n {
      let r = calls.write(descriptor, buffer + offset, n - offset)
      if r < 0 && errno == EINTR { continue }
      if mode == .direct && (r < 0 && errno == EINVAL || r > 0 && r % Self.blockSize != 0) {
        // Refused (a file system without direct writes) or cut short at an unaligned size:
        // the rest goes through the page cache, from where this write left off.
        _ = calls.setDirect(descriptor, false)
        mode = .buffered
        if r > 0 { offset += r }
        continue
      }
      if r <= 0 { return r < 0 ? errno : EIO }
      offset += r
    }
    return nil
  }

  /// Switches `O_DIRECT` on or off for `fd`.
  /// - Returns: Whether the flag is now as asked (always false for "on" off Linux).
  static func setDirect(_ fd: Int32, _ isOn: Bool) -> Bool {
    #if canImport(Glibc)
      guard let flag = directFlag else { return false }
      let flags = fcntl(fd, F_GETFL)
      guard flags >= 0 else { return false }
      return fcntl(fd, F_SETFL, isOn ? flags | flag : flags & ~flag) == 0
    #else
      return false
    #endif
  }

  #if canImport(Glibc)
    /// `O_DIRECT`, which Glibc does not export to Swift; it differs between architectures.
    private static var directFlag: Int32? {
      #if arch(x86_64) || arch(i386) || arch(riscv64) || arch(s390x)
        return 0o40_000
      #elseif arch(arm64) || arch(arm)
        return 0o200_000
      #else
        return nil
      #endif
    }
  #endif
}
