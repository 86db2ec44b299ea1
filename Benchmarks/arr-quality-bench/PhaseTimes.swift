#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Wall-clock and CPU seconds of one phase. On this VM a phase that touches much fresh memory
/// spends its time in the kernel (each new page is zeroed, and the host may have taken it back),
/// so `system` says why a phase grows faster than its input where the wall clock alone cannot.
struct PhaseTime {
  var wall: Double
  var user: Double
  var system: Double

  /// `wall`, with the CPU it took when that is worth reading: "0.123 s (user 0.20, sys 0.01)".
  var text: String {
    "\(fixed(wall, 3)) s (user \(fixed(user, 2)), sys \(fixed(system, 2)))"
  }
}

/// This process's resource usage so far (all its threads).
func selfUsage() -> rusage {
  var usage = rusage()
  #if canImport(Glibc)
    getrusage(RUSAGE_SELF.rawValue, &usage)
  #else
    getrusage(RUSAGE_SELF, &usage)
  #endif
  return usage
}

/// The process's CPU seconds so far, user and system.
func cpuTimes() -> (user: Double, system: Double) {
  let usage = selfUsage()
  func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
  return (seconds(usage.ru_utime), seconds(usage.ru_stime))
}

/// Each phase's best (lowest wall-clock) run, with the CPU of that same run.
struct PhaseTimes {
  private(set) var best: [String: PhaseTime] = [:]
  private let clock = ContinuousClock()

  /// Runs `body`, records its times under `name` when its wall clock is the best so far, and
  /// returns its value and its times.
  mutating func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> (T, PhaseTime) {
    let cpu = cpuTimes()
    let start = clock.now
    let value = try body()
    let elapsed = clock.now - start
    let end = cpuTimes()
    let time = PhaseTime(
      wall: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18,
      user: end.user - cpu.user, system: end.system - cpu.system)
    if time.wall < best[name]?.wall ?? .infinity { best[name] = time }
    return (value, time)
  }

  /// The best wall-clock seconds of `name`.
  subscript(name: String) -> Double { best[name]!.wall }

  /// A summary line: the label padded to one column, the phase's times, then `extra`.
  func line(_ label: String, _ name: String, _ extra: String = "") -> String {
    let padded = label + String(repeating: " ", count: max(0, 23 - label.count))
    return "  \(padded)\(best[name]!.text)\(extra.isEmpty ? "" : "  " + extra)"
  }
}
