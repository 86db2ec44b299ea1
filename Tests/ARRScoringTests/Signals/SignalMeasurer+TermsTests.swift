import ARRCore
import ARRTestSupport
import Testing

@testable import ARRScoring

/// The measurer's table of contract and billing signals (``SignalMeasurer/termTable``) gives,
/// for every contract type and billing cadence, what ``AccountFactSignals`` works out.
@Suite struct SignalMeasurerTermsTests {
  @Test func codesArePositionsInAllCases() {
    #expect(BillingCadence.allCases.map(\.code) == (0..<7).map(UInt8.init))
    #expect(BillingCadence.allCases.count <= SignalMeasurer.cadenceRows)
  }

  @Test(arguments: [false, true])
  func everyTypeAndCadenceMeasuresAsTheFunctionsSay(earlierView: Bool) {
    var accounts: [Account] = []
    for type in ContractType.allCases {
      for cadence in BillingCadence.allCases {
        accounts.append(Fixture.account("\(type)-\(cadence)", type, cadence))
      }
    }
    let company = Fixture.company(
      accounts, mrr: accounts.map { _ in [100, 100, 100] })
    let m = SignalMeasurer(company: company, column: earlierView ? 1 : 2)
    for (i, a) in accounts.enumerated() {
      let v = m.values(i)
      for s in SignalMeasurer.termSignals + [.unknownTerms] {
        let expected =
          s == .unknownTerms
          ? AccountFactSignals.unknownTerms(a.contractType, a.billingCadence)
          : AccountFactSignals.term(s, a.contractType, a.billingCadence)
        let value = m.available[s.rawValue] ? expected : nil
        #expect(v[s.rawValue].isNaN ? value == nil : v[s.rawValue] == value, "\(a.id) \(s)")
      }
    }
  }
}
