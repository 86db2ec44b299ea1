import ARRCore
import ARRInput
import ARRTestSupport
import Testing

@testable import ARRGenerator

/// The committed `Scenarios/` folders: each generated one equals a fresh run of the command in
/// its README, the hand-written seed example encodes the article's month, and all of them load.
@Suite struct BundledScenariosTests {
  static let generated = ["ai-hypergrowth", "enterprise-saas", "plg-smb"]

  /// Parses the `arr-quality generate …` command quoted in a scenario's README.
  static func options(fromREADME text: String) -> (GeneratorOptions, String)? {
    guard let start = text.firstRange(of: "`arr-quality generate ") else { return nil }
    let rest = text[start.upperBound...]
    guard let end = rest.firstIndex(of: "`") else { return nil }
    let words = rest[..<end].split(separator: " ").map(String.init)
    var values: [String: String] = [:]
    var i = 0
    var directory = ""
    while i < words.count {
      if words[i].hasPrefix("--") && i + 1 < words.count {
        values[words[i]] = words[i + 1]
        i += 2
      } else {
        directory = words[i]
        i += 1
      }
    }
    guard let p = values["--profile"].flatMap(GeneratorProfile.init(rawValue:)),
      let n = values["--accounts"].flatMap({ Int($0) }),
      let m = values["--months"].flatMap({ Int($0) }),
      let s = values["--seed"].flatMap({ UInt64($0) }),
      let asOf = values["--as-of"].flatMap({ Month($0) })
    else { return nil }
    return (GeneratorOptions(profile: p, accounts: n, months: m, seed: s, asOf: asOf), directory)
  }

  @Test(arguments: generated)
  func committedScenarioEqualsAFreshRunOfItsCommand(name: String) throws {
    let folder = Repository.root + "/Scenarios/" + name
    let readme = String(decoding: try #require(readFile(folder + "/README.md")), as: UTF8.self)
    let (options, directory) = try #require(Self.options(fromREADME: readme))
    #expect(directory == "Scenarios/" + name)
    #expect(options.profile.rawValue == name)
    let fresh = CompanyGenerator.files(options)
    let accounts = try #require(readFile(folder + "/accounts.csv"))
    let monthly = try #require(readFile(folder + "/monthly.csv"))
    let json = try #require(readFile(folder + "/company.json"))
    #expect(accounts == fresh.accountsCSV, "regenerate with the README's command")
    #expect(monthly == fresh.monthlyCSV, "regenerate with the README's command")
    #expect(json == fresh.companyJSON)
    // "Keep each scenario under ~5 MB."
    #expect(accounts.count + monthly.count < 5_000_000)
  }

  @Test(arguments: generated + ["seed-example"])
  func everyScenarioLoadsWithoutProblems(name: String) throws {
    let company = try CompanyLoader.load(directory: Repository.root + "/Scenarios/" + name)
    #expect(company.dataQuality.skippedCount == 0)
    #expect(
      company.asOf
        == (name == "seed-example" ? Month(year: 2025, month: 6) : Month(year: 2026, month: 10)))
    #expect(company.dataQuality.files.allSatisfy { $0.rowsRead == $0.rowsAccepted })
  }

  @Test func seedExampleEncodesTheArticlesMonth() throws {
    let folder = Repository.root + "/Scenarios/seed-example"
    let d = GeneratedData(
      accountsCSV: try #require(readFile(folder + "/accounts.csv")),
      monthlyCSV: try #require(readFile(folder + "/monthly.csv")),
      firstMonth: Month(year: 2025, month: 5), monthCount: 2)
    var new: Int64 = 0
    var expansion: Int64 = 0
    var contraction: Int64 = 0
    var churn: Int64 = 0
    var newCount = 0
    var expansionCount = 0
    var contractionCount = 0
    var churnCount = 0
    for (_, v) in d.mrr {
      let (may, june) = (v[0], v[1])
      if may == 0 && june > 0 {
        new += june
        newCount += 1
      } else if may > 0 && june == 0 {
        churn += may
        churnCount += 1
      } else if june > may {
        expansion += june - may
        expansionCount += 1
      } else if june < may {
        contraction += may - june
        contractionCount += 1
      }
    }
    #expect((newCount, new) == (20, 20_000))
    #expect((expansionCount, expansion) == (10, 10_000))
    #expect((contractionCount, contraction) == (2, 2_000))
    #expect((churnCount, churn) == (1, 3_000))
    #expect(new + expansion - contraction - churn == 25_000)
    let may = d.mrr.values.reduce(Int64(0)) { $0 + $1[0] }
    let june = d.mrr.values.reduce(Int64(0)) { $0 + $1[1] }
    #expect(may + 25_000 == june)
    #expect(june == 67_000)
    #expect(d.oneTime.values.reduce(Int64(0)) { $0 + $1[1] } == 15_000)
    #expect(d.accounts.allSatisfy { $0[d.column("contract_type")] == "monthly" })
  }
}
