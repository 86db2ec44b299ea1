import ARRCommandLine
import Foundation
import Testing

@Suite(.scratchFolders) struct CLIConventionTests {
  @Test(arguments: [["--help"], ["-h"], ["help"], []])
  func rootHelpListsSubcommands(arguments: [String]) throws {
    let r = CLI.run(arguments)
    #expect(r.status == 0)
    for sub in ["analyze", "validate", "stress", "retention", "generate"] {
      #expect(r.stdout.contains(sub))
    }
  }

  @Test(arguments: ["analyze", "validate", "stress", "retention", "generate"])
  func subcommandHelpThreeWays(sub: String) throws {
    let a = CLI.run(["help", sub])
    let b = CLI.run([sub, "--help"])
    let c = CLI.run([sub, "-h"])
    #expect(a.status == 0 && b.status == 0 && c.status == 0)
    #expect(a.stdout.contains("USAGE: arr-quality \(sub)"))
    #expect(a.stdout == b.stdout && b.stdout == c.stdout)
  }

  /// Each option's help names its default once (session 16, report: `--shape` read "(default:
  /// from the header) (one of: …; default: auto)"), and `--report-dir` says before it is tried
  /// that it does not combine with `--output` or `--format`.
  @Test(arguments: ["analyze", "validate", "import", "stress", "retention", "generate"])
  func optionHelpSaysItsDefaultOnce(sub: String) throws {
    let help = CLI.run([sub, "--help"]).stdout
    let options = try #require(help.components(separatedBy: "OPTIONS:\n").last)
    // An option's text runs from its "  --name" line to the next one, continuation lines
    // included.
    let entries = ("\n" + options).components(separatedBy: "\n  -").dropFirst()
    #expect(!entries.isEmpty)
    for entry in entries {
      let defaults = entry.lowercased().components(separatedBy: "default").count - 1
      #expect(defaults <= 1, "\(sub): \(entry)")
    }
    if sub == "analyze" {
      #expect(help.contains("(every format, so not with --output or --format)"))
    }
  }

  @Test func unknownOptionIsAUsageError() throws {
    let r = CLI.run(["analyze", CLI.path("Scenarios/seed-example"), "--frobnicate"])
    #expect(r.status == 64)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr.hasPrefix("Error: Unknown option '--frobnicate'\nUsage: arr-quality analyze"))
    #expect(r.stderr.contains("See 'arr-quality analyze --help' for more information."))
  }

  @Test func badOptionValueIsAUsageError() throws {
    let r = CLI.run(["analyze", CLI.path("Scenarios/seed-example"), "--format=xml"])
    #expect(r.status == 64)
    #expect(r.stderr.contains("The value 'xml' is invalid for '--format <format>'"))
    let m = CLI.run(["analyze", CLI.path("Scenarios/seed-example"), "--as-of", "June"])
    #expect(m.status == 64)
    #expect(m.stderr.contains("'June'"))
  }

  /// `--company-name` names the company in the report; a blank one is a usage error.
  @Test func aCompanyNameIsGivenOnTheCommandLine() throws {
    let folder = CLI.path("Scenarios/seed-example")
    let r = CLI.run(["analyze", folder, "--format", "json", "--company-name=Acme Labs"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("\"company\": \"Acme Labs\""))
    let blank = CLI.run(["validate", folder, "--company-name", " "])
    #expect(blank.status == 64)
    #expect(blank.stderr.contains("the company name given is empty"))
  }

  @Test func missingArgumentAndUnknownSubcommand() throws {
    let r = CLI.run(["analyze"])
    #expect(r.status == 64)
    #expect(r.stderr.contains("Missing expected argument '<dir-or-file> ...'"))
    let u = CLI.run(["analyse", "x"])
    #expect(u.status == 64)
    #expect(u.stderr.contains("Unknown subcommand 'analyse'"))
  }

  @Test func equalsFormAndDoubleDashEndOptions() throws {
    let a = CLI.run(["analyze", "--format=json", CLI.path("Scenarios/seed-example")])
    let b = CLI.run(["analyze", "--format", "json", "--", CLI.path("Scenarios/seed-example")])
    #expect(a.status == 0)
    #expect(a.stdout == b.stdout)
  }
}

@Suite(.scratchFolders) struct CLIAnalyzeTests {
  /// The second source article's month: new 200, expansion 100, contraction 20, churn 30.
  @Test func seedExampleBridgeInJSON() throws {
    let r = CLI.run(["analyze", CLI.path("Scenarios/seed-example"), "--format", "json"])
    #expect(r.status == 0)
    #expect(r.stderr.isEmpty)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    let bridge = try #require(json["bridge"] as? [[String: Any]])
    let last = try #require(bridge.last)
    #expect(last["new"] as? Double == 200)
    #expect(last["expansion"] as? Double == 100)
    #expect(last["contraction"] as? Double == 20)
    #expect(last["churn"] as? Double == 30)
    #expect(last["net_new"] as? Double == 250)
    let arr = try #require(json["arr"] as? [String: Any])
    let closing = try #require(last["closing"] as? Double)
    #expect(arr["headline"] as? Double == closing * 12)
  }

  @Test func sameInputSameBytes() throws {
    for format in ["markdown", "json", "csv"] {
      let a = CLI.run(["analyze", CLI.path("Scenarios/ai-hypergrowth"), "--format", format])
      let b = CLI.run(["analyze", CLI.path("Scenarios/ai-hypergrowth"), "--format", format])
      #expect(a.status == 0)
      #expect(a.stdout == b.stdout)
    }
  }

  @Test func outputFileMatchesStdout() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("r.json").path
    let w = CLI.run([
      "analyze", CLI.path("Scenarios/seed-example"), "--format", "json", "--output", path,
    ])
    #expect(w.status == 0)
    #expect(w.stdout.isEmpty)
    let s = CLI.run(["analyze", CLI.path("Scenarios/seed-example"), "--format", "json"])
    #expect(try String(contentsOfFile: path, encoding: .utf8) == s.stdout)
  }

  @Test func unwritableOutputExits73() throws {
    let r = CLI.run([
      "analyze", CLI.path("Scenarios/seed-example"), "--output", "/nonexistent-dir/x/r.md",
    ])
    #expect(r.status == 73)
    #expect(r.stderr.contains("/nonexistent-dir/x/r.md"))
  }

  /// An output that is the input file, or a data file of the input folder, exits 64 before
  /// anything is written, and the data stays as it was (trial 25, T25-6).
  @Test func anOutputReplacingAnInputExits64AndKeepsTheData() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("in.csv").path
    let data = "Customer,2024-01,2024-02,2024-03\nA,100,100,100\nB,200,200,200\n"
    try data.write(toFile: input, atomically: true, encoding: .utf8)
    let r = CLI.run(["analyze", input, "--output", input])
    #expect(r.status == 64)
    #expect(r.stderr.contains("is the input '\(input)'"))
    #expect(try String(contentsOfFile: input, encoding: .utf8) == data)
    // A copy of a company folder, so a failure here can never touch the repository's.
    let folder = dir.appendingPathComponent("company").path
    try FileManager.default.copyItem(atPath: CLI.path("Scenarios/seed-example"), toPath: folder)
    let monthly = folder + "/monthly.csv"
    let before = try String(contentsOfFile: monthly, encoding: .utf8)
    let f = CLI.run(["analyze", folder, "--format", "csv", "--output", monthly])
    #expect(f.status == 64)
    #expect(f.stderr.contains("inside the input folder"))
    #expect(try String(contentsOfFile: monthly, encoding: .utf8) == before)
  }

  @Test func csvHasOneRowPerAccount() throws {
    let r = CLI.run(["analyze", CLI.path("Scenarios/seed-example"), "--format", "csv"])
    #expect(r.status == 0)
    let lines = r.stdout.split(separator: "\n")
    #expect(
      lines.first?.hasPrefix(
        "account_id,class,risk_score,recurring_arr,retention_probability,reasons") == true)
    let accounts = try String(
      contentsOfFile: CLI.path("Scenarios/seed-example/accounts.csv"), encoding: .utf8)
    #expect(lines.count == accounts.split(separator: "\n").count)
  }

  @Test func missingFolderExits66() throws {
    let r = CLI.run(["analyze", CLI.path("Scenarios/no-such-company")])
    #expect(r.status == 66)
    #expect(r.stderr.hasPrefix("Error: "))
    #expect(r.stderr.contains("no-such-company"))
  }
}

@Suite(.scratchFolders) struct CLIDataErrorTests {
  func company(monthly: String) throws -> URL {
    let dir = try CLI.temporaryDirectory()
    try "account_id,contract_type,billing_cadence,start_date\nA1,monthly,monthly,2025-01-01\n"
      .write(to: dir.appendingPathComponent("accounts.csv"), atomically: true, encoding: .utf8)
    try monthly.write(
      to: dir.appendingPathComponent("monthly.csv"), atomically: true, encoding: .utf8)
    return dir
  }

  @Test func badAmountExits65WithLocation() throws {
    let dir = try company(monthly: "account_id,month,mrr\nA1,2025-01,100\nA1,2025-02,twenty\n")
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = CLI.run(["analyze", dir.path])
    #expect(r.status == 65)
    #expect(r.stdout.isEmpty)
    #expect(r.stderr.contains("monthly.csv:3:3: mrr \"twenty\" is not an amount"))
    let v = CLI.run(["validate", dir.path])
    #expect(v.status == 65)
    #expect(v.stderr.contains("monthly.csv:3:3"))
  }

  @Test func lenientSkipsAndReportsTheRow() throws {
    let dir = try company(
      monthly: "account_id,month,mrr\nA1,2025-01,100\nA1,2025-02,twenty\nA1,2025-03,120\n")
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = CLI.run(["validate", dir.path, "--lenient"])
    #expect(r.status == 0)
    // accounts.csv's 1 row and monthly.csv's 3, one skipped: never "valid" (session 17, report).
    // Its MRR, "twenty", could not be read: unknown, never summed as $0 (trial 37, T37-22).
    #expect(
      r.stdout.hasPrefix(
        "Read: 4 rows, 3 used, 1 skipped; 1 finding to check first:\n"
          + "  1. 1 row skipped as bad data (--lenient), what they carried not added up: "))
    #expect(r.stdout.contains("3 rows read, 2 accepted"))
    #expect(r.stdout.contains("monthly.csv:3:3"))
    let a = CLI.run(["analyze", dir.path, "--lenient", "--format", "json"])
    #expect(a.status == 0)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(a.stdout.utf8)) as? [String: Any])
    let dq = try #require(json["data_quality"] as? [String: Any])
    #expect(dq["rows_skipped"] as? Int == 1)
  }

  @Test func validateSummarisesAValidCompany() throws {
    let r = CLI.run(["validate", CLI.path("Scenarios/seed-example")])
    #expect(r.status == 0)
    // 38 account rows and 55 monthly rows (the files' lines less their headers), none skipped.
    #expect(
      r.stdout.hasPrefix(
        "Read: 93 rows, 93 used, 0 skipped; no finding to check first (the files were read, "
          + "not audited: compare the headline with the company's own books).\n"))
    #expect(!r.stdout.contains("valid"))
    #expect(r.stdout.contains("months: 2"))
  }
}

@Suite(.scratchFolders) struct CLIGenerateAndRetentionTests {
  @Test func generateIsDeterministicAndAnalyzable() throws {
    let a = try CLI.temporaryDirectory()
    let b = try CLI.temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(at: a)
      try? FileManager.default.removeItem(at: b)
    }
    let args = ["--profile", "plg-smb", "--accounts", "200", "--months", "14", "--seed", "9"]
    #expect(CLI.run(["generate"] + args + [a.path]).status == 0)
    #expect(CLI.run(["generate"] + args + [b.path]).status == 0)
    for file in ["accounts.csv", "monthly.csv", "company.json"] {
      let x = try Data(contentsOf: a.appendingPathComponent(file))
      let y = try Data(contentsOf: b.appendingPathComponent(file))
      #expect(x == y)
    }
    #expect(CLI.run(["analyze", a.path]).status == 0)
  }

  /// A folder that already holds a company is not overwritten unless asked.
  @Test func generateRefusesToOverwriteWithoutForce() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let mine = Data("account_id,contract_type,billing_cadence,start_date\n".utf8)
    let accounts = dir.appendingPathComponent("accounts.csv")
    try mine.write(to: accounts)
    let args = ["generate", "--accounts", "20", "--months", "3", dir.path]
    let refused = CLI.run(args)
    #expect(refused.status == 73)
    #expect(refused.stderr.contains(accounts.path + " already exists"))
    #expect(refused.stderr.contains("--force"))
    #expect(try Data(contentsOf: accounts) == mine)
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("monthly.csv").path))
    #expect(CLI.run(args + ["--force"]).status == 0)
    #expect(try Data(contentsOf: accounts) != mine)
  }

  @Test func retentionFitsThePaperExample() throws {
    // Fader & Hardie (2007), "regular" customers, years 0–7: α ≈ 0.704, β ≈ 1.182.
    let r = CLI.run([
      "retention", "--survival", "1000,631,468,382,326,289,262,241", "--format", "json",
    ])
    #expect(r.status == 0)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    let alpha = try #require(json["alpha"] as? Double)
    let beta = try #require(json["beta"] as? Double)
    #expect(abs(alpha - 0.704) < 0.001)
    #expect(abs(beta - 1.182) < 0.001)
    #expect((json["derl"] as? [Any])?.count ?? 0 >= 8)
  }

  @Test func retentionWithoutDiscountingExplainsAnInfiniteLifetime() throws {
    // Regular customers: α̂ = 0.704 ≤ 1, so the undiscounted expected lifetime diverges.
    let r = CLI.run([
      "retention", "--survival", "1000,631,468,382,326,289,262,241", "--discount-rate", "0",
      "--format", "json",
    ])
    #expect(r.status == 0)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    #expect(json["del"] is NSNull)
    let note = try #require(json["note"] as? String)
    #expect(note.contains("infinite"))
    let markdown = CLI.run([
      "retention", "--survival", "1000,631,468,382,326,289,262,241", "--discount-rate", "0",
    ])
    #expect(markdown.stdout.contains("= infinite"))
    #expect(markdown.stdout.contains(note))
  }

  /// 0 survivors after period 0 is data, not a usage error (session 28, t28b lane): everybody
  /// lost in period 1 leaves nothing to project (a data error, 65); lost over two periods, the
  /// fit runs and says the cohort lost every account.
  @Test func retentionWithACohortThatLostEveryone() throws {
    let gone = CLI.run(["retention", "--survival", "100,0"])
    #expect(gone.status == 65)
    #expect(gone.stderr.contains("every customer was lost in the first period"))
    let lost = CLI.run(["retention", "--survival", "100,40,0"])
    #expect(lost.status == 0)
    #expect(lost.stdout.contains("Every account was lost by period 2"))
    #expect(!lost.stdout.contains("nan") && !lost.stdout.contains("inf"))
  }

  /// Trial 30, T30-6: `--survival 1000,900` printed α 0.3333, β 3 (the optimiser's start) and
  /// a 12-period curve; now a data error giving the one rate, 900 of 1,000 = 90.0%.
  @Test func retentionWithOnePeriodGivesTheOneRate() throws {
    let one = CLI.run(["retention", "--survival", "1000,900"])
    #expect(one.status == 65)
    #expect(one.stdout.isEmpty)
    #expect(one.stderr.contains("one retention rate (90.0%)"))
  }

  @Test func retentionUsageErrors() throws {
    let none = CLI.run(["retention"])
    #expect(none.status == 64)
    let bad = CLI.run(["retention", "--survival", "100,abc"])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("abc"))
  }
}
