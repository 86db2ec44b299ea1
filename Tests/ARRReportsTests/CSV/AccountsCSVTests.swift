import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

@Suite struct AccountsCSVTests {
  /// The fields of one RFC 4180 line (no line breaks inside fields in this file).
  static func fields(_ line: Substring) -> [String] {
    let chars = Array(line)
    var out: [String] = []
    var current = ""
    var quoted = false
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if quoted && c == "\"" {
        // A doubled quote inside a quoted field is one quote; a single one closes the field.
        if i + 1 < chars.count && chars[i + 1] == "\"" {
          current.append(c)
          i += 1
        } else {
          quoted = false
        }
      } else if c == "\"" {
        quoted = true
      } else if c == "," && !quoted {
        out.append(current)
        current = ""
      } else {
        current.append(c)
      }
      i += 1
    }
    out.append(current)
    return out
  }

  @Test func fieldQuotingFollowsRFC4180() {
    #expect(AccountsCSV.field("plain") == "plain")
    #expect(AccountsCSV.field("a, b") == "\"a, b\"")
    #expect(AccountsCSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(Self.fields("x,\"a, b\",\"say \"\"hi\"\"\"") == ["x", "a, b", "say \"hi\""])
  }

  /// A line break of either kind, even the CR LF pair that Swift reads as one character, is
  /// quoted.
  @Test func lineBreaksAreQuoted() {
    #expect(AccountsCSV.field("a\r\nb") == "\"a\r\nb\"")
    #expect(AccountsCSV.field("a\nb") == "\"a\nb\"")
    #expect(AccountsCSV.field("a\rb") == "\"a\rb\"")
    #expect(AccountsCSV.field("é, ü") == "\"é, ü\"")
  }

  /// Trial 30, T30-16: text that starts like a formula is written after a `'`, inside the
  /// quotes when it needs them; the same characters later in a cell are left alone.
  @Test(
    arguments: [
      ("=1+1", "'=1+1"),
      ("+cmd", "'+cmd"),
      ("-2+3", "'-2+3"),
      ("@SUM(A1)", "'@SUM(A1)"),
      ("\tx", "'\tx"),
      (
        "=HYPERLINK(\"http://evil\",\"click\")",
        "\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\""
      ),
      ("\r=1", "\"'\r=1\""),
      ("a=b", "a=b"),
      ("A-1", "A-1"),
      ("", ""),
    ] as [(String, String)])
  func formulaLikeTextIsNeutralised(text: String, written: String) {
    #expect(AccountsCSV.field(text) == written)
  }

  /// Rows written in slices on several threads join to the same bytes as one slice.
  @Test(arguments: ["plg-smb", "enterprise-saas"])
  func slicesJoinToTheSameBytes(name: String) throws {
    let analysis = try SampleCompanies.analysis(name)
    let company = analysis.company
    let whole = AccountsCSV.bytes(analysis, sliceSize: company.accounts.count + 1)
    #expect(AccountsCSV.bytes(analysis, sliceSize: 7) == whole)
    #expect(AccountsCSV.bytes(analysis, sliceSize: 1) == whole)
    #expect(AccountsCSV.render(analysis) == String(decoding: whole, as: UTF8.self))
    #expect(Array(AccountsCSV.chunks(analysis, sliceSize: 9).all.joined()) == whole)
  }

  /// One row per account; only live accounts have a class, score and retention probability.
  @Test(arguments: ["plg-smb", "enterprise-saas"])
  func statusColumnAndNoClassForAccountsThatLeft(name: String) throws {
    let analysis = try SampleCompanies.analysis(name)
    let company = analysis.company
    let lines = AccountsCSV.render(analysis).split(separator: "\n")
    let header = Self.fields(lines[0])
    #expect(header == AccountsCSV.columns)
    #expect(lines.count == company.accounts.count + 1)
    let status = try #require(header.firstIndex(of: "status"))
    let cls = try #require(header.firstIndex(of: "class"))
    let score = try #require(header.firstIndex(of: "risk_score"))
    let arr = try #require(header.firstIndex(of: "recurring_arr"))
    var counts = [String: Int]()
    for line in lines.dropFirst() {
      let row = Self.fields(line)
      #expect(row.count == header.count)
      let live = row[status] == "live"
      // Classed: live with recurring ARR above zero; a live account without is scored only.
      let classed = live && row[arr] != "0.00"
      #expect(classed != row[cls].isEmpty)
      #expect(live != row[score].isEmpty)
      if !live { #expect(row[arr] == "0.00") }
      counts[row[cls], default: 0] += 1
    }
    for c in RevenueClass.allCases {
      #expect(counts[c.rawValue, default: 0] == analysis.scoring.classMix[c].accounts)
    }
    #expect(counts.values.reduce(0, +) == company.accounts.count)
  }
}
