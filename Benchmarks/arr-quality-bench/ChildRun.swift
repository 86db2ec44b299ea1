#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One run of another program, timed from spawn to exit, with its peak resident memory as the
/// kernel counted it (`wait4`'s `ru_maxrss` of that child alone, so the benchmark's own memory
/// never mixes in).
struct ChildRun: Sendable {
  /// Wall-clock seconds from spawn to exit.
  let seconds: Double
  /// The child's peak resident set, in bytes.
  let peakRSSBytes: Int
  /// The exit status (0 on success; 128 + signal when it was killed).
  let status: Int32

  /// The failure to start a program or a run that did not succeed.
  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  /// Runs `arguments[0]` (a path) with `arguments`, extra `environment` entries (`NAME=value`),
  /// standard output to `stdoutPath` (default `/dev/null`), standard error to a file whose tail
  /// is shown when the run fails.
  /// - Throws: ``Failure`` when the program cannot start or exits with a non-zero status.
  static func run(
    _ arguments: [String], environment: [String] = [], stdoutPath: String = "/dev/null"
  ) throws -> ChildRun {
    let errPath = "/tmp/arr-quality-bench-child-\(getpid()).err"
    #if canImport(Glibc)
      var actions = posix_spawn_file_actions_t()
    #else
      var actions: posix_spawn_file_actions_t?
    #endif
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    var inherited: [String] = []
    var entry = environ
    while let pointer = entry.pointee {
      inherited.append(String(cString: pointer))
      entry += 1
    }
    let argv = arguments.map { strdup($0) } + [nil]
    let envp = (inherited + environment).map { strdup($0) } + [nil]
    defer { for pointer in argv + envp { free(pointer) } }
    let clock = ContinuousClock()
    let start = clock.now
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, envp)
    guard spawned == 0 else {
      throw Failure(
        description: "\(arguments[0]): cannot start (\(String(cString: strerror(spawned))))")
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let elapsed = clock.now - start
    let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    guard exitStatus == 0 else {
      throw Failure(
        description: "\(arguments.joined(separator: " ")) exited with \(exitStatus): "
          + String(decoding: tail(of: errPath), as: UTF8.self))
    }
    #if canImport(Darwin)
      let rss = Int(usage.ru_maxrss)
    #else
      let rss = Int(usage.ru_maxrss) * 1024
    #endif
    return ChildRun(
      seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18,
      peakRSSBytes: rss, status: exitStatus)
  }

  /// The last 600 bytes of a file (a failed child's standard error).
  private static func tail(of path: String) -> [UInt8] {
    guard let file = fopen(path, "rb") else { return [] }
    defer { fclose(file) }
    var buffer = [UInt8](repeating: 0, count: 600)
    fseek(file, -600, SEEK_END)
    let n = fread(&buffer, 1, 600, file)
    return Array(buffer.prefix(n))
  }

  /// The text a program writes to standard output (its version line).
  /// - Throws: ``Failure`` as ``run(_:environment:stdoutPath:)`` does.
  static func output(of arguments: [String]) throws -> String {
    let path = "/tmp/arr-quality-bench-child-\(getpid()).out"
    _ = try run(arguments, stdoutPath: path)
    guard let file = fopen(path, "rb") else { return "" }
    defer { fclose(file) }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let n = fread(&buffer, 1, 4096, file)
    return String(decoding: buffer.prefix(n), as: UTF8.self)
  }
}
