import ARRCore
import ARRFileSystem
import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Makes realistic sample companies in the input folder format: `accounts.csv`, `monthly.csv`
/// and `company.json`. Deterministic: the same options give the same bytes on every machine.
public enum CompanyGenerator {
  static let accountsHeader =
    "account_id,name,segment,contract_type,billing_cadence,start_date,contract_end_date,"
    + "trial_status,trial_end_date,cancel_date,seats_purchased,seats_active,integrations,"
    + "committed_mrr,past_due\n"
  static let monthlyHeader = "account_id,month,mrr,one_time,usage\n"
  /// With ``GeneratorOptions/hasLogins``: one activity column (docs/input.md, "Activity columns").
  static let monthlyHeaderWithLogins = "account_id,month,mrr,one_time,usage,logins\n"

  /// Writes `accounts.csv`, `monthly.csv` and `company.json` into `directory`, creating it (and
  /// its parents) if missing, all-or-nothing: the files are staged and renamed into place only
  /// once all three are written. Output is streamed through buffers of a few MiB, so memory does not
  /// grow with the number of rows.
  /// - Parameters:
  ///   - options: the profile, size, seed and as-of month.
  ///   - directory: the folder to write into.
  /// - Throws: `ARRQualityError` of kind `.cannotCreateOutput` when the folder or a file cannot
  ///   be created, `.outputFailed` when a write fails (a full disk); the message names the path.
  ///   A folder this call created is removed again when the write fails.
  /// - Complexity: O(accounts × months) time, O(1) memory beyond the buffers.
  public static func write(_ options: GeneratorOptions, to directory: String)
    throws(ARRQualityError)
  {
    try checkFirstMonth(options)
    let isNewDirectory = access(directory, F_OK) != 0
    try makeDirectory(directory)
    let base = directory.hasSuffix("/") ? directory : directory + "/"
    // All three files are staged (unnamed until the end), then renamed into place together, as
    // every output is (docs/output.md): a full disk or a kill leaves the old files, never
    // truncated ones.
    var accounts = ByteSink()
    var monthly = ByteSink()
    var json = ByteSink()
    do throws(ARRQualityError) {
      accounts = try ByteSink(path: base + "accounts.csv")
      monthly = try ByteSink(path: base + "monthly.csv")
      json = try ByteSink(path: base + "company.json")
      let totals = try generate(options, accounts: &accounts, monthly: &monthly)
      companyJSON(options, totals: totals, into: &json)
      try accounts.finish()
      try monthly.finish()
      try json.finish()
    } catch {
      accounts.discard()
      monthly.discard()
      json.discard()
      if isNewDirectory { rmdir(directory) }
      throw error
    }
    do throws(ARRQualityError) {
      try OutputFile.commit([accounts.file, monthly.file, json.file].compactMap { $0 })
    } catch {
      if isNewDirectory { rmdir(directory) }
      throw error
    }
  }

  /// The files ``write(_:to:)`` writes, in order.
  public static let fileNames = ["accounts.csv", "monthly.csv", "company.json"]

  /// The paths of the files ``write(_:to:)`` would replace in `directory`: a caller can refuse
  /// to overwrite a real company's data without being asked to.
  /// - Parameter directory: The folder.
  /// - Returns: The existing ones among ``fileNames``, as paths, in that order.
  public static func existingFiles(in directory: String) -> [String] {
    let base = directory.hasSuffix("/") ? directory : directory + "/"
    return fileNames.map { base + $0 }.filter { access($0, F_OK) == 0 }
  }

  /// The three files' bytes, in memory (for tests and small companies).
  /// - Parameter options: the profile, size, seed and as-of month.
  /// - Returns: the bytes of `accounts.csv`, `monthly.csv` and `company.json`.
  /// - Complexity: O(accounts × months) time and memory.
  public static func files(
    _ options: GeneratorOptions
  ) -> (accountsCSV: [UInt8], monthlyCSV: [UInt8], companyJSON: [UInt8]) {
    var accounts = ByteSink()
    var monthly = ByteSink()
    var json = ByteSink()
    // In-memory sinks never write, so they cannot fail.
    let totals = try! generate(options, accounts: &accounts, monthly: &monthly)
    companyJSON(options, totals: totals, into: &json)
    return (accounts.bytes, monthly.bytes, json.bytes)
  }

  /// The month offset (from the first generated month; negative = before it) at which each
  /// account starts, in account order. New logos per month grow by the profile's logo growth.
  static func startOffsets(_ options: GeneratorOptions) -> [Int] {
    let p = options.profile.parameters
    let n = max(0, options.accounts)
    let months = max(1, options.months)
    let pre = min(n, Int((Double(n) * p.preWindowShare).rounded()))
    var offsets = [Int]()
    offsets.reserveCapacity(n)
    for i in 0..<pre { offsets.append(-36 + (i * 36) / pre) }
    let remaining = n - pre
    var weights = [Double]()
    var total = 0.0
    for m in 0..<months {
      let w = DeterministicMath.exp(p.logoGrowth * Double(m))
      weights.append(w)
      total += w
    }
    // Largest remainder, ties to the earlier month, so the counts sum to exactly `remaining`.
    var counts = [Int]()
    var remainders = [(Double, Int)]()
    var assigned = 0
    for m in 0..<months {
      let exact = Double(remaining) * weights[m] / total
      let whole = Int(exact)
      counts.append(whole)
      assigned += whole
      remainders.append((exact - Double(whole), m))
    }
    remainders.sort { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
    for k in 0..<(remaining - assigned) { counts[remainders[k % months].1] += 1 }
    for m in 0..<months {
      for _ in 0..<counts[m] { offsets.append(m) }
    }
    return offsets
  }

  static func generate(
    _ options: GeneratorOptions, accounts: inout ByteSink, monthly: inout ByteSink
  ) throws(ARRQualityError) -> AccountSimulator.Totals {
    let offsets = startOffsets(options)
    var width = 4
    var limit = 10_000
    while offsets.count >= limit {
      width += 1
      limit *= 10
    }
    let simulator = AccountSimulator(
      parameters: options.profile.parameters, firstMonth: options.firstMonth,
      monthCount: max(1, options.months), seed: options.seed ^ profileSalt(options.profile),
      idWidth: width, writesLogins: options.hasLogins)
    accounts.text(accountsHeader)
    monthly.text(options.hasLogins ? monthlyHeaderWithLogins : monthlyHeader)
    var totals = AccountSimulator.Totals()
    // Accounts are independent (one random stream each), so blocks of them are simulated on
    // two threads into their own buffers and appended in account order: the bytes do not
    // depend on the threading.
    let block = 4_096
    let lanes = 2
    var start = 0
    while start < offsets.count {
      let end = min(offsets.count, start + lanes * block)
      let parts = (end - start + block - 1) / block
      var results = [Part](repeating: Part(), count: parts)
      let batchStart = start
      results.withUnsafeMutableBufferPointer { buffer in
        nonisolated(unsafe) let out = buffer
        DispatchQueue.concurrentPerform(iterations: parts) { k in
          var part = Part()
          let from = batchStart + k * block
          for index in from..<min(end, from + block) {
            simulator.simulate(
              index: index, startOffset: offsets[index], accounts: &part.accounts,
              monthly: &part.monthly, totals: &part.totals)
          }
          out[k] = part
        }
      }
      for part in results {
        accounts.bytes.append(contentsOf: part.accounts.bytes)
        monthly.bytes.append(contentsOf: part.monthly.bytes)
        totals.mrrCents += part.totals.mrrCents
        totals.oneTimeCents += part.totals.oneTimeCents
      }
      try monthly.flushIfFull()
      try accounts.flushIfFull()
      start = end
    }
    return totals
  }

  /// One block's output.
  struct Part {
    var accounts = ByteSink()
    var monthly = ByteSink()
    var totals = AccountSimulator.Totals()
  }

  static func profileSalt(_ profile: GeneratorProfile) -> UInt64 {
    switch profile {
    case .aiHypergrowth: 0xA1A1_0000_0000_0001
    case .enterpriseSaaS: 0xE5E5_0000_0000_0002
    case .plgSMB: 0x9191_0000_0000_0003
    }
  }

  /// `company.json`: name, currency, as-of, the claimed ARR, margin, discount rate and CAC.
  static func companyJSON(
    _ options: GeneratorOptions, totals: AccountSimulator.Totals, into sink: inout ByteSink
  ) {
    let p = options.profile.parameters
    let headline = 12 * totals.mrrCents
    let reported: Int64
    switch options.profile {
    case .aiHypergrowth:
      // Counts the as-of month's one-time fees as if they recurred: what the ladder flags.
      reported = 12 * (totals.mrrCents + totals.oneTimeCents)
    case .enterpriseSaaS:
      reported = (headline + 500_000) / 1_000_000 * 1_000_000
    case .plgSMB:
      reported = (headline + 50_000) / 100_000 * 100_000
    }
    sink.text("{\n  \"name\": \"\(p.companyName)\",\n  \"currency\": \"USD\",\n  \"as_of\": \"")
    sink.month(options.asOf)
    sink.text("\",\n  \"reported_arr\": ")
    sink.money(reported)
    sink.text(",\n  \"gross_margin\": \(p.grossMargin),\n  \"discount_rate\": \(p.discountRate),\n")
    sink.text("  \"cac\": ")
    if p.cacCents.count == 1, p.cacCents[0].segment == nil {
      sink.money(p.cacCents[0].cents)
    } else {
      // By segment (docs/input.md): each segment's LTV:CAC uses its own acquisition cost.
      sink.text("{")
      for (i, c) in p.cacCents.enumerated() {
        sink.text((i == 0 ? "" : ", ") + "\"\(c.segment ?? "")\": ")
        sink.money(c.cents)
      }
      sink.text("}")
    }
    sink.text("\n}\n")
  }

  /// `mkdir -p`.
  /// The earliest month a company's data may hold, January of ``Month/minimumDataYear``; the
  /// loader refuses any earlier.
  static let earliestMonth = Month(year: Month.minimumDataYear, month: 1)

  /// Refuses a history that would start before ``earliestMonth``, before any file is written
  /// (trial 30, T30-18: `generate --as-of 1900-01 --months 24` exited 0 and wrote months from
  /// 1898-02, a company its own `validate` refused with 5,701 problems).
  /// - Throws: `ARRQualityError` of kind `.invalidArgument` (a usage error) naming the first
  ///   month and the earliest `--as-of` allowed for the months asked.
  static func checkFirstMonth(_ options: GeneratorOptions) throws(ARRQualityError) {
    guard options.firstMonth < earliestMonth else { return }
    let months = max(1, options.months)
    throw .invalidArgument(
      "--as-of \(options.asOf) with --months \(months) starts the history in "
        + "\(options.firstMonth), before \(earliestMonth) (the earliest month a company's data "
        + "may hold): give --as-of \(earliestMonth.adding(months: months - 1)) or later, or "
        + "fewer months")
  }

  static func makeDirectory(_ path: String) throws(ARRQualityError) {
    guard !path.isEmpty else {
      throw ARRQualityError(
        kind: .cannotCreateOutput, message: "cannot create an output folder with an empty name")
    }
    var prefix = path.hasPrefix("/") ? "/" : ""
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      prefix += part
      if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
        let reason = String(cString: strerror(errno))
        throw ARRQualityError(
          kind: .cannotCreateOutput, message: "cannot create \(prefix): \(reason)")
      }
      prefix += "/"
    }
    var info = stat()
    if stat(path, &info) != 0 || (info.st_mode & S_IFMT) != S_IFDIR {
      throw ARRQualityError(
        kind: .cannotCreateOutput, message: "cannot create \(path): not a folder")
    }
  }
}
