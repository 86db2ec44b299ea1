import ARRCore
import Testing

@testable import ARRInput

@Suite struct EnumParserTests {
  @Test func parsesAnyCase() {
    #expect(EnumParser.value(ContractType.self, " Multi_Year ") == .multiYear)
    #expect(EnumParser.value(BillingCadence.self, "IN_ARREARS") == .inArrears)
    #expect(EnumParser.value(TrialStatus.self, "expired") == .expired)
    #expect(EnumParser.value(ContractType.self, "yearly") == nil)
    #expect(EnumParser.value(ContractType.self, "") == nil)
  }

  @Test func listsAllowedValues() {
    #expect(EnumParser.allowed(TrialStatus.self) == "none, active, converted, expired")
  }
}
