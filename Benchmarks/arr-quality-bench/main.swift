// The release benchmark: generates a large company once, then times `analyze` end to end and
// per phase. Run: swift run -c release arr-quality-bench [--accounts N] [--months M]
//   [--profile NAME] [--dir PATH] [--runs R] [--activity]
// Workbook against CSV reading of the same cube: arr-quality-bench --workbook [--rows N] [--runs R]
// Importing a customer cube against analysing the equivalent folder (default 100,000 accounts ×
// 36 months; CubeBenchmark.swift): arr-quality-bench --cube [--accounts N] [--months M] [--runs R]
// The full CLI against DuckDB's bridge query, paired, on realistic companies of two profiles
// (DuckDBComparison.swift): arr-quality-bench --duckdb [--accounts N] [--months M] [--pairs P]
//   [--profiles hypergrowth,steady] [--cli PATH]
// `--generate-only` (either mode) generates the company and exits; a run that finds no company
// generates it that way, in a child process (``generateInChild(_:)``).
import ARRQuality

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

func option(_ name: String, _ fallback: String) -> String {
  let args = CommandLine.arguments
  if let i = args.firstIndex(of: "--\(name)"), i + 1 < args.count { return args[i + 1] }
  return fallback
}

func fileSize(_ path: String) -> Int {
  var st = stat()
  return stat(path, &st) == 0 ? Int(st.st_size) : 0
}

func peakRSSMiB() -> Double {
  let usage = selfUsage()
  #if canImport(Darwin)
    return Double(usage.ru_maxrss) / 1_048_576
  #else
    return Double(usage.ru_maxrss) / 1024
  #endif
}

func seconds(_ d: Duration) -> Double {
  Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
}

func fixed(_ x: Double, _ places: Int) -> String {
  var scale = 1.0
  for _ in 0..<places { scale *= 10 }
  let n = Int64((x * scale).rounded())
  guard places > 0 else { return String(n) }
  let whole = n / Int64(scale)
  let frac = String(abs(n) % Int64(scale))
  return "\(whole).\(String(repeating: "0", count: places - frac.count))\(frac)"
}

let usage = """
  USAGE: arr-quality-bench [--accounts N] [--months M] [--profile NAME] [--dir PATH] [--runs R]
                           [--activity]
         arr-quality-bench --duckdb [--accounts N] [--months M] [--pairs P]
                           [--profiles hypergrowth,steady] [--cli PATH]
         (either: --generate-only writes the company and exits)
         arr-quality-bench --cube [--accounts N] [--months M] [--runs R]
         arr-quality-bench --workbook [--rows N] [--runs R]

  Times `analyze` end to end and per phase on a generated company (1,000,000 accounts × 24
  months unless told; generated once into the temporary directory, or read from --dir), or
  compares the CLI with DuckDB's bridge query (--duckdb). Figures: docs/performance.md.
  """

/// Options that take a value, and flags.
let valueOptions: Set<String> = [
  "accounts", "months", "profile", "dir", "runs", "pairs", "profiles", "cli", "rows",
]
let flags: Set<String> = ["activity", "duckdb", "cube", "workbook", "generate-only"]

// A run generates a million-account company: a mistyped option or `--help` must not start one.
do {
  let args = Array(CommandLine.arguments.dropFirst())
  var i = 0
  while i < args.count {
    let arg = args[i]
    if arg == "-h" || arg == "--help" || arg == "help" {
      print(usage)
      exit(0)
    }
    let name = arg.hasPrefix("--") ? String(arg.dropFirst(2)) : ""
    if valueOptions.contains(name) && i + 1 < args.count {
      i += 2
    } else if flags.contains(name) {
      i += 1
    } else {
      let problem =
        valueOptions.contains(name) ? "Missing value for '\(arg)'" : "Unknown option '\(arg)'"
      let text = Array("Error: \(problem)\n\(usage)\n".utf8)
      _ = text.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
      exit(64)
    }
  }
}

if CommandLine.arguments.contains("--duckdb") {
  runDuckDBComparison()
  exit(0)
}

if CommandLine.arguments.contains("--cube") {
  runCubeBenchmark()
  exit(0)
}

if CommandLine.arguments.contains("--workbook") {
  runWorkbookBench(
    rows: Int(option("rows", "100000")) ?? 100_000, runs: Int(option("runs", "3")) ?? 3)
  exit(0)
}

let accounts = Int(option("accounts", "1000000")) ?? 1_000_000
let months = Int(option("months", "24")) ?? 24
let profile = GeneratorProfile(rawValue: option("profile", "enterprise-saas")) ?? .enterpriseSaaS
let runs = max(1, Int(option("runs", "3")) ?? 3)
// `--activity`: monthly.csv gets a `logins` activity column (two custom signals to measure, fit
// and cross-validate), as issue #13's speed target asks.
let hasActivity = CommandLine.arguments.contains("--activity")
let dir = option(
  "dir",
  "/tmp/arr-quality-bench-\(profile.rawValue)-\(accounts)x\(months)"
    + (hasActivity ? "-logins" : ""))
let clock = ContinuousClock()

if fileSize(dir + "/.complete") == 0 {
  print("generating \(accounts) accounts × \(months) months (\(profile.rawValue)) into \(dir) …")
  if isGenerateOnly {
    do {
      var options = GeneratorOptions(profile: profile, accounts: accounts, months: months, seed: 1)
      options.hasLogins = hasActivity
      try CompanyGenerator.write(options, to: dir)
      try OutputFile.write(Array("ok\n".utf8), to: dir + "/.complete")
    } catch {
      print("generation failed: \(error)")
      exit(1)
    }
  } else {
    // In a child: the peak RSS printed below is then this run's analysis, not the generator's.
    generateInChild(Array(CommandLine.arguments.dropFirst()))
  }
}
if isGenerateOnly { exit(0) }

let bytes = fileSize(dir + "/monthly.csv") + fileSize(dir + "/accounts.csv")
let mb = Double(bytes) / 1_000_000
print("input: \(fixed(mb, 1)) MB (monthly.csv + accounts.csv)")

var times = PhaseTimes()
var jsonSize = 0
/// Load + analysis + JSON pieces of the best run: what the CLI does, without the disk.
var endToEndBest: PhaseTime?

for run in 1...runs {
  let company: Company
  let load: PhaseTime
  do {
    (company, load) = try times.measure("load") { try CompanyLoader.load(directory: dir) }
  } catch {
    print("load failed: \(error)")
    exit(1)
  }
  let (bridge, _) = times.measure("bridge") { Bridge.monthly(company) }
  let (analysis, analysisTime) = times.measure("analysis") { Analysis.run(company) }
  // What the CLI writes: the document's pieces, made a window at a time and dropped, never
  // joined into one buffer (joining a 10M company's 4 GB document would measure the join).
  var pieces = 0
  var bytes = 0
  let (_, json) = times.measure("jsonPieces") {
    JSONReport.documentChunks(analysis).forEachPiece { (piece: [UInt8]) in
      pieces += 1
      bytes += piece.count
    }
  }
  jsonSize = bytes
  let endToEnd = PhaseTime(
    wall: load.wall + analysisTime.wall + json.wall,
    user: load.user + analysisTime.user + json.user,
    system: load.system + analysisTime.system + json.system)
  // The phases again, one at a time, after the analysis above (so on memory it has freed; the
  // analysis line is the one made on the company as the CLI makes it). The analysis re-runs
  // the bridge inside metrics; the standalone bridge is timed for the ingest + bridge figure.
  _ = times.measure("metrics") { CompanyMetrics.compute(company) }
  // The projection reads this scoring's year-ago scores (the analysis has dropped its own).
  let (scoring, _) = times.measure("scoring") { Scoring.run(company) }
  _ = times.measure("projection") {
    Projection.run(company, metrics: analysis.metrics, scoring: scoring)
  }
  _ = times.measure("forecast") { Projection.forecast(company, scoring: analysis.scoring) }
  _ = times.measure("pointInTime") {
    company.pointInTime(company.month(at: max(0, company.monthCount - 13)))
  }
  if endToEnd.wall < endToEndBest?.wall ?? .infinity { endToEndBest = endToEnd }
  print(
    "run \(run): load \(load.text), analysis \(analysisTime.text), JSON \(json.text) "
      + "(\(bridge.count) bridge months, \(bytes / 1_000_000) MB of JSON in \(pieces) pieces)")
}
let ingestBridge = times["load"] + times["bridge"]
let endToEnd = endToEndBest!
print("")
print("best of \(runs) (wall clock; CPU seconds of that run in parentheses):")
print(times.line("ingest (load)", "load", "\(fixed(mb / times["load"], 0)) MB/s"))
print(
  "  ingest + bridge        \(fixed(ingestBridge, 3)) s  \(fixed(mb / ingestBridge, 0)) MB/s  (target ≥ 600)"
)
print(times.line("metrics (all)", "metrics"))
print(
  "  core analyze           \(fixed(times["load"] + times["metrics"], 3)) s  (ingest + every metric: bridge, ladder, retention, cohorts, concentration, splits; compare with DuckDB's bridge)"
)
print(
  times.line(
    "scoring + backtest", "scoring",
    "\(fixed(100 * times["scoring"] / endToEnd.wall, 1))% of analyze (target ≤ 15%)"))
print(
  times.line(
    "projection (all)", "projection",
    "forecast with \(Projection.defaultPaths) paths \(fixed(times["forecast"], 3)) s (target ≤ 1 s)"
  ))
print(times.line("point-in-time company", "pointInTime"))
print(times.line("analysis (all stages)", "analysis"))
print(
  times.line(
    "JSON, pieces (as CLI)", "jsonPieces",
    "\(fixed(Double(jsonSize) / 1e6 / times["jsonPieces"], 0)) MB/s (target ≥ 500)"))
print("  analyze end to end     \(endToEnd.text)  (load + analysis + JSON of the best run)")
print("  peak RSS               \(fixed(peakRSSMiB(), 0)) MiB  (target ≤ 1536)")
