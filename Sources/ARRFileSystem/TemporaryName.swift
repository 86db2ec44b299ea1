#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Names of our temporary files and folders, and the sweep that removes those a killed run left.
///
/// A temporary for `DIR/NAME` is `DIR/.NAME.arrq-PID-RANDOM.tmp`: hidden, beside its target (so
/// the final `rename` never crosses file systems), unpredictable (64 random bits, so no one can
/// plant a link at it in advance; it is created with `O_EXCL | O_NOFOLLOW` anyway), and marked
/// with our process id, so a later run can tell a dead run's leftover from a live one's.
enum TemporaryName {
  static let marker = ".arrq-"
  static let suffix = ".tmp"

  /// A fresh temporary name for `path`.
  static func make(for path: String) -> String {
    let (directory, name) = System.split(path)
    let random = String(UInt64.random(in: .min ... .max), radix: 16)
    return directory + "/." + name + marker + "\(getpid())-" + random + suffix
  }

  /// The process id in a temporary's name, or `nil` when the name is not one of ours.
  static func owner(of entry: String) -> pid_t? {
    guard entry.hasPrefix("."), entry.hasSuffix(suffix), let m = entry.firstRange(of: marker) else {
      return nil
    }
    let rest = entry[m.upperBound...].dropLast(suffix.count)
    guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]), pid > 0 else {
      return nil
    }
    let random = rest[rest.index(after: dash)...]
    guard !random.isEmpty, random.allSatisfy(\.isHexDigit) else { return nil }
    return pid
  }

  /// Removes, in `directory`, our temporaries whose process is gone (a run killed with
  /// `SIGKILL`, which no handler sees). Another live run's temporaries are left alone.
  /// Failures are ignored: the sweep only tidies.
  /// - Complexity: O(entries of `directory`).
  static func sweep(_ directory: String) {
    guard let dir = opendir(directory) else { return }
    var stale: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
      }
      guard let pid = owner(of: name), pid != getpid() else { continue }
      if kill(pid, 0) != 0 && errno == ESRCH { stale.append(directory + "/" + name) }
    }
    closedir(dir)
    for path in stale { Tree.remove(path) }
  }
}

/// Recursive removal of a file or folder tree (our own temporaries and replaced bundles only).
enum Tree {
  /// Removes `path`: a file or link is unlinked, a folder emptied then removed. Symbolic links
  /// inside are removed, never followed.
  static func remove(_ path: String) {
    guard let st = System.linkStatus(path) else { return }
    guard System.type(st) == S_IFDIR else {
      unlink(path)
      return
    }
    if let dir = opendir(path) {
      var names: [String] = []
      while let entry = readdir(dir) {
        let name = withUnsafePointer(to: entry.pointee.d_name) {
          $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) {
            String(cString: $0)
          }
        }
        if name != "." && name != ".." { names.append(name) }
      }
      closedir(dir)
      for name in names { remove(path + "/" + name) }
    }
    rmdir(path)
  }

  /// Every path under `path` (relative, folders end in `/`), or `nil` when it is not a folder.
  static func entries(_ path: String, prefix: String = "", limit: Int = .max) -> [String]? {
    guard let dir = opendir(path) else { return nil }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
      }
      if name != "." && name != ".." { names.append(name) }
    }
    closedir(dir)
    var out: [String] = []
    for name in names.sorted() {
      // At most `limit` in all: a walk of `/` counted half a million entries to refuse it
      // (hostile 56, H56-19).
      guard out.count < limit else { break }
      let full = path + "/" + name
      if let st = System.linkStatus(full), System.type(st) == S_IFDIR {
        out.append(prefix + name + "/")
        out += entries(full, prefix: prefix + name + "/", limit: limit - out.count) ?? []
      } else {
        out.append(prefix + name)
      }
    }
    return out
  }
}
