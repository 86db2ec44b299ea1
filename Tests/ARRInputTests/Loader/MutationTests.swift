import ARRFileSystem
import ARRTestSupport
import Testing

@testable import ARRInput

/// Seeded mutations of the sample companies: whatever the bytes, the loader either returns a
/// company whose ledger holds (rows read = used + skipped) or throws a data, input or argument
/// error (exit 65, 66 or 64 at the command line); it never traps. A crash fails the whole test
/// run, which is the point. Kept small (a few hundred variants of a slice of each company) so it
/// runs in a second; `Scripts/fuzz` explores far more.
@Suite struct MutationTests {
  /// SplitMix64: a tiny seeded generator, so every run tries the same variants.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// Tokens hostile files are made of.
  static let tokens: [[UInt8]] =
    [
      ",", "\"", "\n", "\r\n", "\r", "-", "-0", "0000-01", "9999-99", "2024-13", "\u{FEFF}",
      "9999999999999999.99", "7686143364045646.51", "1,000,000", "$", "€", "", "NaN", "1e9",
      "\"\"", ",,,,", "\t", " ", "true", "A1", "2024-02-30",
    ].map { Array($0.utf8) } + [[0x00], [0xFF, 0xFE], [0xC3], [0xE2, 0x82]]

  /// The first `lines` lines of `path` under the repository's Scenarios/.
  static func slice(_ company: String, _ file: String, lines: Int) throws -> [UInt8] {
    let bytes = try SampleFiles.read(company, file)
    var count = 0
    var end = bytes.count
    for (k, b) in bytes.enumerated() where b == 0x0A {
      count += 1
      if count == lines {
        end = k + 1
        break
      }
    }
    return Array(bytes[..<end])
  }

  /// One random edit of `bytes`.
  static func mutate(_ bytes: [UInt8], _ g: inout Generator) -> [UInt8] {
    var b = bytes
    let at = b.isEmpty ? 0 : Int.random(in: 0..<b.count, using: &g)
    switch Int.random(in: 0..<6, using: &g) {
    case 0 where !b.isEmpty: b[at] = UInt8.random(in: 0...255, using: &g)
    case 1 where !b.isEmpty: b.remove(at: at)
    case 2: b.insert(contentsOf: tokens.randomElement(using: &g)!, at: at)
    case 3: b = Array(b[..<at])
    case 4:
      // Duplicate a line.
      let start = b[..<at].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
      let end = b[at...].firstIndex(of: 0x0A).map { $0 + 1 } ?? b.count
      b.insert(contentsOf: b[start..<end], at: end)
    default:
      // Replace a field with a token.
      let start = b[..<at].lastIndex(where: { $0 == 0x2C || $0 == 0x0A }).map { $0 + 1 } ?? 0
      let end = b[at...].firstIndex(where: { $0 == 0x2C || $0 == 0x0A }) ?? b.count
      b.replaceSubrange(start..<end, with: tokens.randomElement(using: &g)!)
    }
    return b
  }

  @Test(arguments: ["seed-example", "plg-smb", "enterprise-saas", "ai-hypergrowth"])
  func mutatedCompaniesNeverTrap(company: String) throws {
    let accounts = try Self.slice(company, "accounts.csv", lines: 40)
    let monthly = try Self.slice(company, "monthly.csv", lines: 200)
    let json = try SampleFiles.read(company, "company.json")
    var g = Generator(state: UInt64(company.utf8.count) &* 7919)
    var outcomes = (loaded: 0, refused: 0)
    for variant in 0..<75 {
      var a = accounts
      var m = monthly
      var j: [UInt8]? = json
      for _ in 0..<Int.random(in: 1...3, using: &g) {
        switch Int.random(in: 0..<5, using: &g) {
        case 0: a = Self.mutate(a, &g)
        case 1: j = Self.mutate(json, &g)
        default: m = Self.mutate(m, &g)
        }
      }
      for isLenient in [false, true] {
        do {
          let c = try CompanyLoader.load(
            accountsCSV: a, monthlyCSV: m, companyJSON: j,
            options: LoadOptions(isLenient: isLenient))
          outcomes.loaded += 1
          let dq = c.dataQuality
          #expect(dq.skippedCount == dq.skipped.count, "variant \(variant)")
          for f in dq.files {
            let skipped = dq.skipped.filter { $0.problem.file == f.file }.count
            let after = f.file == "monthly.csv" ? dq.rowsAfterAsOf : 0
            #expect(
              f.rowsRead == f.rowsAccepted + skipped + after,
              "variant \(variant) \(f.file): rows read = used + rejected")
          }
          #expect(c.revenue.firstExcess() == nil)
        } catch {
          outcomes.refused += 1
          #expect(
            [.invalidData, .missingInput, .invalidArgument].contains(error.kind),
            "variant \(variant): \(error.kind) maps to an exit code outside 64, 65, 66")
          #expect(error.problemCount > 0 || !error.message.isEmpty)
        }
      }
    }
    // The mutations are mild enough that some variants still load and harsh enough that some
    // do not; both paths are exercised.
    #expect(outcomes.loaded > 0)
    #expect(outcomes.refused > 0)
  }
}

/// The sample companies under the repository's `Scenarios/`.
enum SampleFiles {
  static func read(_ company: String, _ file: String) throws -> [UInt8] {
    try InputFile.read(Repository.path("Scenarios/\(company)/\(file)"), limit: 1 << 30)
  }
}
