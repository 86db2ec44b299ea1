#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Removes our temporaries when the process is interrupted (`SIGINT`, `SIGTERM`, `SIGHUP`).
///
/// Writers register every temporary they create on disk and unregister it once it is renamed
/// into place or removed. The handler unlinks (or, for folders, `rmdir`s) what is registered,
/// newest first, restores the default action and raises the signal again, so the process still
/// dies of it with the usual status. Everything the handler touches is preallocated C memory and
/// it calls only async-signal-safe functions (`unlink`, `rmdir`, `signal`, `raise`).
///
/// `SIGKILL` cannot be caught: on Linux the files of a write are unnamed (`O_TMPFILE`) until the
/// last moment, and ``TemporaryName/sweep(_:)`` removes any leftover on the next write.
public enum SignalCleanup {
  /// Slots for registered paths; a write needs one per file of a bundle.
  static let capacity = 256

  nonisolated(unsafe) static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
    let p = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
    p.initialize(repeating: nil, count: capacity)
    return p
  }()
  /// Whether the slot holds a folder (removed with `rmdir`).
  nonisolated(unsafe) static let isFolder: UnsafeMutablePointer<Bool> = {
    let p = UnsafeMutablePointer<Bool>.allocate(capacity: capacity)
    p.initialize(repeating: false, count: capacity)
    return p
  }()
  /// Guards registration against two writers in one process (tests); never taken by the
  /// handler, which must not lock.
  nonisolated(unsafe) static let mutex: UnsafeMutablePointer<pthread_mutex_t> = {
    let m = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    m.initialize(to: pthread_mutex_t())
    pthread_mutex_init(m, nil)
    return m
  }()

  /// Installs the handler for `SIGINT`, `SIGTERM` and `SIGHUP`. The command line calls this
  /// once at start; a library user that wants the same cleanup may too. Idempotent.
  public static func install() {
    // Every global the handler reads is made here, before it can run: made lazily by its first
    // reader, a signal arriving while the program was inside `malloc` made the handler allocate
    // under the lock the interrupted code held, and the process hung for good (hostile 56,
    // H56-18: 2 of 32 early Ctrl-Cs).
    withExtendedLifetime((slots, isFolder, mutex, handle)) {}
    var unblock = sigset_t()
    sigemptyset(&unblock)
    for s in [SIGINT, SIGTERM, SIGHUP] {
      signal(s, handle)
      sigaddset(&unblock, s)
    }
    // A parent may start us with these blocked (a thread pool's mask is inherited across
    // fork and exec): then no handler would ever run and a kill would wait for the write.
    pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
  }

  /// Registers `path` for removal on a signal.
  /// - Returns: The slot, for ``unregister(_:)``; `nil` when every slot is taken (the path is
  ///   then only removed by a later sweep).
  static func register(_ path: String, isFolder folder: Bool = false) -> Int? {
    withLock {
      for k in 0..<capacity where slots[k] == nil {
        isFolder[k] = folder
        slots[k] = strdup(path)
        return k
      }
      return nil
    }
  }

  /// Forgets slot `slot` (its path was renamed into place or removed).
  static func unregister(_ slot: Int?) {
    guard let slot else { return }
    withLock {
      let p = slots[slot]
      slots[slot] = nil
      free(p)
    }
  }

  private static func withLock<T>(_ body: () -> T) -> T {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return body()
  }

  private static let handle: @convention(c) (Int32) -> Void = { signalNumber in
    // Files first, then folders (twice: a folder inside another may come later in the slots).
    for k in 0..<SignalCleanup.capacity {
      if let p = SignalCleanup.slots[k], !SignalCleanup.isFolder[k] { unlink(p) }
    }
    for _ in 0..<2 {
      var k = SignalCleanup.capacity - 1
      while k >= 0 {
        if let p = SignalCleanup.slots[k], SignalCleanup.isFolder[k] { rmdir(p) }
        k -= 1
      }
    }
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
  }
}
