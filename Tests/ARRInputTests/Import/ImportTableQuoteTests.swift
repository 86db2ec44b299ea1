import ARRCore
import Testing

@testable import ARRInput

/// A quote inside a quoted cell that was not doubled closes the cell early; read on, the
/// delimiters inside the cell split it and every later cell of the row moves one or more columns
/// right. The data-room reader says so at the cell instead of importing shifted cells.
@Suite struct ImportTableQuoteTests {
  func problems(_ text: String, file: String = "customers.csv") -> [String]? {
    do {
      _ = try ImportTable.read(Array(text.utf8), file: file)
      return nil
    } catch {
      return error.problems.map(\.description)
    }
  }

  func cells(_ text: String) throws -> [[String]] {
    try ImportTable.read(Array(text.utf8), file: "customers.csv").records.map(\.cells)
  }

  /// The real shape that shifted cells: a JSON blob in a metadata column, its quotes not doubled.
  @Test func aJSONBlobWithUndoubledQuotesIsNamedAtItsCell() throws {
    let text =
      "customer_id,start_date,meta,mrr\nA,2024-01-01,\"{\"id\": \"x\", \"amount\": 5}\",10\n"
      + "B,2024-02-01,{},20\n"
    let found = try #require(problems(text))
    #expect(
      found == [
        "customers.csv:2:3: unexpected character after a closing quote: found \"id\": \"x\"\" "
          + "after the quoted text \"{\" (expected the delimiter or the line's end; a quote "
          + "inside a quoted cell is written twice, \"\", or the cell ends early and the row's "
          + "later cells shift)"
      ])
  }

  /// Every such row is counted, each at its own line (a quoted cell spanning lines counts its
  /// line breaks).
  @Test func eachBadRowIsCountedAtItsPhysicalLine() throws {
    let text = "id,note,mrr\nA,\"two\nlines\"x\"\",10\nB,ok,5\nC,\"a \"b\" c\",7\n"
    let found = try #require(problems(text))
    #expect(found.count == 2)
    #expect(found[0].hasPrefix("customers.csv:3:2: unexpected character after a closing quote"))
    #expect(found[1].hasPrefix("customers.csv:5:2: unexpected character after a closing quote"))
  }

  /// What RFC 4180 allows, and what exports do, still reads: doubled quotes, spaces between the
  /// closing quote and the delimiter, a quote inside an unquoted cell, a quoted last cell.
  @Test func wellFormedQuotingStillReads() throws {
    let text =
      "id,note,mrr\nA,\"say \"\"hi\"\", then go\",10\nB,\"padded\"  ,5\nC,5\" disk,7\n"
      + "D,plain,\"1,200.50\"\r\nE,x,\"3\""
    #expect(
      try cells(text) == [
        ["id", "note", "mrr"], ["A", "say \"hi\", then go", "10"], ["B", "padded", "5"],
        ["C", "5\" disk", "7"], ["D", "plain", "1,200.50"], ["E", "x", "3"],
      ])
  }

  /// Text after a closing quote with no other quote before the cell's end is read on, as
  /// spreadsheets read it (nothing can shift); a backslash-escaped quote (a MySQL dump's `\"`)
  /// is a quote.
  @Test func textAfterAClosingQuoteAndBackslashEscapesStillRead() throws {
    let text = "id,note,mrr\nA,\"Pro\" annual,10\nB,\"Annual plan \\\"Pro\\\" seat\",5\n"
    #expect(
      try cells(text) == [
        ["id", "note", "mrr"], ["A", "Pro annual", "10"], ["B", "Annual plan \"Pro\" seat", "5"],
      ])
  }

  /// Semicolon files (the delimiter sniffed) follow the same rule.
  @Test func theRuleFollowsTheSniffedDelimiter() throws {
    #expect(
      try cells("id;mrr\nA;\"1.234,50\";\nB;\"7\"\n") == [
        ["id", "mrr"], ["A", "1.234,50", ""], ["B", "7"],
      ])
    let found = try #require(problems("id;note;mrr\nA;\"x\"y\";1\nB;z;2\n"))
    #expect(found.count == 1)
    #expect(
      found[0].hasPrefix(
        "customers.csv:2:2: unexpected character after a closing quote: found \"y\""))
  }

  /// Through the importer the file is refused as invalid data (exit 65 at the command line),
  /// the message naming the file, line and cell.
  @Test func theImporterRefusesTheFile() throws {
    let text = "customer_id,start_date,meta,mrr\nA,2024-01-01,\"{\"k\": 1}\",10\n"
    do {
      _ = try Importer.read([Importer.SourceFile(name: "subs.csv", bytes: Array(text.utf8))])
      Issue.record("expected the file to be refused")
    } catch {
      #expect(error.kind == .invalidData)
      #expect(
        error.problems.first?.description.hasPrefix("subs.csv:2:3: unexpected character") == true)
    }
  }
}
