import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// Render review 30 (R30-10, R30-14): a scenario that touches only free trials or pilots says
/// why no ARR figure moves, and a default trial conversion rate is labelled as the default, on
/// hand-built companies.
@Suite struct StressOutsideRecurringTests {
  static let usd = NumberFormat(currency: "USD")

  /// As of 2024-03: P pays 100 a month; T1 and T2 are active free trials (no revenue); C1–C4
  /// converted, first paying 40, 50, 60 and 70 a month (then 80 each in 2024-03); E1–E8
  /// expired. `converted`/`expired` trials can be fewer (`resolved` of them, converted first).
  static func company(resolved: Int = 12) throws -> Company {
    var accounts = "account_id,contract_type,start_date,trial_status\n"
    var monthly = "account_id,month,mrr\nP,2024-01,100\nP,2024-02,100\nP,2024-03,100\n"
    accounts += "P,monthly,2023-01-01,none\nT1,monthly,2024-03-20,active\n"
    accounts += "T2,monthly,2024-03-21,active\n"
    let firsts = [40, 50, 60, 70]
    for (k, first) in firsts.enumerated() where k < resolved {
      accounts += "C\(k + 1),monthly,2024-01-01,converted\n"
      monthly += "C\(k + 1),2024-02,\(first)\nC\(k + 1),2024-03,80\n"
    }
    for k in 0..<max(0, resolved - firsts.count) {
      accounts += "E\(k + 1),monthly,2024-01-01,expired\n"
    }
    return try CompanyLoader.load(
      accountsCSV: Array(accounts.utf8), monthlyCSV: Array(monthly.utf8), companyJSON: nil,
      options: LoadOptions())
  }

  /// The median of the first paid MRRs 40, 50, 60, 70 is the lower middle one, 50.
  @Test func theConvertedTrialsMedianFirstPaidMRRIsTheLowerMiddle() throws {
    let t = TrialConversion(try Self.company())
    #expect(t.converted == 4)
    #expect(t.expired == 8)
    #expect(t.medianConvertedMRR == 5_000)
    #expect(!t.isDefault)
    #expect(t.probability == 4.0 / 12.0)
  }

  /// One free trial (the company above without T2) reads in the singular (trial 37, T37-10:
  /// "the 1 active trial convert"): 4 converted of 12 resolved, odds halved, 1/3 → 1/5.
  @Test func oneFreeTrialReadsInTheSingular() throws {
    var accounts = "account_id,contract_type,start_date,trial_status\n"
    accounts += "P,monthly,2023-01-01,none\nT1,monthly,2024-03-20,active\n"
    var monthly = "account_id,month,mrr\nP,2024-01,100\nP,2024-02,100\nP,2024-03,100\n"
    for k in 1...4 {
      accounts += "C\(k),monthly,2024-01-01,converted\n"
      monthly += "C\(k),2024-02,50\nC\(k),2024-03,80\n"
    }
    for k in 1...8 { accounts += "E\(k),monthly,2024-01-01,expired\n" }
    let company = try CompanyLoader.load(
      accountsCSV: Array(accounts.utf8), monthlyCSV: Array(monthly.utf8), companyJSON: nil,
      options: LoadOptions())
    let r = try StressTest.run(
      Analysis.run(company), scenarios: [StressScenario(name: "Trial cliff", trialConversion: 0.5)])
    #expect(
      StressMarkdown.outsideRecurring(r, format: Self.usd).hasPrefix(
        "**Trial cliff** changes the chance that the 1 active trial converts (33.3% → 20.0%), "
          + "but it pays nothing now"))
  }

  /// Halving the odds of 1/3 gives (0.5 × 1/3) ÷ (2/3 + 0.5 × 1/3) = 1/5: the two free trials
  /// are worth 12 × 2 × $50 × 1/3 = $400 in the base and 12 × 2 × $50 × 1/5 = $240 under the
  /// scenario, and every ARR rung stays the base's.
  @Test func aTrialShockOnFreeTrialsSaysWhyNothingMoves() throws {
    let r = try StressTest.run(
      Analysis.run(try Self.company()),
      scenarios: [StressScenario(name: "Trial cliff", trialConversion: 0.5)])
    let s = r.scenarios[0].figures
    #expect(s.accountsAffected == 2)
    #expect(s.qualityAdjustedARR == r.base.qualityAdjustedARR)
    #expect(s.trials.expectedARR == 0)
    let text = StressMarkdown.outsideRecurring(r, format: Self.usd)
    #expect(
      text
        == "**Trial cliff** changes the chance that the 2 active trials convert (33.3% → 20.0%), "
        + "but they pay nothing now and a trial's expected ARR is its current MRR × that chance, "
        + "so no ARR figure moves: the report does not guess what a free trial will pay. Priced "
        + "at the median first paid MRR of the 4 trials that converted in the data ($50 a "
        + "month), they would bring $400 of ARR in the base and $240 here.\n\n")
    #expect(StressMarkdown.defaultConversionSentence(r, format: Self.usd) == "")
  }

  /// A scenario that moves a rung, or touches no account, needs no such note.
  @Test func aScenarioThatMovesARungOrNothingGetsNoNote() throws {
    let r = try StressTest.run(
      Analysis.run(try Self.company()),
      scenarios: [
        StressScenario(name: "Lose top", loseTopAccounts: 1),
        StressScenario(name: "Pilots", pilotsRenew: 0),
      ])
    #expect(StressMarkdown.outsideRecurring(r, format: Self.usd) == "")
  }

  /// Three resolved trials (fewer than 10): the base rate is the 25% default, the row and a
  /// sentence say so, and the stress command's line counts "3 trials".
  @Test func aDefaultConversionRateIsLabelledAsTheDefault() throws {
    let r = try StressTest.run(
      Analysis.run(try Self.company(resolved: 3)),
      scenarios: [StressScenario(name: "Trial cliff", trialConversion: 0.5)])
    #expect(r.trialConversion.isDefault)
    #expect(
      StressMarkdown.defaultConversionSentence(r, format: Self.usd)
        == "Trial conversion in the base is the documented default, 25.0%: only 3 trials are "
        + "resolved in the data (3 converted), fewer than the 10 the company's own rate needs.\n\n"
    )
    let labels = StressMarkdown.reportRows(r, format: Self.usd).map(\.label)
    #expect(labels.contains("Trial conversion (documented default)"))
    #expect(!labels.contains("Trial conversion"))
    let markdown = StressMarkdown.render(r)
    #expect(markdown.contains("(documented default; only 3 trials resolved in the data)"))
    // 12 × 2 × $50 × 25% = $300 and, at the halved odds 1/7, 12 × 2 × $50 ÷ 7 = $171.43.
    #expect(markdown.contains("they would bring $300 of ARR in the base and $171 here."))
  }

  /// The pilots company: P pays 100 a month; L1 and L2 are pilots paying 200 a month in
  /// 2024-02 and 2024-03; L1 gave notice (`cancel_date` 2024-05-01, within the 12 months: its
  /// chance of staying is 0) when `notice` is true.
  static func pilots(notice: Bool) throws -> Company {
    let accounts = Array(
      """
      account_id,contract_type,start_date,cancel_date
      P,monthly,2023-01-01,
      L1,pilot,2024-01-01,\(notice ? "2024-05-01" : "")
      L2,pilot,2024-01-01,

      """.utf8)
    let monthly = Array(
      """
      account_id,month,mrr
      P,2024-01,100
      P,2024-02,100
      P,2024-03,100
      L1,2024-02,200
      L1,2024-03,200
      L2,2024-02,200
      L2,2024-03,200

      """.utf8)
    return try CompanyLoader.load(
      accountsCSV: accounts, monthlyCSV: monthly, companyJSON: nil, options: LoadOptions())
  }

  /// Both pilots' renewal set to 0: no ARR rung moves (pilots are outside recurring ARR), the
  /// expected ARR from pilot renewals falls to $0, and the projected means, whose base counts
  /// the pilots paying now, fall: the sentence says so with the change table's own cells and
  /// does not say "only" (render review 32, R32-3: ai-hypergrowth's "moves only" sat above
  /// projected NDR -1.1 pts). Both pilots are reached: no reach clause.
  @Test func aPilotShockSaysWhatItMovesAsTheTableShowsIt() throws {
    let r = try StressTest.run(
      Analysis.run(try Self.pilots(notice: false)),
      scenarios: [StressScenario(name: "No pilots", pilotsRenew: 0)])
    let base = r.base.pilots
    #expect(base.accounts == 2 && base.arr == 480_000)
    let shocked = r.scenarios[0].figures
    #expect(shocked.pilots.expectedARR == 0 && shocked.accountsAffected == 2)
    let rows = StressMarkdown.rows(Self.usd, base: r.base)
    func cell(_ label: String) throws -> String {
      try #require(rows.first { $0.label == label }).change(shocked, r.base)
    }
    // "-12.3 pts" → "12.3": every mean falls here.
    func points(_ label: String) throws -> String {
      let c = try cell(label)
      #expect(c.hasPrefix("-") && c.hasSuffix(" pts"), "\(label) \(c)")
      return String(c.dropFirst().dropLast(4))
    }
    let (ndr, grr, logo) = (
      try points("Projected NDR (mean)"), try points("Projected GRR (mean)"),
      try points("Projected logo retention (mean)")
    )
    let text = StressMarkdown.outsideRecurring(r, format: Self.usd)
    #expect(
      text
        == "**No pilots** moves no ARR figure (pilots are outside recurring and quality-adjusted "
        + "ARR) but changes the expected ARR from pilot renewals "
        + "(\(Self.usd.money(cents: base.expectedARR)) → $0) and lowers projected NDR by \(ndr) "
        + "points, GRR by \(grr) and logo retention by \(logo): the projection's base counts the "
        + "pilots paying now.\n\n")
    #expect(!text.contains("only"))
  }

  /// L1 gave notice, so its chance of renewing is already 0: the shock reaches L2 alone, 1 of
  /// the 2 paying pilots, and the sentence says why the other is untouched (R32-3:
  /// ai-hypergrowth's 20 affected beside 28 live pilots; its other 8 gave notice).
  @Test func aPilotAlreadyLeavingIsNotReached() throws {
    let r = try StressTest.run(
      Analysis.run(try Self.pilots(notice: true)),
      scenarios: [StressScenario(name: "No pilots", pilotsRenew: 0)])
    #expect(r.base.pilots.accounts == 2)
    #expect(r.scenarios[0].figures.accountsAffected == 1)
    let text = StressMarkdown.outsideRecurring(r, format: Self.usd)
    #expect(
      text.hasSuffix(
        " It reaches 1 of the 2 paying pilots; the other is already counted as leaving.\n\n"))
  }
}
