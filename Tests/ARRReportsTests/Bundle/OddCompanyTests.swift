import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// The whole pipeline — analysis, the six shipped stress scenarios, every file of the report
/// bundle — on companies of shapes the sample companies never take: the identities hold
/// (``Analysis/brokenIdentities``, ``StressResult/brokenIdentities``), `report.json` parses,
/// nothing prints `nan` or `inf`, and a second run gives the same bytes. The `analysis` fuzz
/// target checks the same on whatever a file can hold.
@Suite struct OddCompanyTests {
  enum Shape: String, CaseIterable, Sendable {
    case oneAccountOneMonth
    case nobodyPaysAtAsOf
    case everyAccountChurned
    case twentyYearsOfOneAccount
    case amountsAtTheLimit
    case trialsOnly
    case pilotsOnly
    case usageWithNoUsage
    case oneMonthOfHistoryManyAccounts

    static let start = Month(year: 2024, month: 1)

    func account(_ i: Int, _ type: ContractType = .monthly, trial: TrialStatus = .none)
      -> Account
    {
      Account(
        id: "A\(i)", contractType: type, billingCadence: type == .annual ? .annual : .monthly,
        startDate: CivilDate.firstDay(of: Self.start), trialStatus: trial)
    }

    var company: Company {
      switch self {
      case .oneAccountOneMonth:
        return Fixture.company([account(0)], mrr: [[10_000]])
      case .nobodyPaysAtAsOf:
        return Fixture.company([account(0), account(1)], mrr: [[0, 0, 0], [0, 0, 0]])
      case .everyAccountChurned:
        let rows = (0..<20).map { i in (0..<18).map { m in m < 3 + i % 10 ? Int64(5_000) : 0 } }
        return Fixture.company((0..<20).map { account($0) }, mrr: rows)
      case .twentyYearsOfOneAccount:
        return Fixture.company([account(0, .annual)], mrr: [Array(repeating: 120_000, count: 240)])
      case .amountsAtTheLimit:
        // Three accounts whose total MRR is the largest whose 12-month run rate is exact.
        let each = Money.maximumMRRCents / 3
        return Fixture.company(
          (0..<3).map { account($0, .annual) }, mrr: Array(repeating: [each, each], count: 3))
      case .trialsOnly:
        return Fixture.company(
          (0..<5).map { account($0, trial: .active) }, mrr: Array(repeating: [0, 2_000], count: 5))
      case .pilotsOnly:
        return Fixture.company(
          (0..<4).map { account($0, .pilot) }, mrr: Array(repeating: [50_000, 50_000], count: 4))
      case .usageWithNoUsage:
        let rows = Array(repeating: Array(repeating: Int64(3_000), count: 14), count: 6)
        return Fixture.company(
          (0..<6).map { account($0, .usage) }, mrr: rows,
          usage: Array(repeating: Array(repeating: 0, count: 14), count: 6))
      case .oneMonthOfHistoryManyAccounts:
        return Fixture.company(
          (0..<200).map { account($0, $0 % 3 == 0 ? .annual : .monthly) },
          mrr: (0..<200).map { [Int64(1_000 + $0 * 37)] })
      }
    }
  }

  /// Bytes of every file of the bundle of one run: analysis, stress, bundle.
  func bundle(_ company: Company) throws -> (Analysis, StressResult, [[UInt8]]) {
    let analysis = Analysis.run(company, paths: 200)
    let stress = try StressTest.run(analysis, scenarios: SampleCompanies.stressScenarios())
    return (analysis, stress, ReportBundle(analysis, stress: stress).files.map(\.bytes))
  }

  @Test(arguments: Shape.allCases)
  func thePipelineHoldsItsIdentities(shape: Shape) throws {
    let (analysis, stress, files) = try bundle(shape.company)
    #expect(analysis.brokenIdentities == [])
    #expect(stress.brokenIdentities == [])
    #expect(throws: Never.self) { try JSONValue.parse(files[1]) }
    for (k, file) in files.enumerated() {
      let words = Self.words(of: String(decoding: file, as: UTF8.self).lowercased())
      for word in ["nan", "inf", "infinity"] {
        #expect(!words.contains(word), "file \(k) prints \(word)")
      }
    }
    #expect(try bundle(shape.company).2 == files, "a second run differs")
  }

  /// The ASCII-letter words of `text` ("finance" is one word, not "nan").
  static func words(of text: String) -> Set<String> {
    Set(text.split { !($0.isASCII && $0.isLetter) }.map(String.init))
  }

  /// The walk of the largest company there is writes its headline to the dollar (it trapped
  /// when whole dollars were turned back into cents): 3 × ⌊⌊(2⁶³ − 1) ÷ 12⌋ ÷ 3⌋ =
  /// 768,614,336,404,564,650 cents of MRR, × 12 = $92,233,720,368,547,758 of ARR.
  @Test func theLargestHeadlineIsWrittenToTheDollar() throws {
    let report = String(decoding: try bundle(Shape.amountsAtTheLimit.company).2[0], as: UTF8.self)
    #expect(report.contains("| **Headline ARR** | **$92,233,720,368,547,758** | **100.0%** |"))
  }

  /// The identities are checks, not formalities: a broken figure is named.
  @Test func aBrokenIdentityIsNamed() {
    var analysis = Analysis.run(Shape.twentyYearsOfOneAccount.company, paths: 200)
    #expect(analysis.brokenIdentities == [])
    analysis.scoring.qualityAdjustedARR += 1
    #expect(
      analysis.brokenIdentities == [
        "class quality-adjusted ARR does not sum to quality-adjusted ARR",
        "ARR at risk ≠ recurring − quality-adjusted ARR",
      ])
  }
}
