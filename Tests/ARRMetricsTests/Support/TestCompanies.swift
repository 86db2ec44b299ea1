import ARRCore

/// Small companies built by hand for the metrics tests, and seeded random ones.
enum TestCompanies {
  static let january = Month(year: 2025, month: 1)

  /// An account with the given terms and defaults for everything else.
  static func account(
    _ id: String, _ type: ContractType = .monthly, trial: TrialStatus = .none,
    segment: String? = nil, committed: Int64? = nil
  ) -> Account {
    Account(
      id: id, segment: segment, contractType: type,
      billingCadence: type == .usage ? .inArrears : .monthly,
      startDate: CivilDate(year: 2024, month: 1, day: 1)!, trialStatus: trial,
      committedMRR: committed)
  }

  /// A company whose account `i` has MRR `rows[i].mrr` (cents), months from `first`.
  static func company(
    first: Month = january, _ rows: [(Account, [Int64])], usage: [[Int64]]? = nil,
    oneTime: [Int64]? = nil, reportedARR: Int64? = nil
  ) -> Company {
    let months = rows.first?.1.count ?? (oneTime?.count ?? 1)
    precondition(rows.allSatisfy { $0.1.count == months })
    let matrix = RevenueMatrix(
      accountCount: rows.count, monthCount: months, mrr: rows.flatMap(\.1),
      usage: usage.map { $0.flatMap { $0 } },
      oneTimeByMonth: oneTime ?? Array(repeating: 0, count: months))
    return Company(
      profile: CompanyProfile(name: "Test", reportedARR: reportedARR), accounts: rows.map(\.0),
      firstMonth: first, asOf: first.adding(months: months - 1), revenue: matrix)
  }

  /// `count` copies of an account with MRR `mrr`, ids prefixed with `prefix`.
  static func many(
    _ count: Int, _ prefix: String, _ mrr: [Int64], _ type: ContractType = .monthly
  ) -> [(Account, [Int64])] {
    (0..<count).map { (account("\(prefix)\($0)", type), mrr) }
  }

  /// A seeded random company: cells are 0 about 40% of the time, else 1¢–$1,000, with a few
  /// negative cells (credits) when `negatives` is set.
  static func random(
    seed: UInt64, accounts: Int, months: Int, negatives: Bool = false
  ) -> Company {
    var g = SeededGenerator(seed: seed)
    let types = ContractType.allCases
    let trials = TrialStatus.allCases
    var rows: [(Account, [Int64])] = []
    for a in 0..<accounts {
      let type = types[Int(g.next() % UInt64(types.count))]
      let trial = trials[Int(g.next() % UInt64(trials.count))]
      let segment = ["smb", "enterprise", "mid-market", ""][Int(g.next() % 4)]
      var mrr: [Int64] = []
      for _ in 0..<months {
        let u = g.nextUnit()
        if u < 0.4 {
          mrr.append(0)
        } else if negatives && u < 0.43 {
          mrr.append(-Int64(g.next() % 5_000))
        } else {
          mrr.append(1 + Int64(g.next() % 100_000))
        }
      }
      let committed: Int64? = g.nextUnit() < 0.2 ? Int64(g.next() % 50_000) : nil
      rows.append(
        (account("R\(a)", type, trial: trial, segment: segment, committed: committed), mrr))
    }
    let usage = rows.map { row in row.1.map { max($0, 0) / 7 } }
    return company(
      rows, usage: usage, oneTime: (0..<months).map { _ in Int64(g.next() % 1_000_000) })
  }
}
