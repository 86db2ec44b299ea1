import ARRQuality

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `--duckdb`: the full command line, `arr-quality analyze DIR --format json --output FILE`,
/// against DuckDB running only the MRR bridge on the same `monthly.csv` (issue #17 item 1).
///
/// For each profile (``BenchProfile``; default both) it generates a realistic company once
/// (``BenchCompany``, default 1,000,000 accounts × 24 months), then runs the two programs
/// alternately: one warm-up pair, then `--pairs` pairs (default 3). It prints every pair, the
/// median times, the median of the pairs' ratios (DuckDB's time over ours: above 1 means we
/// are faster) and the CLI's peak RSS from `wait4` (the child alone), against the input size.
/// Each run writes into a path the benchmark has just emptied, so no run pays for freeing the
/// previous run's report.
///
/// Options: `--accounts N`, `--months M`, `--pairs P`, `--profiles hypergrowth,steady`,
/// `--cli PATH` (default: `arr-quality` beside this benchmark, so build it first with
/// `swift build -c release --product arr-quality`); `--generate-only` writes the companies and
/// stops (a run that must generate one does it so, in a child: ``generateInChild(_:)``).
func runDuckDBComparison() {
  let accounts = Int(option("accounts", "1000000")) ?? 1_000_000
  let months = Int(option("months", "24")) ?? 24
  let pairs = max(1, Int(option("pairs", "3")) ?? 3)
  let profiles = option("profiles", "hypergrowth,steady").split(separator: ",")
    .compactMap { BenchProfile(rawValue: String($0)) }
  if isGenerateOnly {
    for profile in profiles { generate(profile: profile, accounts: accounts, months: months) }
    return
  }
  let benchPath = CommandLine.arguments[0]
  let siblingDirectory =
    benchPath.contains("/") ? String(benchPath[..<benchPath.lastIndex(of: "/")!]) : "."
  let cli = option("cli", siblingDirectory + "/arr-quality")
  guard access(cli, X_OK) == 0 else {
    say("\(cli): not found; build it first: swift build -c release --product arr-quality")
    exit(1)
  }
  do {
    let duckVersion = try DuckDBBridge.install()
    say("DuckDB: duckdb-cli==\(DuckDBBridge.version) from PyPI, reports \(duckVersion)")
    say("arr-quality: \(cli)")
    for profile in profiles {
      try compare(profile: profile, accounts: accounts, months: months, pairs: pairs, cli: cli)
    }
  } catch {
    say("failed: \(error)")
    exit(1)
  }
}

/// Generates (once) and compares one profile's company; prints the pairs and the summary.
private func compare(
  profile: BenchProfile, accounts: Int, months: Int, pairs: Int, cli: String
) throws {
  let dir = directory(profile: profile, accounts: accounts, months: months)
  if fileSize(dir + "/.complete") == 0 {
    say("generating \(profile.rawValue): \(accounts) accounts × \(months) months into \(dir) …")
    // In a child, so that the CLI's peak RSS below is its own (``generateInChild(_:)``).
    generateInChild([
      "--duckdb", "--accounts", "\(accounts)", "--months", "\(months)", "--profiles",
      profile.rawValue,
    ])
  }
  let monthly = fileSize(dir + "/monthly.csv")
  let input = monthly + fileSize(dir + "/accounts.csv")
  let sql = dir + "/duckdb-bridge.sql"
  try OutputFile.write(
    Array(DuckDBBridge.query(activityColumn: profile.activityColumn).utf8), to: sql)
  let report = "/tmp/arr-quality-duckdb-\(profile.rawValue)-report.json"
  let ours = [cli, "analyze", dir, "--format", "json", "--output", report]
  let theirs = [DuckDBBridge.executable, "-f", sql]
  let out = "/tmp/arr-quality-duckdb-\(profile.rawValue).out"
  let environment = ["CSV=\(dir)/monthly.csv", "OUT=\(out)"]
  say("")
  say(
    "\(profile.rawValue): \(dir)  monthly.csv \(megabytes(monthly)) MB, input \(megabytes(input)) MB, "
      + "activity column \(profile.activityColumn)")
  var results: [(ours: ChildRun, theirs: ChildRun)] = []
  for pair in 0...pairs {
    // The previous run's outputs removed before the clock starts: the CLI replaces its report
    // by a rename, and the rename over the last run's 443 MB report made the file system free
    // it inside the timed run (~0.1 s on this VM's ext4, mounted with online discard), a cost
    // of the benchmark's own leftovers that a first run into a new path never pays.
    _ = unlink(report)
    _ = unlink(out)
    let a = try ChildRun.run(ours)
    let b = try ChildRun.run(theirs, environment: environment)
    say(
      "  \(pair == 0 ? "warm-up" : "pair \(pair)"): arr-quality \(fixed(a.seconds, 3)) s "
        + "(peak RSS \(mebibytes(a.peakRSSBytes)) MiB), duckdb \(fixed(b.seconds, 3)) s "
        + "(peak RSS \(mebibytes(b.peakRSSBytes)) MiB), ratio \(fixed(b.seconds / a.seconds, 2))×")
    if pair > 0 { results.append((a, b)) }
  }
  let ourMedian = median(results.map(\.ours.seconds))
  let peak = results.map(\.ours.peakRSSBytes).max() ?? 0
  say("  median arr-quality analyze --format json: \(fixed(ourMedian, 3)) s over \(pairs) pairs")
  say(
    "  median duckdb bridge only:                \(fixed(median(results.map(\.theirs.seconds)), 3)) s"
  )
  say(
    "  median ratio duckdb/ours:                 \(fixed(median(results.map { $0.theirs.seconds / $0.ours.seconds }), 2))×  (target ≥ 3, stretch 5)"
  )
  say(
    "  arr-quality peak RSS:                     \(mebibytes(peak)) MiB = \(fixed(Double(peak) / Double(input), 2))× input  (target ≤ 1.0, stretch 0.6)"
  )
  say("  JSON written:                             \(megabytes(fileSize(report))) MB")
}

/// Where `compare` finds the company of `profile`.
private func directory(profile: BenchProfile, accounts: Int, months: Int) -> String {
  "/tmp/arr-quality-duckdb-\(profile.rawValue)-\(accounts)x\(months)"
}

/// Writes the company of `profile` in this process (`--generate-only`), unless it is there.
private func generate(profile: BenchProfile, accounts: Int, months: Int) {
  let dir = directory(profile: profile, accounts: accounts, months: months)
  guard fileSize(dir + "/.complete") == 0 else { return }
  say("generating \(profile.rawValue): \(accounts) accounts × \(months) months into \(dir) …")
  do {
    let company = BenchCompany(profile: profile, accounts: accounts, months: months, seed: 1)
    let rows = try company.write(to: dir)
    try OutputFile.write(Array("\(rows) monthly rows\n".utf8), to: dir + "/.complete")
  } catch {
    say("generation failed: \(error)")
    exit(1)
  }
}

private func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  guard !sorted.isEmpty else { return .nan }
  let mid = sorted.count / 2
  return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

private func megabytes(_ bytes: Int) -> String { fixed(Double(bytes) / 1_000_000, 1) }

private func mebibytes(_ bytes: Int) -> String { fixed(Double(bytes) / 1_048_576, 0) }

/// Prints a line and flushes it, so a long run shows its progress when its output goes to a
/// file.
private func say(_ line: String) {
  print(line)
  fflush(nil)
}
