import Testing

@testable import ARRInput

/// The two-thread read of `accounts.csv` must be indistinguishable from the one-thread read:
/// same accounts in the same order, same lines, same problems with the same line numbers.
@Suite struct AccountsReaderTests {
  let one = LoadTuning(chunkSize: 1 << 20, threadCount: 1, minimumParallelBytes: .max)
  let two = LoadTuning(chunkSize: 1 << 20, threadCount: 2, minimumParallelBytes: 0)

  private func read(_ text: String, _ tuning: LoadTuning, isLenient: Bool = false) throws -> (
    AccountsResult?, [String], Int
  ) {
    var log = ProblemLog(isLenient: isLenient)
    let result = try AccountsReader.read(
      ByteSource(storage: .memory(Array(text.utf8)), name: "accounts.csv"), tuning: tuning,
      log: &log)
    return (result, log.problems.map(\.description), log.skippedCount)
  }

  private func accountsText(_ count: Int, blankEvery: Int = 0) -> String {
    var text = "account_id,segment,contract_type,billing_cadence,start_date\n"
    for i in 0..<count {
      text += "A\(i),\(i % 3 == 0 ? "smb" : "enterprise"),annual,monthly,2024-0\(1 + i % 9)-15\n"
      if blankEvery > 0 && i % blankEvery == 0 { text += "\n" }
    }
    return text
  }

  @Test(arguments: [0, 7])
  func twoThreadsReadTheSameAccountsAndLines(blankEvery: Int) throws {
    let text = accountsText(500, blankEvery: blankEvery)
    let (single, singleProblems, _) = try read(text, one)
    let (double, doubleProblems, _) = try read(text, two)
    let s = try #require(single)
    let d = try #require(double)
    #expect(singleProblems.isEmpty && doubleProblems.isEmpty)
    #expect(s.accounts == d.accounts)
    #expect(s.lines == d.lines)
    #expect(s.summary == d.summary)
    #expect(d.accounts.count == 500)
    // Every id resolves to its own row through the joined table.
    for (k, account) in d.accounts.enumerated() {
      #expect(d.index.find(account.id) == k)
    }
    // The last account's line, counted by hand: header, then one line per account plus blanks.
    let blanks = blankEvery > 0 ? (0..<499).filter { $0 % blankEvery == 0 }.count : 0
    #expect(d.lines.last == 2 + 499 + blanks)
  }

  @Test func anIdInBothHalvesIsADuplicateWithItsFirstLine() throws {
    let text = accountsText(400) + "A3,smb,annual,monthly,2024-01-01\n"
    let (_, singleProblems, _) = try read(text, one)
    let (_, doubleProblems, _) = try read(text, two)
    #expect(singleProblems == [#"accounts.csv:402:1: duplicate account_id "A3" (first on line 5)"#])
    #expect(doubleProblems == singleProblems)
  }

  /// A half places its ids in batches, so a duplicate inside one half is noticed only when its
  /// batch is placed; the file then goes to one thread all the same, which reports it exactly:
  /// within one batch of 64 ids, across batches, in either half, strict or lenient.
  @Test(arguments: [(10, 20), (10, 300), (250, 390), (3, 399)])
  func aDuplicateInsideOneHalfIsReportedAsByOneThread(first: Int, again: Int) throws {
    var lines = accountsText(400).split(separator: "\n", omittingEmptySubsequences: false)
    // Row `again` (line again + 2) repeats the id of row `first`.
    lines[again + 1] = "A\(first),smb,annual,monthly,2024-01-01"
    let text = lines.joined(separator: "\n")
    for isLenient in [false, true] {
      let (s, singleProblems, singleSkipped) = try read(text, one, isLenient: isLenient)
      let (d, doubleProblems, doubleSkipped) = try read(text, two, isLenient: isLenient)
      if isLenient {
        #expect(singleSkipped == 1 && s?.accounts.count == 399)
      } else {
        #expect(
          singleProblems == [
            "accounts.csv:\(again + 2):1: duplicate account_id \"A\(first)\" (first on line \(first + 2))"
          ])
      }
      #expect(doubleProblems == singleProblems)
      #expect(doubleSkipped == singleSkipped)
      #expect(s?.accounts == d?.accounts)
    }
  }

  @Test(arguments: [false, true])
  func problemsInTheSecondHalfKeepTheirLineNumbers(isLenient: Bool) throws {
    let text = accountsText(400) + "B1,smb,weekly,monthly,2024-01-01\n"
    let (s, singleProblems, singleSkipped) = try read(text, one, isLenient: isLenient)
    let (d, doubleProblems, doubleSkipped) = try read(text, two, isLenient: isLenient)
    #expect(doubleProblems == singleProblems)
    #expect(doubleSkipped == singleSkipped)
    #expect(s?.accounts == d?.accounts)
    if isLenient {
      #expect(singleSkipped == 1)
    } else {
      #expect(singleProblems.count == 1)
      #expect(singleProblems.first?.hasPrefix("accounts.csv:402:3: contract_type") == true)
    }
  }

  @Test func aQuotedNameAcrossTheMiddleIsReadAsOneField() throws {
    let junk = String(repeating: "line\n", count: 3000)
    let text =
      "account_id,name,contract_type,billing_cadence,start_date\n"
      + "A1,\"\(junk)\",annual,monthly,2024-01-01\nA2,Two,annual,monthly,2024-01-01\n"
    let (single, _, _) = try read(text, one)
    let (double, doubleProblems, _) = try read(text, two)
    #expect(doubleProblems.isEmpty)
    #expect(double?.accounts == single?.accounts)
    #expect(double?.accounts.count == 2)
    // A1 starts on line 2 and its name holds 3000 line breaks, so A2 is on line 2 + 3000 + 1.
    #expect(double?.lines == [2, 3003])
  }

  /// Segments are coded from their cells' bytes once met (``SegmentsByBytes``, the first 16
  /// distinct cells of at most 16 bytes) and from their text otherwise: every row's segment is
  /// its trimmed cell on one line either way, whether it is the first or the hundredth of its
  /// bytes, one of more than 16 distinct ones, longer than 16 bytes, padded, holding a tab or a
  /// quoted line break, or not ASCII; names too (only a cell that is not printable ASCII is
  /// checked for control bytes).
  @Test func segmentsAndNamesReadTheSameFromTheirBytesAsFromTheirText() throws {
    var text = "account_id,name,segment,contract_type,billing_cadence,start_date\n"
    var expected: [(name: String?, segment: String?)] = []
    let cells: [(String, String?)] = [
      ("smb", "smb"), (" smb ", "smb"), ("\tsmb", "smb"), ("a\tb", "a b"),
      ("\"seg\nnew\"", "seg new"),
      ("a_segment_longer_than_16", "a_segment_longer_than_16"), ("", nil), ("  ", nil),
      ("caf\u{E9}", "caf\u{E9}"), ("sixteen_bytes_ok", "sixteen_bytes_ok"),
      ("x\u{7F}y", "x y"),
    ]
    for i in 0..<200 {
      // 24 distinct short segments, then the special ones, each many times.
      let (cell, segment) =
        i % 3 == 0 ? cells[(i / 3) % cells.count] : ("s\(i % 24)", "s\(i % 24)")
      let name = i % 5 == 0 ? "\"Acme,\tInc\"" : "Name \(i)"
      text += "A\(i),\(name),\(cell),annual,monthly,2024-01-15\n"
      expected.append((i % 5 == 0 ? "Acme, Inc" : "Name \(i)", segment))
    }
    for tuning in [one, two] {
      let (result, problems, _) = try read(text, tuning)
      #expect(problems.isEmpty)
      let accounts = try #require(result).accounts
      #expect(accounts.map(\.segment) == expected.map(\.segment))
      #expect(accounts.map(\.name) == expected.map(\.name))
    }
  }
}
