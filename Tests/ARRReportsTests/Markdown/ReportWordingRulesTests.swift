import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// Review of the eight rendered sample reports, as a finance lead pasting them into a deck: each
/// defect found is fixed by a general rule, pinned here on hand-made values and on every sample.
@Suite struct ReportWordingRulesTests {
  // MARK: Import terms

  /// Only the counts that are not zero are named; with none, one sentence says so.
  @Test func inferredTermsNameOnlyWhatWasInferred() {
    let f = NumberFormat(currency: "USD")
    var s = ImportSummary(shape: "cube", values: "mrr", rowsRead: 3, rowsUsed: 3, rowsSkipped: 0)
    #expect(
      MarkdownReport.inferredWords(s, format: f)
        == "No account term was inferred or left unknown: contract types, billing cadences, "
        + "start dates and contract ends are as the files give them.")
    s.inferredContractType = 116
    s.unknownContractType = 84
    #expect(
      MarkdownReport.inferredWords(s, format: f)
        == "Inferred, not given: contract type for 116 accounts; still unknown: contract type "
        + "for 84 accounts.")
    s.inferredContractType = 0
    s.inferredStartDate = 1
    s.inferredBillingCadence = 2
    #expect(
      MarkdownReport.inferredWords(s, format: f)
        == "Inferred, not given: billing cadence for 2 accounts, start date for 1; still "
        + "unknown: contract type for 84 accounts.")
    s = ImportSummary(shape: "cube", values: "mrr", rowsRead: 3, rowsUsed: 3, rowsSkipped: 0)
    s.unknownBillingCadence = 1
    #expect(
      MarkdownReport.inferredWords(s, format: f) == "Still unknown: billing cadence for 1 account.")
  }

  // MARK: Data-quality notes

  /// "Usage column absent." named no file (session 17, report): the note names the monthly
  /// revenue file of a company folder, or the files an import read, and says what it means.
  @Test func theUsageNoteNamesItsFile() throws {
    let a = Analysis.run(try SummaryCaveatsTests.company())
    #expect(a.company.dataQuality.notes.contains(MarkdownReport.usageAbsent))
    let means =
      " no usage column (units used per month), so the usage signals count neither for nor "
      + "against an account."
    let native = MarkdownReport.dataQuality(ReportContext(a))
    #expect(native.contains("- `monthly.csv` has" + means + "\n"))
    #expect(!native.contains("Usage column absent."))
    var imported = a.company
    imported.dataQuality.imported = ImportSummary(
      shape: "ledger", values: "billings", sourceFiles: ["in/a.csv", "in/b.csv"])
    let both = MarkdownReport.dataQuality(ReportContext(Analysis.run(imported)))
    #expect(both.contains("- `in/a.csv` and `in/b.csv` have" + means + "\n"))
  }

  @Test func notesReadAsSentencesWithTheirFileInCode() {
    let files = ["data/cube.csv", "data/cube.csv, sheet MRR"]
    #expect(
      MarkdownReport.noteSentence("data/cube.csv: the totals row equals the sums", files: files)
        == "`data/cube.csv`: The totals row equals the sums.")
    // The longest file name that starts the note is its label.
    #expect(
      MarkdownReport.noteSentence("data/cube.csv, sheet MRR: credits left out", files: files)
        == "`data/cube.csv, sheet MRR`: Credits left out.")
    #expect(
      MarkdownReport.noteSentence("data/cube.csv, lines without a period: none dated", files: files)
        == "`data/cube.csv`, lines without a period: None dated.")
    #expect(
      MarkdownReport.noteSentence("usage column absent", files: files) == "Usage column absent.")
    #expect(
      MarkdownReport.noteSentence("Sheets not used: a.xlsx, sheet Cover (not a cube).", files: [])
        == "Sheets not used: a.xlsx, sheet Cover (not a cube).")
    // A file that is the note's subject keeps the verb after it as it is.
    #expect(
      MarkdownReport.noteSentence("data/cube.csv holds macros; not run", files: files)
        == "`data/cube.csv` holds macros; not run.")
    // A later colon introduces data (column names): they are kept as written.
    #expect(
      MarkdownReport.noteSentence(
        "data/cube.csv columns kept as activity signals: logins, api_calls", files: files)
        == "`data/cube.csv` columns kept as activity signals: logins, api_calls.")
  }

  /// The data rooms' notes: a lead-in, then sentences; no cents in money left out.
  @Test(arguments: [
    "data-room-billings", "data-room-ledger", "data-room-movements", "data-room-stripe", "workbook",
  ])
  func dataQualityNotesHaveALeadInAndSentences(name: String) throws {
    let (_, _, md) = try BoardReportTests.report(name)
    let section = try #require(md.components(separatedBy: "## Data quality\n").last)
      .components(separatedBy: "\n## ")[0]
    let items = section.split(separator: "\n").filter { $0.hasPrefix("- ") }
    #expect(!items.isEmpty)
    #expect(section.contains("Notes on how the files were read:\n\n- "))
    for item in items {
      #expect(item.hasSuffix("."), "\(item)")
      let start = item.dropFirst(2)
      // A capital, a file name, or a count ("10 monthly accounts have …", as findings start
      // with a share): never a lower-case word.
      #expect(
        start.first?.isUppercase == true || start.first == "`" || start.first?.isNumber == true,
        "\(item)")
      // Money left out is in whole units, as the report's money is: no "$1,234.56".
      if item.contains("left out") {
        for piece in item.split(separator: "$").dropFirst() {
          var amount = String(piece.prefix { $0.isNumber || $0 == "," || $0 == "." })
          while amount.hasSuffix(".") { amount.removeLast() }
          #expect(!amount.contains("."), "\(item)")
        }
      }
    }
  }

  // MARK: Accounts

  @Test func accountsAreNamedWithTheirId() {
    var a = Account(
      id: "A0997", contractType: .pilot, billingCadence: .monthly,
      startDate: Fixture.date("2026-01-01"))
    #expect(MarkdownReport.accountLabel(a) == "A0997")
    #expect(MarkdownReport.accountLabel(a, detail: "pilot") == "A0997 (pilot)")
    a.name = "Vector\nFoods"
    #expect(MarkdownReport.accountLabel(a) == "Vector Foods (A0997)")
    #expect(MarkdownReport.accountLabel(a, detail: "pilot") == "Vector Foods (A0997, pilot)")
    a.name = ""
    #expect(MarkdownReport.accountLabel(a) == "A0997")
  }

  /// ai-hypergrowth's largest unclassed accounts are named as the rest of the report names
  /// accounts, not by id in code type.
  @Test func unclassedAccountsAreListedByName() throws {
    let (analysis, _, md) = try BoardReportTests.report("ai-hypergrowth")
    let line = try #require(
      md.split(separator: "\n").first { $0.hasPrefix("The largest by headline ARR: ") })
    #expect(!line.contains("`"))
    let largest = try #require(JSONReport.largestUnclassed(analysis.scoring).first)
    let account = analysis.company.accounts[largest.account]
    let name = try #require(account.name)
    #expect(line.contains("\(name) (\(account.id), \(largest.kind.singular)) "))
  }

  /// When the accounts paying MRR and the accounts with recurring ARR differ in number, the
  /// report says why, and the counts it gives reconcile: paying = classed − usage accounts
  /// valued at their average + paying accounts without recurring ARR.
  @Test(arguments: SampleCompanies.names)
  func payingAndClassedCountsAreReconciled(name: String) throws {
    let (_, _, md) = try BoardReportTests.report(name)
    let line = try #require(
      md.split(separator: "\n").first { $0.contains(" paid MRR in ") }.map(String.init))
    // The number right before the first `marker` that has one.
    func number(before marker: String) -> Int? {
      var from = line.startIndex
      while let r = line.range(of: marker, range: from..<line.endIndex) {
        let digits = line[..<r.lowerBound].reversed().prefix { $0.isNumber || $0 == "," }
        if let n = Int(String(digits.reversed()).replacingOccurrences(of: ",", with: "")) {
          return n
        }
        from = r.upperBound
      }
      return nil
    }
    let paying = try #require(number(before: " account"))
    let classed = try #require(number(before: " accounts with recurring ARR"))
    let averaged = number(before: " usage account") ?? 0
    let notRecurring = number(before: " paying account") ?? 0
    #expect(paying == classed - averaged + notRecurring, "\(line)")
    if paying != classed { #expect(line.contains(" The two counts differ: "), "\(line)") }
    if name == "plg-smb" {
      #expect((paying, classed, averaged) == (1_410, 1_414, 4))
      #expect(line.contains("at their 3-month average"))
    }
  }

  // MARK: Tables and charts

  /// The MRR bridge foots as displayed: every row sums to its closing, every closing is the
  /// next opening, and net new is the difference of the displayed ends.
  @Test(arguments: SampleCompanies.names)
  func bridgeRowsFootAsDisplayed(name: String) throws {
    let (_, _, md) = try BoardReportTests.report(name)
    let section = try #require(md.components(separatedBy: "## Growth: the MRR bridge\n").last)
      .components(separatedBy: "\n## ")[0]
    func units(_ cell: String) -> Int64? {
      Int64(cell.filter { $0.isNumber || $0 == "-" }.replacingOccurrences(of: "$", with: ""))
    }
    let rows = MarkdownReportTests.tables(section).first?.dropFirst(2) ?? []
    #expect(rows.count >= 1)
    var previousClosing: Int64? = nil
    for row in rows {
      let values = row.dropFirst().compactMap(units)
      #expect(values.count == 7)
      #expect(values[0...5].reduce(0, +) == values[6], "\(row)")
      if let previousClosing { #expect(values[0] == previousClosing) }
      previousClosing = values[6]
    }
    let first = try #require(rows.first.flatMap { units($0[1]) })
    let last = try #require(previousClosing)
    let net = (last - first).magnitude
    #expect(section.contains("(net new \(last >= first ? "+" : "-")$\(Money.grouped(net)) MRR)"))
  }

  /// Cells rounded on their own would sum to $100 + $0 + $0 against a closing of $101; the
  /// movements take the missing dollar by largest remainder (the earlier of two equal ones).
  @Test func aBridgeRowTakesItsRoundingFromTheLargestRemainder() {
    let b = BridgeMonth(
      month: Month(year: 2026, month: 1), opening: 10_040, new: 40, expansion: 40,
      contraction: 0, churn: 0, reactivation: 0, closing: 10_120)
    #expect(MarkdownReport.bridgeRow(b) == [100, 1, 0, 0, 0, 0, 101])
  }

  /// The walk chart sits right above the "ARR walk" heading: its title gives the two ends of
  /// the walk instead of repeating the heading.
  @Test(arguments: SampleCompanies.names)
  func walkChartTitleDoesNotRepeatTheHeading(name: String) throws {
    let (analysis, _, md) = try BoardReportTests.report(name)
    let chart = ReportChart.walk(ReportContext(analysis))
    let f = NumberFormat(currency: analysis.company.profile.currency)
    #expect(!md.contains("## \(chart.title)"))
    #expect(chart.title.contains(f.compactMoney(cents: analysis.metrics.ladder.headline)))
    #expect(chart.title.contains(f.compactMoney(cents: analysis.scoring.qualityAdjustedARR)))
  }

  /// Too short a history to check last year's projection is said as a sentence with the
  /// months counted in words.
  @Test func tooShortAHistoryIsSaidAsASentence() throws {
    let (_, _, md) = try BoardReportTests.report("seed-example")
    #expect(
      md.contains(
        "### How last year's projection did\n\nNot enough history to check: the data covers 2 "
          + "months, and a projection made 12 months ago needs at least 13.\n"))
  }

  /// With nothing committed (seed-example), the renewal calendar is one sentence, not a table
  /// of zeros; a company with commitments keeps its table (plg-smb).
  @Test func nothingCommittedIsOneSentence() throws {
    let (_, _, seed) = try BoardReportTests.report("seed-example")
    let section = try #require(
      seed.components(separatedBy: "### Committed ARR and when it renews\n\n").last
    )
    .components(separatedBy: "\n## ")[0]
    #expect(
      section.hasPrefix(
        "Committed ARR is $0: no revenue is under a known contract term or committed minimum "
          + "ending in 2025-06 or later (no notice given), so there is no renewal "
          + "calendar to show.\n"))
    #expect(MarkdownReportTests.tables(section).isEmpty)
    // No data 12 months back: the trailing column is n/a and says why, not "the 0 accounts"
    // nor "no account paid" in a month the data does not reach.
    #expect(
      seed.contains(
        "Trailing: n/a, the data starts in 2025-05, after 2024-06 (12 months before 2025-06)."))
    #expect(!seed.contains("the 0 accounts"))
    // One month of bridge is "the last month", not "the last 1 month".
    #expect(seed.contains("Over the last month MRR went from $420 to $670"))
    let (_, _, plg) = try BoardReportTests.report("plg-smb")
    #expect(MarkdownReportTests.row(plg, "2027-Q1") != nil)
  }

  /// Sentences that follow a colon or a lead-in start the way the rest of the report does:
  /// the LTV explanation has a bold lead-in of its own, and the class-order caution compares
  /// "the" classes.
  @Test func leadInsAndComparisonsReadAsSentences() throws {
    let (_, _, md) = try BoardReportTests.report("plg-smb")
    #expect(md.contains("**Why DEL-based and naive LTV differ** (smb). The naive figure divides"))
    #expect(!md.contains("differ (smb): The"))
    // plg-smb's classes order churn since its usage swings stopped counting as risk (session
    // 19, usage lane); data-room-movements' do not: 11 of 104 retained is 10.6%, 0 of 10
    // wavering 0.0% (data-room-billings' did, 10 of 76 against 4 of 38, until session 35's
    // co-termed first payments: now 9 of 75, 12.0%, against 5 of 39, 12.8%, in order;
    // data-room-stripe's did not, 9 of 87 against 2 of 20, until its metered lines were read as
    // usage, session 50).
    let (_, _, movements) = try BoardReportTests.report("data-room-movements")
    #expect(
      movements.contains(
        "last year's retained accounts churned more (10.6%, 11 of 104) than the wavering "
          + "accounts did (0.0%, 0 of 10)"))
    let (_, _, billings) = try BoardReportTests.report("data-room-billings")
    #expect(!billings.contains("last year's retained accounts churned more"))
  }

  /// The codes table says what it lists: import rules only for an imported company.
  @Test func codesTableSaysWhatItLists() throws {
    let (_, _, plg) = try BoardReportTests.report("plg-smb")
    #expect(
      plg.contains(
        "The JSON report (report.json in the bundle) names each finding and figure by a code "))
    let (_, _, stripe) = try BoardReportTests.report("data-room-stripe")
    #expect(stripe.contains("names each finding, import rule and figure by a code "))
    #expect(
      MarkdownReportTests.row(stripe, "Import rule: invoiced every month")?[1]
        == "`rhythm_1_monthly`")
  }

  /// Every count of the stress change table is a number, "Accounts affected" included.
  @Test func stressCountsAreNumbers() throws {
    let (_, _, md) = try BoardReportTests.report("plg-smb")
    let row = try #require(MarkdownReportTests.row(md, "Accounts affected"))
    for cell in row.dropFirst() {
      #expect(Int(cell.replacingOccurrences(of: ",", with: "")) != nil, "\(cell)")
    }
  }
}

/// An importer's note names its rules in words in the body (session 15, report).
@Suite struct NoteWordsTests {
  @Test func ruleCodesInANoteAreSaidInWords() {
    #expect(
      MarkdownReport.noteWords(
        "read as one-time (`monthly_spike_one_time`); MRR would be $1 higher (priced in "
          + "ambiguous_arr)")
        == "read as one-time (“month above its equal neighbours: excess one-time”); MRR would be "
        + "$1 higher (priced in the headline's range)")
    // A column name or any other code-type text is data, kept as written; an unclosed
    // backtick is kept too.
    #expect(MarkdownReport.noteWords("column `api_calls` kept") == "column `api_calls` kept")
    #expect(MarkdownReport.noteWords("a ` b") == "a ` b")
  }
}
