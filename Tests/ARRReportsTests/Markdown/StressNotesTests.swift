import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// Review of issue #15: the stress section says which scenarios touch no account, and why
/// losing a usage-billed account can take more recurring than headline ARR, on hand-built
/// companies.
@Suite struct StressNotesTests {
  /// As of 2024-03: U is a usage contract billed 600, 600 then 300 a month (3-month average
  /// 500, above its 300 run-rate); A is annual at 100 a month.
  static func company() throws -> Company {
    let accounts = Array(
      """
      account_id,name,contract_type,start_date
      U,Usage Co,usage,2023-01-01
      A,,annual,2023-01-01

      """.utf8)
    let monthly = Array(
      """
      account_id,month,mrr
      U,2024-01,600
      U,2024-02,600
      U,2024-03,300
      A,2024-01,100
      A,2024-02,100
      A,2024-03,100

      """.utf8)
    return try CompanyLoader.load(
      accountsCSV: accounts, monthlyCSV: monthly, companyJSON: nil, options: LoadOptions())
  }

  static func result() throws -> StressResult {
    try StressTest.run(
      Analysis.run(try company()),
      scenarios: [
        StressScenario(name: "Lose top", loseTopAccounts: 1),
        // No account is on trial: the trial shock matches nobody.
        StressScenario(name: "Trials halve", trialConversion: 0.5),
      ])
  }

  @Test func losingAUsageAccountAboveItsRunRateIsExplained() throws {
    let r = try Self.result()
    let lose = r.scenarios[0].figures
    // Headline falls 12 × 300 = 3,600; recurring 12 × 500 = 6,000.
    #expect(r.base.headlineARR - lose.headlineARR == 360_000)
    #expect(r.base.recurringARR - lose.recurringARR == 600_000)
    let text = StressMarkdown.recurringBeyondHeadline(r, format: NumberFormat(currency: "USD"))
    #expect(text.contains("In **Lose top** recurring ARR falls more than headline ARR: "))
    #expect(
      text.contains(
        "the account lost, Usage Co (U), counts $6,000 in recurring ARR (its trailing 3-month "
          + "average) but $3,600 in headline ARR (its 2024-03 run-rate); so losing it removes "
          + "more recurring than headline ARR."))
    #expect(!text.contains("Trials halve"))
  }

  /// Losing a monthly account takes the same cents from headline and recurring ARR: no note,
  /// even where the two totals, rounded on their own, differ by a unit as displayed.
  @Test func equalChangesNeedNoNote() throws {
    let accounts = Array("account_id,contract_type,start_date\nM,monthly,2023-01-01\n".utf8)
    let monthly = Array("account_id,month,mrr\nM,2024-01,131.99\nM,2024-02,131.99\n".utf8)
    let company = try CompanyLoader.load(
      accountsCSV: accounts, monthlyCSV: monthly, companyJSON: nil, options: LoadOptions())
    let r = try StressTest.run(
      Analysis.run(company), scenarios: [StressScenario(name: "Lose", loseTopAccounts: 1)])
    let lose = r.scenarios[0].figures
    #expect(r.base.headlineARR - lose.headlineARR == r.base.recurringARR - lose.recurringARR)
    #expect(StressMarkdown.recurringBeyondHeadline(r, format: NumberFormat(currency: "USD")) == "")
  }

  /// B (1,000 a month, the largest) gave notice dated 2024-05-15, within the year after the
  /// 2024-03 as-of: "lose the top account" loses A (100 a month) instead, and the note names
  /// both (trial 22, T22-15: the scenario removed the leaver and printed no change).
  @Test func anAccountThatGaveNoticeIsPassedOverAndNamed() throws {
    let accounts = Array(
      """
      account_id,name,contract_type,start_date,cancel_date
      B,Big Co,monthly,2023-01-01,2024-05-15
      A,,monthly,2023-01-01,

      """.utf8)
    let monthly = Array(
      """
      account_id,month,mrr
      B,2024-01,1000
      B,2024-02,1000
      B,2024-03,1000
      A,2024-01,100
      A,2024-02,100
      A,2024-03,100

      """.utf8)
    let company = try CompanyLoader.load(
      accountsCSV: accounts, monthlyCSV: monthly, companyJSON: nil, options: LoadOptions())
    let r = try StressTest.run(
      Analysis.run(company), scenarios: [StressScenario(name: "Lose top", loseTopAccounts: 1)])
    // A's 12 × 100 leaves the headline; B's notice is already in the base.
    #expect(r.base.headlineARR - r.scenarios[0].figures.headlineARR == 120_000)
    #expect(r.scenarios[0].figures.qualityAdjustedARR < r.base.qualityAdjustedARR)
    #expect(
      StressMarkdown.lostAccounts(r, format: NumberFormat(currency: "USD"))
        == "In **Lose top** a larger account has already given notice (Big Co (B), $12,000): its "
        + "loss is in the base already (a chance of staying of 0), so the scenario removes the "
        + "next largest instead (A, $1,200).\n\n")
  }

  @Test func aScenarioMatchingNoAccountIsSaidToAffectNone() throws {
    let r = try Self.result()
    #expect(r.scenarios[1].hasNoEffect(against: r.base))
    let f = NumberFormat(currency: "USD")
    let md = StressMarkdown.movingChanges(r, format: f)
    let row = try #require(MarkdownReportTests.row(md, "Accounts affected"))
    #expect(row == ["Accounts affected", "1", "0"])
    #expect(
      md.contains(
        "**Trials halve** affects no account: no account is on an active trial, so every ARR "
          + "and projected figure stays the base's. The charts mark it \"no accounts affected\"."
      ))
    let json = StressJSON.render(r).serialized()
    #expect(json.contains("\"accounts_affected\": 1,"))
    #expect(json.contains("\"accounts_affected\": 0,"))
    let c = ReportContext(Analysis.run(try Self.company()), stress: r)
    let chart = try #require(ReportChart.stressChart(c))
    let doc = SVGChecks.validate(chart.svg, title: chart.title)
    #expect(SVGChecks.texts(doc).filter { $0 == "no accounts affected" }.count == 1)
    // Only the scenario that moves has bars (recurring and quality-adjusted ARR).
    #expect(doc.count("rect", cssClass: "bar") == 2)
  }

  /// U and A have no trial status: the company has no trials, so "Trials halve" moving the
  /// documented default rate is no figure of it; the row is left out and the report says why.
  @Test func trialConversionIsNotAFigureWithoutTrials() throws {
    let r = try Self.result()
    #expect(r.base.trials.accounts == 0)
    #expect(r.trialConversion.converted + r.trialConversion.expired == 0)
    let md = StressMarkdown.movingChanges(r, format: NumberFormat(currency: "USD"))
    #expect(MarkdownReportTests.row(md, "Trial conversion") == nil)
    #expect(
      md.contains(
        "Trial conversion is not shown: the company has no trials, so a scenario's change of the "
          + "rate applies to no account."))
  }

  /// Several idle scenarios are listed, each with what the data lacks for its own shocks: a
  /// monthly churn shock on a company of usage and annual accounts, pilots and trials on a
  /// company with neither; the words are not a generic "for example" list.
  @Test func eachIdleScenarioNamesWhatTheDataLacks() throws {
    var monthly = StressScenario.ChurnMultiplier()
    monthly.byContractType[ContractType.allCases.firstIndex(of: .monthly)!] = 2
    let r = try StressTest.run(
      Analysis.run(try Self.company()),
      scenarios: [
        StressScenario(name: "Monthly churn", churnMultiplier: monthly),
        StressScenario(name: "No pilots", pilotsRenew: 0),
        StressScenario(name: "Trials halve", trialConversion: 0.5),
      ])
    #expect(r.scenarios.allSatisfy { $0.hasNoEffect(against: r.base) })
    let text = StressMarkdown.noEffectSentence(r)
    #expect(
      text
        == "3 scenarios affect no account, as nothing in the data matches their shocks, so every "
        + "ARR and projected figure stays the base's; the charts mark them \"no accounts "
        + "affected\":\n\n"
        + "- **Monthly churn**: no paying account is on month-to-month terms.\n"
        + "- **No pilots**: no account is a paying pilot.\n"
        + "- **Trials halve**: no account is on an active trial.\n\n")
    #expect(!text.contains("for example"))
  }

  /// A `pilots_renew` share above the base's expected renewal raises expected pilot ARR; the
  /// report says why. A share below it is no surprise and gets no note. P is a paying pilot
  /// whose base retention probability (class default) is under 90%.
  @Test func aPilotShareAboveTheBaseIsExplained() throws {
    let accounts = Array(
      "account_id,contract_type,start_date\nP,pilot,2023-01-01\nA,annual,2023-01-01\n".utf8)
    let monthly = Array(
      "account_id,month,mrr\nP,2024-01,1000\nP,2024-02,1000\nA,2024-01,100\nA,2024-02,100\n"
        .utf8)
    let company = try CompanyLoader.load(
      accountsCSV: accounts, monthlyCSV: monthly, companyJSON: nil, options: LoadOptions())
    let r = try StressTest.run(
      Analysis.run(company),
      scenarios: [
        StressScenario(name: "Pilots all renew", pilotsRenew: 0.99),
        StressScenario(name: "Pilots rarely renew", pilotsRenew: 0.01),
      ])
    let base = r.base.pilots
    #expect(base.accounts == 1 && base.arr == 1_200_000)
    #expect(r.scenarios[0].figures.pilots.expectedARR > base.expectedARR)
    #expect(r.scenarios[1].figures.pilots.expectedARR < base.expectedARR)
    let f = NumberFormat(currency: "USD")
    let text = StressMarkdown.pilotsRenewAboveBase(r, format: f)
    let share = Double(base.expectedARR) / Double(base.arr)
    #expect(
      text.contains(
        "The paying pilots are expected to renew \(f.percent(share)) of their ARR in the base; "
          + "**Pilots all renew** sets it to 99.0%"))
    #expect(!text.contains("Pilots rarely renew"))
    #expect(StressMarkdown.movingChanges(r, format: f).contains(text))
  }

  /// Losing U takes its expected loss with it: the scenario's expected loss falls below the
  /// base's while its recurring ARR falls by U's $6,000; the report says why in one sentence.
  /// The scenario that moves nothing gets no such note.
  @Test func aLossThatFallsWithARRIsExplained() throws {
    let r = try Self.result()
    let lose = r.scenarios[0].figures
    #expect(lose.arrAtRisk < r.base.arrAtRisk)
    #expect(r.base.recurringARR - lose.recurringARR == 600_000)
    let text = StressMarkdown.lossFallsWithARR(r)
    #expect(
      text
        == "In **Lose top** the expected 12-month loss is below the base's although recurring "
        + "ARR is lower: the shock removes revenue now, so less is left to lose over the next 12 "
        + "months; that is not lower risk, and quality-adjusted ARR, which falls, is the figure "
        + "to compare.\n\n")
    #expect(StressMarkdown.movingChanges(r, format: NumberFormat(currency: "USD")).contains(text))
    let idle = try StressTest.run(
      Analysis.run(try Self.company()),
      scenarios: [StressScenario(name: "Trials halve", trialConversion: 0.5)])
    #expect(StressMarkdown.lossFallsWithARR(idle) == "")
  }
}

/// The stress table's class rows foot to the recurring ARR row as displayed, in the base and in
/// every scenario, so their changes sum to its change (render review 28, R28-1: one account
/// lost read -$641,131 in recurring ARR and -$641,130 in its class).
@Suite struct StressClassFootingTests {
  @Test(arguments: ["ai-hypergrowth", "data-room-billings"])
  func classRowsSumToTheRecurringRow(sample: String) throws {
    let (_, stress, _) = try SampleCompanies.bundle(sample)
    let all = [stress.base] + stress.scenarios.map(\.figures)
    for figures in all {
      let classes = StressMarkdown.footedClassARR(figures, base: stress.base)
      #expect(
        classes.reduce(0, +)
          == StressMarkdown.shownUnits(figures, base: stress.base, \.recurringARR))
      for (k, c) in RevenueClass.allCases.enumerated() {
        // The base's cell is within a unit of its exact value, a scenario's change within a
        // unit of its exact change (R30-1): a scenario's cell is within two.
        #expect(abs(classes[k] * 100 - figures.classes[c].recurringARR) < 200)
      }
    }
    let f = NumberFormat(currency: stress.analysis.company.profile.currency)
    let rows = StressMarkdown.rows(f, base: stress.base)
    let recurring = try #require(rows.first { $0.label == "Recurring ARR" })
    let classRows = rows.filter { $0.label.hasPrefix("Recurring ARR, ") }
    #expect(classRows.count == 3)
    for o in stress.scenarios {
      let units = { (text: String) -> Int64 in
        let digits = text.filter(\.isNumber)
        return (text.hasPrefix("-") ? -1 : 1) * (Int64(digits) ?? 0)
      }
      let parts = classRows.map { units($0.change(o.figures, stress.base)) }.reduce(0, +)
      #expect(parts == units(recurring.change(o.figures, stress.base)), "\(o.scenario.name)")
    }
  }
}
