import ARRQuality
import ARRTestSupport
import Foundation
import Testing

@testable import ARRReports

/// The board report's promises, checked on every bundled report: page one fits a page, every
/// table with a total row foots as displayed, no table is wider than eight columns, and the
/// glossary defines every abbreviation and summary figure the report's own text uses.
@Suite struct BoardReportTests {
  static func report(_ name: String) throws -> (Analysis, StressResult, String) {
    let (analysis, stress, bundle) = try SampleCompanies.bundle(name)
    return (analysis, stress, try #require(SampleCompanies.text(bundle, "report.md")))
  }

  /// The text from the start to the second `## ` heading (the one after the summary).
  static func pageOne(_ md: String) -> Substring {
    var headings = 0
    var end = md.endIndex
    var index = md.startIndex
    for line in md.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("## ") {
        headings += 1
        if headings == 2 {
          end = index
          break
        }
      }
      index = md.index(line.endIndex, offsetBy: 1, limitedBy: md.endIndex) ?? md.endIndex
    }
    return md[..<end]
  }

  @Test(arguments: SampleCompanies.names)
  func pageOneFitsAPrintedPage(name: String) throws {
    let (_, _, md) = try Self.report(name)
    let page = Self.pageOne(md)
    #expect(page.count <= 4_000, "\(page.count) characters")
    #expect(page.contains("## Executive summary"))
    #expect(page.contains("(charts/arr-walk.svg)"))
    // Numbered items ("1. …"), not the line saying how many more follow in the body.
    let findings = page.split(separator: "\n").filter { line in
      let digits = line.prefix { $0.isNumber }
      return !digits.isEmpty && line.dropFirst(digits.count).hasPrefix(". ")
    }
    #expect((1...Finding.pageOneLimit).contains(findings.count))
    // Technical detail is not on page one.
    for word in ["DERL", "Lift", "| Class a year ago", "| Group | Period"] {
      #expect(!page.contains(word), "\(word)")
    }
  }

  /// A Markdown money, percent or count cell as a whole number of its unit (dollars, tenths
  /// of a percent, accounts); `nil` for other text.
  static func number(_ cell: String) -> Int64? {
    var text = cell.replacingOccurrences(of: "**", with: "")
    let isNegative = text.hasPrefix("-")
    text = text.filter { $0.isNumber || $0 == "." }
    guard !text.isEmpty else { return nil }
    let value: Int64
    if cell.contains("%") {
      guard let d = Double(text) else { return nil }
      value = Int64((d * 10).rounded())
    } else {
      guard let i = Int64(text) else { return nil }
      value = i
    }
    return isNegative ? -value : value
  }

  @Test(arguments: SampleCompanies.names)
  func everyTableWithATotalRowFootsAsDisplayed(name: String) throws {
    let (_, _, md) = try Self.report(name)
    var checked = 0
    for table in MarkdownReportTests.tables(md) {
      let body = Array(table.dropFirst(2))
      guard let total = body.last, total.first == "**Total**" else { continue }
      checked += 1
      for column in 1..<total.count {
        guard let sum = Self.number(total[column]) else { continue }
        let cells = body.dropLast().compactMap { Self.number($0[column]) }
        #expect(cells.reduce(0, +) == sum, "\(table[0]) column \(table[0][column])")
      }
    }
    #expect(checked >= 1)
    // The walk: each subtotal is the previous one plus the steps between, as displayed.
    let walk = try #require(MarkdownReportTests.tables(md).first { $0.first?.first == "Step" })
    for column in 1...2 {
      var level: Int64? = nil
      var running: Int64 = 0
      for row in walk.dropFirst(2) {
        // A step no signal can measure reads "n/a" and adds nothing (render review 30, R30-5).
        let value = try #require(row[column].hasPrefix("n/a") ? 0 : Self.number(row[column]))
        if row[0].hasPrefix("**") {
          if let level { #expect(level + running == value, "\(row[0]) \(walk[0][column])") }
          level = value
          running = 0
        } else {
          running += value
        }
      }
    }
  }

  @Test(arguments: SampleCompanies.names)
  func everyTableFitsEightColumns(name: String) throws {
    let (_, _, md) = try Self.report(name)
    for table in MarkdownReportTests.tables(md) {
      #expect(table[0].count <= 8, "\(table[0])")
    }
  }

  /// Abbreviations found independently of the product's own finder: words with two capitals
  /// (ARR, sBG, B2B), a capital and one or two digits (P10, Q1), and α, β.
  static func abbreviations(_ text: String) -> Set<String> {
    var out: Set<String> = []
    let words = text.split { !($0.isLetter || $0.isNumber) }
    for w in words {
      let capitals = w.filter(\.isUppercase).count
      let digits = w.filter(\.isNumber).count
      if capitals >= 2
        || (w.first?.isUppercase == true && capitals == 1 && digits >= 1
          && digits <= 2 && digits == w.count - 1)
        || w == "α" || w == "β"
      {
        out.insert(String(w))
      }
    }
    return out
  }

  @Test(arguments: SampleCompanies.names)
  func glossaryDefinesEveryAbbreviationAndSummaryFigureTheReportUses(name: String) throws {
    let (analysis, stress, md) = try Self.report(name)
    let parts = md.components(separatedBy: "## Glossary\n")
    try #require(parts.count == 2, "the report has one glossary")
    var body = parts[0]
    let glossary = parts[1]
    // Data, not the report's vocabulary: names and codes that come from the company's files.
    var data: [String] = [analysis.company.profile.name ?? "", analysis.company.profile.currency]
    for a in analysis.company.accounts { data += [a.id, a.name ?? "", a.segment ?? ""] }
    for s in stress.scenarios { data += [s.scenario.name, s.scenario.description ?? ""] }
    // Only strings whose every word is a word of the report can stand in it as whole words:
    // testing that first spares a scan of the report per account (thousands of them in the
    // data-room samples), which was most of this test's time.
    let words = Set(body.split { !($0.isLetter || $0.isNumber) })
    let present = Set(
      data.filter { d in
        !d.isEmpty && d.split { !($0.isLetter || $0.isNumber) }.allSatisfy { words.contains($0) }
      })
    for d in present.sorted(by: { ($0.count, $1) > ($1.count, $0) }) {
      body = body.replacingOccurrences(of: d, with: " ")
    }
    // Code spans are file and key names, not words a reader must know.
    body = body.split(separator: "`", omittingEmptySubsequences: false).enumerated()
      .filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: " ")
    let headings = glossary.split(separator: "\n").filter { $0.hasPrefix("- **") }.map {
      String($0.dropFirst(4).prefix { $0 != ":" })
    }
    #expect(!headings.isEmpty)
    let defined = Self.abbreviations(headings.joined(separator: " "))
    let used = Self.abbreviations(body)
    #expect(used.subtracting(defined).isEmpty, "undefined: \(used.subtracting(defined).sorted())")
    // Defined terms: every figure of the summary table has an entry whose heading holds all
    // its words (its abbreviations are checked above), and so does every class.
    let summary = try #require(MarkdownReportTests.tables(md).first { $0.first?.first == "Figure" })
    let lowerHeadings = headings.map { $0.lowercased() }
    for row in summary.dropFirst(2) {
      var term = row[0].replacingOccurrences(of: "**", with: "")
      if let cut = term.firstIndex(where: { $0 == "(" || $0 == "," }) {
        term = String(term[..<cut])
      }
      let abbreviations = Self.abbreviations(term)
      let words = term.split(separator: " ").filter { !abbreviations.contains(String($0)) }
        .map { $0.lowercased() }
      #expect(
        lowerHeadings.contains { h in words.allSatisfy { h.contains($0) } },
        "no glossary entry for \(term)")
    }
    for k in RevenueClass.allCases { #expect(lowerHeadings.contains { $0.contains(k.label) }) }
  }

  @Test(arguments: SampleCompanies.names)
  func committedByRenewalSumsToCommittedInJSONAndMarkdown(name: String) throws {
    let (analysis, stress, bundle) = try SampleCompanies.bundle(name)
    _ = stress
    let json = try JSONValue.parse(try #require(SampleCompanies.text(bundle, "report.json")))
    guard case .array(let buckets) = try #require(json["arr"]?["committed_by_renewal"]) else {
      Issue.record("no committed_by_renewal")
      return
    }
    #expect(buckets.count == CommittedRenewals.datedQuarters + 3)
    let sum = buckets.compactMap { $0["arr"]?.doubleValue }.reduce(0, +)
    let committed = try #require(json["arr"]?["committed"]?.doubleValue)
    #expect(abs(sum - committed) < 0.005 * Double(buckets.count))
    #expect(
      CommittedRenewals.compute(analysis.company, committedMRR: analysis.metrics.committedMRR)
        .buckets.reduce(0) { $0 + $1.arr } == analysis.metrics.ladder.committed)
    let md = try #require(SampleCompanies.text(bundle, "report.md"))
    #expect(md.contains("### Committed ARR and when it renews"))
  }

  /// The change table lists only figures that move, and says how many did not.
  @Test(arguments: SampleCompanies.names)
  func stressChangesListOnlyFiguresThatMove(name: String) throws {
    let (_, stress, md) = try Self.report(name)
    let tables = MarkdownReportTests.tables(md).filter { $0.first?.first == "Change vs base" }
    #expect(!tables.isEmpty)
    let unchanged: Set<String> = ["$0", "0.0 pts", "0", "n/a"]
    // The first row counts the accounts each scenario affects; the figures follow.
    for table in tables { #expect(table.dropFirst(2).first?.first == "Accounts affected") }
    let listed = tables[0].count - 3
    for table in tables {
      for row in table.dropFirst(3) {
        #expect(row.dropFirst().contains { !unchanged.contains($0) }, "\(row[0]) does not move")
      }
    }
    // A company without trials leaves trial conversion out, and says so.
    let noTrials = md.contains("Trial conversion is not shown: the company has no trials")
    // Said once, under Stress scenarios, not again under the Appendix's figures (session 15).
    #expect(md.components(separatedBy: "Trial conversion is not shown").count == (noTrials ? 2 : 1))
    let all =
      StressMarkdown.rows(NumberFormat(currency: "USD"), base: stress.base).count
      - (noTrials ? 1 : 0)
    if listed < all {
      #expect(
        md.contains("\(all - listed) of the \(all) figures of the Appendix move in no scenario"))
    }
    // The Appendix lists the same figures the stress section counts (22 without trials, 23
    // with), trial conversion only for a company with trials.
    let appendix = try #require(md.range(of: "### Every stress figure"))
    let figures = MarkdownReportTests.tables(String(md[appendix.upperBound...]))
    #expect(figures.first?.count == all + 2, "header, rule and one row per figure")
    // "Trial conversion", or "Trial conversion (documented default)" when the base rate is the
    // default (render review 30, R30-10).
    let trialRows = MarkdownReportTests.tables(String(md[appendix.upperBound...])).joined()
      .filter { $0.first?.hasPrefix("Trial conversion") ?? false }
    #expect(trialRows.isEmpty == noTrials)
    let isDefault = stress.trialConversion.isDefault
    #expect(
      trialRows.allSatisfy {
        ($0.first == "Trial conversion (documented default)") == isDefault
      })
    _ = stress
  }

  /// Short histories show projections as prior-based ranges with the shared label.
  @Test func shortHistoryProjectionsSayPriorsOnly() throws {
    let (analysis, _, md) = try Self.report("seed-example")
    #expect(analysis.company.monthCount < 13)
    let summary = try #require(MarkdownReportTests.tables(md).first { $0.first?.first == "Figure" })
    let ndr = try #require(summary.first { $0[0].hasPrefix("Projected NDR") })
    #expect(ndr[2].contains(ReportContext.priorsOnlyLabel))
    #expect(ndr[2].contains("P10–P90"))
    let (_, _, long) = try Self.report("enterprise-saas")
    #expect(!long.contains(ReportContext.priorsOnlyLabel))
  }
}
