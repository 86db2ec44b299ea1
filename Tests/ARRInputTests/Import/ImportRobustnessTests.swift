import ARRCore
import Testing

@testable import ARRInput

/// Hostile and real-world data-room files: each either imports correctly or fails with a
/// message that names the file (and the line and column where there is one), never a silent
/// drop or a wrong number.
@Suite struct ImportRobustnessTests {
  func importBytes(_ bytes: [UInt8], name: String = "cube.csv") throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: name, bytes: bytes)])
  }

  func failure(_ body: () throws -> Void) -> ARRQualityError? {
    do {
      try body()
      return nil
    } catch let error as ARRQualityError {
      return error
    } catch {
      return nil
    }
  }

  static let cube = "Customer,Jan-24,Feb-24,Mar-24\nAlpha,100,100,100\nBeta,50,50,50\n"

  /// UTF-16 without a byte order mark (NUL bytes between the letters) is named as such, not
  /// "shape not recognised" with garbled header cells: only a mark says which UTF-16 it is.
  @Test func aUTF16FileWithoutAByteOrderMarkSaysSaveAsUTF8() throws {
    var bytes: [UInt8] = []
    for b in Array(Self.cube.utf8) { bytes += [b, 0] }
    let error = try #require(failure { _ = try importBytes(bytes) })
    #expect(error.kind == .invalidData)
    #expect(
      error.problems.map(\.description) == [
        "cube.csv: the file is UTF-16 (or another encoding with NUL bytes), expected UTF-8: "
          + "save it as \"CSV UTF-8\""
      ])
  }

  /// A spreadsheet's "Unicode text" export (UTF-16 with a byte order mark, either byte order,
  /// tab-separated) reads as its UTF-8 twin would, accents included, and the notes say so.
  @Test(arguments: [true, false])
  func aUTF16FileWithAByteOrderMarkIsRead(isLittleEndian: Bool) throws {
    let text =
      "Customer\tJan-24\tFeb-24\tMar-24\r\nCafé Ölmühle\t100\t100\t120\r\nBeta\t50\t50\t50\r\n"
    var bytes: [UInt8] = isLittleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
    for unit in text.utf16 {
      let (low, high) = (UInt8(unit & 0xFF), UInt8(unit >> 8))
      bytes += isLittleEndian ? [low, high] : [high, low]
    }
    let c = try importBytes(bytes, name: "unicode.txt")
    let twin = try importBytes(Array(text.utf8), name: "unicode.txt")
    #expect(c.accounts.map(\.id) == ["Café Ölmühle", "Beta"])
    #expect(c.mrr == twin.mrr)
    let name = isLittleEndian ? "UTF-16LE" : "UTF-16BE"
    #expect(c.log.notes.contains { $0.contains("read as \(name) text") })
  }

  /// An unpaired surrogate is not UTF-16 text: an error naming the line, never U+FFFD.
  @Test func anUnpairedSurrogateIsAnError() throws {
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in Array("Customer,Jan-24,Feb-24,Mar-24\nA".utf16) + [0xD800] + Array(",1,1,1\n".utf16)
    {
      bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
    }
    let error = try #require(failure { _ = try importBytes(bytes) })
    #expect(error.kind == .invalidData)
    #expect(error.message.contains("cube.csv:2: an unpaired UTF-16 surrogate"))
  }

  /// A Latin-1 (Windows "CSV") file: it used to be decoded with U+FFFD, so "Café" became
  /// "Caf\u{FFFD}" and two ids differing only in such a letter (Ä1, Ö1) were silently summed as
  /// one customer. Since session 29 (T28-21) it is decoded as Windows-1252, one character a
  /// byte: Ä1 and Ö1 stay two customers, with a note.
  @Test func latin1CellsAreDecodedNotMerged() throws {
    let bytes =
      Array("Customer,Jan-24,Feb-24,Mar-24\n".utf8) + [0xC4] + Array("1,100,100,100\n".utf8)
      + [0xD6] + Array("1,50,50,50\n".utf8)
    let c = try importBytes(bytes)
    #expect(c.accounts.map(\.id) == ["Ä1", "Ö1"])
    #expect(c.log.notes.contains { $0.contains("read as Windows-1252 text") })
  }

  @Test func utf8WithAccentsStillImports() throws {
    let c = try importBytes(Array("Customer,Jan-24,Feb-24,Mar-24\nCafé Ä,1,2,3\n".utf8))
    #expect(c.accounts.map(\.id) == ["Café Ä"])
  }

  /// Dollars and euros in one cube cannot be added: an error naming both and their lines, as a
  /// ledger's (it used to import as USD, summing the euros as dollars).
  @Test func aCubeInTwoCurrenciesIsRefused() throws {
    let text =
      "Customer,Jan-24,Feb-24,Mar-24\nAlpha,$100,$100,$100\nBeta,€50,€50,€50\nGamma,1,1,1\n"
    let error = try #require(failure { _ = try importBytes(Array(text.utf8)) })
    #expect(error.kind == .invalidData)
    #expect(
      error.message
        == "cube.csv: amounts in 2 currencies: USD (line 2), EUR (line 3); import one currency "
        + "at a time (rates files are not supported)")
  }

  @Test func aCubeInOneCurrencyTakesIt() throws {
    let c = try importBytes(Array("Customer,Jan-24,Feb-24,Mar-24\nA,€1,€2,3\n".utf8))
    #expect(c.log.currency == "EUR")
  }

  /// A billings cube's credit that has nothing to reduce is left out, and a finding says so
  /// (the tie-out's "left out (reported below)" used to have nothing below it), in words that
  /// say what was done and what it means for ARR (session 17, report).
  @Test func aBillingsCreditLeftOutIsAFinding() throws {
    let text =
      "Customer,Jan-24,Feb-24,Mar-24,Apr-24\nAlpha,100,100,100,100\nBeta,,-30,30,30\n"
    let c = try Importer.read(
      [Importer.SourceFile(name: "cube.csv", bytes: Array(text.utf8))],
      options: ImportOptions(values: .billings))
    #expect(c.log.tieOut.leftOutCents == -3_000)
    #expect(
      c.log.findings.contains {
        $0.hasPrefix(
          "cube.csv: $30 of credits are not deducted from any figure: there was no one-time "
            + "revenue in their month to take them from")
          && $0.contains(
            "so ARR reads them as one-off credits and is unchanged by them; if "
              + "some are a lasting discount, ARR is overstated by that discount")
      }, "\(c.log.findings)")
  }

  /// One mistyped year in a ledger (2999 for 2024) used to make a window of 11,703 months and
  /// a 6.8 MB report of empty months; it is refused like a folder's, naming both lines. A
  /// monthly payer's stray line a year on sets no as-of month instead: left out and named
  /// (review 52, R52-18); centuries on, it is refused naming its line and column (trial 50,
  /// c28).
  @Test func aLedgerSpanningCenturiesIsRefused() throws {
    let monthly = try importLedger(
      "Customer ID,Invoice Date,Amount\nC1,2024-01-05,100\nC1,2024-02-05,100\n"
        + "C1,2025-03-05,100\n")
    #expect(monthly.asOf == Month(year: 2024, month: 2))
    #expect(monthly.log.findings.contains { $0.contains("line 4 is dated 2025-03-05") })
    let far = try #require(
      failure {
        _ = try importLedger(
          "Customer ID,Invoice Date,Amount\nC1,2024-01-05,100\nC1,2024-02-05,100\n"
            + "C1,2999-03-05,100\n")
      })
    #expect(far.kind == .invalidData)
    #expect(far.message.hasPrefix("ledger.csv:4:2: Invoice Date \"2999-03-05\" (\"C1\", "))
    #expect(far.message.contains("is 975 years after every other line (they end in 2024-02)"))
    let text = """
      Customer ID,Invoice Date,Amount
      C1,2024-01-05,100
      C2,2024-02-05,100
      C1,2999-03-05,100
      """
    let error = try #require(failure { _ = try importLedger(text) })
    #expect(error.kind == .invalidData)
    #expect(
      error.message
        == "ledger.csv: invoice months run from 2024-01 (line 2) to 2999-03 (line 4), 11,703 "
        + "months (expected at most 600; is a year mistyped?)")
  }

  @Test func aLedgerOfFiftyYearsIsRead() throws {
    let text = "Customer ID,Invoice Date,Amount\nC1,1975-01-05,100\nC1,2024-12-05,100\n"
    let c = try importLedger(text)
    #expect(c.monthCount == 600)
  }

  @Test func aStripeExportSpanningCenturiesIsRefused() throws {
    let text =
      "id,Customer ID,Status,Amount,Currency,Interval,Start Date (UTC),Current Period Start (UTC)\n"
      + "s1,cus_1,active,10,usd,month,1924-01-01 00:00,2025-01-01 00:00\n"
    let error = try #require(failure { _ = try importBytes(Array(text.utf8), name: "subs.csv") })
    #expect(
      error.message
        == "subs.csv: subscription months run from 1924-01 (line 2) to 2025-01 (line 2), 1,213 "
        + "months (expected at most 600; is a year mistyped?)")
  }

  /// The same export read with an `--as-of` 50 years on: the option's mistake, exit 64, naming
  /// the line of the first month and the latest `--as-of` allowed (2024-01 + 599 months); a
  /// span the data makes on its own stays the data's (trial 30, T30-19).
  @Test func anAsOfPastFiftyYearsIsAUsageError() throws {
    let text =
      "id,Customer ID,Status,Amount,Currency,Interval,Start Date (UTC),Current Period Start (UTC)\n"
      + "s1,cus_1,active,10,usd,month,2024-01-01 00:00,2024-06-01 00:00\n"
    let error = try #require(
      failure {
        _ = try Importer.read(
          [Importer.SourceFile(name: "subs.csv", bytes: Array(text.utf8))],
          options: ImportOptions(asOf: Month(year: 2080, month: 12)))
      })
    #expect(error.kind == .invalidArgument)
    #expect(
      error.message
        == "--as-of 2080-12 would span 684 months from 2024-01, the first month of subs.csv "
        + "(line 2); a company spans at most 600 months, 50 years (expected --as-of 2073-12 or "
        + "earlier)")
    let mistyped = text.replacingOccurrences(of: "2024-01-01", with: "1924-01-01")
    let data = try #require(
      failure {
        _ = try Importer.read(
          [Importer.SourceFile(name: "subs.csv", bytes: Array(mistyped.utf8))],
          options: ImportOptions(asOf: Month(year: 2025, month: 1)))
      })
    #expect(data.kind == .invalidData)
  }
}

@Suite struct ImportRobustnessMoreTests {
  func failure(_ text: String, name: String = "ledger.csv") -> ARRQualityError? {
    do {
      _ = try Importer.read([Importer.SourceFile(name: name, bytes: Array(text.utf8))])
      return nil
    } catch {
      return error
    }
  }

  /// A ledger line with a customer and a date but a blank amount used to be read as a $0 line
  /// (the "no amount" message was never reached): it bills nothing known, so it is a problem.
  @Test func aLedgerLineWithoutAnAmountIsAProblem() throws {
    let error = try #require(
      failure("Customer ID,Invoice Date,Amount\nC1,2024-01-05,100\nC1,2024-02-05,\n"))
    #expect(
      error.problems.map(\.description) == ["ledger.csv:3:3: no amount (expected e.g. 1234.50)"])
  }

  /// A NUL byte deep in a file (past the UTF-16 probe) is named at its cell, escaped.
  @Test func aNULInACellIsNamedAtItsCell() throws {
    var text = "Customer,Jan-24,Feb-24,Mar-24\n"
    for i in 0..<100 { text += "C\(i),1,2,3\n" }
    text = text.replacingOccurrences(of: "C50,", with: "C5\u{0}0,")
    let error = try #require(failure(text, name: "cube.csv"))
    #expect(
      error.problems.map(\.description) == [
        "cube.csv:52:1: cell \"C5\\u{0}0\" holds a NUL byte (expected text; is the file UTF-16 "
          + "or not a text file?)"
      ])
  }
}

/// Values quoted in messages show control characters escaped: a NUL, a line break from a quoted
/// field, a terminal escape.
@Suite struct ProblemEscapingTests {
  @Test func controlCharactersAreEscapedInDescriptions() {
    let p = InputProblem(
      file: "monthly.csv", line: 3, column: 1,
      message: "account_id \"A5\u{0}0\u{1B}[31m\nx\t\" is not in accounts.csv")
    #expect(
      p.description
        == "monthly.csv:3:1: account_id \"A5\\u{0}0\\u{1B}[31m\\nx\\t\" is not in accounts.csv")
    let e = ARRQualityError(kind: .invalidData, message: "bad \u{7}", problems: [p])
    #expect(e.description.split(separator: "\n").count == 2)
    #expect(e.description.hasPrefix("bad \\u{7}\n"))
  }

  @Test func plainTextIsUnchanged() {
    let p = InputProblem(file: "a.csv", line: 2, message: "Café \"x\" — ok")
    #expect(p.description == "a.csv:2: Café \"x\" — ok")
  }
}

@Suite struct ServicePeriodTypoTests {
  /// An annual line whose end year is mistyped (2999) used to spread 1,200 over 11,640 months:
  /// 0.10 a month, silently.
  @Test func aServicePeriodOfCenturiesIsAProblem() throws {
    let text = """
      Customer ID,Invoice Date,Service Start,Service End,Amount
      C1,2024-01-01,2024-01-01,2999-12-31,1200
      """
    do {
      _ = try importLedger(text)
      Issue.record("imported a 975-year service period")
    } catch let error as ARRQualityError {
      #expect(
        error.problems.map(\.description) == [
          "ledger.csv:2:4: service period from \"2024-01-01\" to \"2999-12-31\" is 11712 months "
            + "long (expected at most 120; is a year mistyped?)"
        ])
    }
  }

  @Test func aTenYearPeriodIsRead() throws {
    let text = """
      Customer ID,Invoice Date,Service Start,Service End,Amount
      C1,2024-01-01,2024-01-01,2033-12-31,12000
      """
    let c = try importLedger(text)
    #expect(c.mrr.first == 10_000)
  }
}

@Suite struct SerialDateHintTests {
  /// A day number among written dates (a cell pasted as a value into a column of dates): the
  /// message says so. A column of day numbers alone is read (``LedgerSerialDatesTests``).
  @Test func aDaySerialInADateColumnGetsAHint() throws {
    do {
      _ = try importLedger("Customer ID,Invoice Date,Amount\nC1,2024-01-01,100\nC1,45323,100\n")
      Issue.record("read a day number as a date")
    } catch let error as ARRQualityError {
      #expect(
        error.problems.map(\.description) == [
          "ledger.csv:3:2: date \"45323\" is not a date (expected e.g. 2025-03-01 or 3/1/2025); a "
            + "spreadsheet's day number? format the column as dates in the workbook, or export "
            + "it with dates written out"
        ])
    }
  }
}

@Suite struct CubeSpanTests {
  /// A cube of 20,000 month columns imported in a blink and then hung the analysis (month ×
  /// month tables); it is refused like a folder of more than 600 months.
  @Test func aCubeOfMoreThan600MonthsIsRefused() throws {
    let months = (0..<601).map { Month(year: 1950, month: 1).adding(months: $0).description }
    let text =
      "Customer," + months.joined(separator: ",") + "\nA,"
      + Array(repeating: "1", count: 601).joined(separator: ",") + "\n"
    do {
      _ = try importCube(text)
      Issue.record("imported 601 months")
    } catch let error as ARRQualityError {
      #expect(
        error.message
          == "cube.csv:1: month columns run from 1950-01 to 2000-01, 601 months (expected at most "
          + "600, 50 years: cut the older columns)")
    }
  }

  @Test func aCubeOf600MonthsIsRead() throws {
    let months = (0..<600).map { Month(year: 1950, month: 1).adding(months: $0).description }
    let text =
      "Customer," + months.joined(separator: ",") + "\nA,"
      + Array(repeating: "1", count: 600).joined(separator: ",") + "\n"
    #expect(try importCube(text).monthCount == 600)
  }
}
