import ARRQuality

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A realistic company folder for the DuckDB comparison (`--duckdb`), written straight to bytes.
///
/// Unlike the product's ``CompanyGenerator`` (whose rows come account by account, month by
/// month), this company looks like an export a team did not generate: `monthly.csv` rows are
/// shuffled, ids vary in length, every row has `usage` and one extra numeric activity column
/// (``BenchProfile/activityColumn``), prices have cents, cohorts grow month over month on top of
/// an installed base, trial months sit at zero MRR, churned accounts come back, `one_time` is
/// mostly empty. Deterministic for a seed: the same arguments write the same bytes.
struct BenchCompany: Sendable {
  /// One `monthly.csv` row before formatting (28 bytes, so 16M rows hold about 450 MB).
  struct Row: Sendable {
    var account: UInt32
    var month: UInt16
    /// The activity value ×10 (one decimal); `UInt32.max` for an empty cell.
    var activityTenths: UInt32
    var mrrCents: Int64
    var usage: UInt32
    var oneTimeCents: UInt32
  }

  let profile: BenchProfile
  let accounts: Int
  let months: Int
  let seed: UInt64
  /// The first month of the data, as year × 12 + month − 1.
  let firstMonth = 2023 * 12

  /// Writes `accounts.csv` and `monthly.csv` into `directory` (created if missing).
  /// - Returns: the number of `monthly.csv` rows written.
  /// - Complexity: O(accounts × months) time; the rows are held once, 28 bytes each, to shuffle.
  func write(to directory: String) throws -> Int {
    mkdir(directory, 0o755)
    var rows: [Row] = []
    rows.reserveCapacity(accounts * months * 2 / 3)
    var starts = [Int](repeating: 0, count: accounts)
    for a in 0..<accounts {
      starts[a] = simulate(account: a, into: &rows)
    }
    var rng = SeededGenerator(seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ 17)
    rows.shuffle(using: &rng)
    try writeAccounts(starts: starts, to: directory + "/accounts.csv")
    try writeMonthly(rows, to: directory + "/monthly.csv")
    return rows.count
  }

  // MARK: Simulation

  /// The account's first month offset: installed accounts start before the data (offset 0),
  /// the rest in cohorts growing by ``BenchProfile/cohortGrowth`` a month.
  private func cohort(of account: Int) -> Int {
    let installed = Int(Double(accounts) * profile.installedShare)
    guard account >= installed, months > 1 else { return 0 }
    // Cohort k (1…months−1) holds a share g^k / Σ g^j of the rest; invert the running sum.
    let g = profile.cohortGrowth
    let total = (1..<months).reduce(0.0) { $0 + pow(g, Double($1)) }
    let position = Double(account - installed) / Double(max(1, accounts - installed)) * total
    var running = 0.0
    for k in 1..<months {
      running += pow(g, Double(k))
      if position < running { return k }
    }
    return months - 1
  }

  /// Appends the account's rows; returns its first month offset (its start date's month).
  private func simulate(account a: Int, into rows: inout [Row]) -> Int {
    var rng = SeededGenerator(seed: seed ^ (UInt64(a) &* 0xD1B5_4A32_D192_ED03))
    let start = cohort(of: a)
    let prices = profile.unitPrices
    var unit = prices[Int(rng.next() % UInt64(prices.count))]
    // Seats (or contract units): mostly small, a long tail (hypergrowth 1 … ~400, steady 1 … ~20).
    let tail = profile == .hypergrowth ? 6.0 : 3.0
    var seats = Int64(1 + Int(exp(rng.nextUnit() * rng.nextUnit() * tail)))
    var isActive = true
    var trialMonths = profile == .hypergrowth && rng.nextUnit() < 0.4 && start > 0 ? 1 : 0
    var health = 0.5 + 0.5 * rng.nextUnit()
    for m in start..<months {
      if isActive {
        let mrr = trialMonths > 0 ? 0 : unit * seats
        trialMonths -= 1
        let perSeatUse = health * (20 + 80 * rng.nextUnit())
        var row = Row(
          account: UInt32(a), month: UInt16(m), activityTenths: 0, mrrCents: mrr,
          usage: UInt32(Double(seats) * perSeatUse * 10), oneTimeCents: 0)
        row.activityTenths = activity(health: health, seats: seats, rng: &rng)
        if m == start && profile == .steady && rng.nextUnit() < 0.3 {
          row.oneTimeCents = UInt32(50_000 + rng.next() % 5 * 25_000)
        } else if rng.nextUnit() < 0.01 {
          row.oneTimeCents = UInt32(rng.next() % 20_000)
        }
        rows.append(row)
        health = min(1, max(0.05, health + (rng.nextUnit() - 0.52) * 0.2))
        let churn = profile.monthlyChurn * (1.6 - health)
        if rng.nextUnit() < churn {
          isActive = false
        } else if isRepricing(month: m, start: start, rng: &rng) {
          // Expansion twice as likely as contraction; seat counts move by up to 40%.
          let change = (rng.nextUnit() * 0.4) * (rng.nextUnit() < 0.67 ? 1 : -1)
          seats = max(1, seats + Int64((Double(seats) * change).rounded()))
          if rng.nextUnit() < 0.1 { unit = prices[Int(rng.next() % UInt64(prices.count))] }
        }
      } else if rng.nextUnit() < profile.reactivation {
        isActive = true
        health = 0.4 + 0.4 * rng.nextUnit()
      }
    }
    return start
  }

  /// Whether the account's price moves this month: any month for hypergrowth (8%), at the
  /// contract anniversary for steady (60% of anniversaries).
  private func isRepricing(month m: Int, start: Int, rng: inout SeededGenerator) -> Bool {
    switch profile {
    case .hypergrowth: rng.nextUnit() < 0.08
    case .steady: (m - start) % 12 == 11 && rng.nextUnit() < 0.6
    }
  }

  /// The activity cell (×10): integer active users (about a third to all of the seats) for
  /// hypergrowth, a 0–100 health score with one
  /// decimal for steady, empty in 3% of steady rows.
  private func activity(health: Double, seats: Int64, rng: inout SeededGenerator) -> UInt32 {
    switch profile {
    case .hypergrowth:
      return UInt32((Double(seats) * (0.3 + 0.7 * health * rng.nextUnit())).rounded()) * 10
    case .steady:
      if rng.nextUnit() < 0.03 { return UInt32.max }
      return UInt32(min(1000, health * 900 + rng.nextUnit() * 100))
    }
  }

  // MARK: Formatting

  /// The account's id: unique by construction (a fixed-length or separator-ended unique part),
  /// of varied length (a random tail).
  private func id(of a: Int, into out: inout [UInt8]) {
    var rng = SeededGenerator(seed: seed &+ UInt64(a) &* 0x94D0_49BB_1331_11EB)
    switch profile {
    case .hypergrowth:
      // "cus_" + 7 base-62 characters of a scrambled index + 0–7 random characters.
      out.append(contentsOf: "cus_".utf8)
      var x = (UInt64(a) &* 0x5851_F42D_4C95_7F2D) % 3_521_614_606_208  // 62^7
      for _ in 0..<7 {
        out.append(Self.base62[Int(x % 62)])
        x /= 62
      }
      for _ in 0..<Int(rng.next() % 8) { out.append(Self.base62[Int(rng.next() % 62)]) }
    case .steady:
      // "acct-" + a decimal number of 4–7 digits + an optional region.
      out.append(contentsOf: "acct-".utf8)
      appendInteger(Int64(1000 + a * 7), to: &out)
      let regions = ["", "", "-EU", "-APAC", "-NA-EAST"]
      out.append(contentsOf: regions[Int(rng.next() % UInt64(regions.count))].utf8)
    }
  }

  private static let base62 = Array(
    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)

  private func writeAccounts(starts: [Int], to path: String) throws {
    var out: [UInt8] = []
    let isSteady = profile == .steady
    out.append(
      contentsOf: (isSteady
        ? "account_id,name,segment,contract_type,billing_cadence,start_date\n"
        : "account_id,segment,contract_type,billing_cadence,start_date\n").utf8)
    let segments = ["smb", "mid_market", "enterprise"]
    let names = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Tyrell"]
    try BenchFile.write(path) { file in
      for a in 0..<accounts {
        id(of: a, into: &out)
        out.append(44)
        if isSteady {
          // One name in eight is quoted with a comma (a legal suffix), as exports write them.
          let name = names[a % names.count]
          if a % 8 == 3 {
            out.append(contentsOf: "\"\(name), Inc. #\(a)\"".utf8)
          } else {
            out.append(contentsOf: "\(name) \(a)".utf8)
          }
          out.append(44)
        }
        out.append(contentsOf: segments[a % 7 == 0 ? 2 : a % 3 == 0 ? 1 : 0].utf8)
        out.append(
          contentsOf: (isSteady
            ? ",annual,annual," : a % 5 == 0 ? ",usage,monthly," : ",monthly,monthly,")
            .utf8)
        let month = firstMonth + starts[a] - (starts[a] == 0 ? 1 + a % 30 : 0)
        appendMonth(month, to: &out)
        out.append(contentsOf: "-\(a % 28 < 9 ? "0" : "")\(1 + a % 28)\n".utf8)
        if out.count > 1 << 22 { try file.append(&out) }
      }
      try file.append(&out)
    }
  }

  private func writeMonthly(_ rows: [Row], to path: String) throws {
    var out: [UInt8] = []
    out.append(contentsOf: "account_id,month,mrr,one_time,usage,\(profile.activityColumn)\n".utf8)
    try BenchFile.write(path) { file in
      for row in rows {
        id(of: Int(row.account), into: &out)
        out.append(44)
        appendMonth(firstMonth + Int(row.month), to: &out)
        out.append(44)
        appendMoney(row.mrrCents, to: &out)
        out.append(44)
        if row.oneTimeCents > 0 { appendMoney(Int64(row.oneTimeCents), to: &out) }
        out.append(44)
        appendInteger(Int64(row.usage), to: &out)
        out.append(44)
        if row.activityTenths != UInt32.max {
          appendInteger(Int64(row.activityTenths / 10), to: &out)
          if profile == .steady {
            out.append(46)
            out.append(48 + UInt8(row.activityTenths % 10))
          }
        }
        out.append(10)
        if out.count > 1 << 22 { try file.append(&out) }
      }
      try file.append(&out)
    }
  }

  private func appendMonth(_ month: Int, to out: inout [UInt8]) {
    appendInteger(Int64(month / 12), to: &out)
    out.append(45)
    let m = month % 12 + 1
    out.append(48 + UInt8(m / 10))
    out.append(48 + UInt8(m % 10))
  }

  /// Cents as dollars: whole amounts without decimals in the hypergrowth profile ("49"), always
  /// two decimals otherwise ("829.17", "0.00").
  private func appendMoney(_ cents: Int64, to out: inout [UInt8]) {
    appendInteger(cents / 100, to: &out)
    let c = cents % 100
    if c == 0 && profile == .hypergrowth { return }
    out.append(46)
    out.append(48 + UInt8(c / 10))
    out.append(48 + UInt8(c % 10))
  }

  private func appendInteger(_ value: Int64, to out: inout [UInt8]) {
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
      (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var n = value
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
      repeat {
        buffer[count] = 48 + UInt8(n % 10)
        n /= 10
        count += 1
      } while n > 0 && count < 10
      for i in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[i]) }
    }
  }
}
