import ARRCore
import Testing

@testable import ARRInput

/// Trial 48, T48-9 (fixture `/work/team/s48/trial/c07_ai_services_pilots.py`, made smaller): a
/// paid pilot stays a pilot when its customer also buys a one-off SOW after the pilot's
/// invoice; a later subscription line still converts it. Every file: Beta's monthly platform
/// subscription, 1,000 a month with its month's period, April to June 2024, and Granite's
/// `Paid pilot - Phase 1` of 30,000 for April to June, read at 2024-06.
@Suite struct PilotBesideServicesTests {
  static func read(_ granite: String) throws -> ImportedCompany {
    let beta = (4...6).map { m in
      let day = LedgerReviewFortyFiveTests.day(m)
      let last = CivilDate.lastDay(of: Month(year: 2024, month: m))
      return "\(day),Beta,Platform subscription,1000.00,\(day),\(last)"
    }
    return try importLedger(
      ([
        "Invoice Date,Customer,Description,Amount,Service Period Start,Service Period End",
        "2024-04-01,Granite,Paid pilot - Phase 1,30000.00,2024-04-01,2024-06-30", granite,
      ] + beta).joined(separator: "\n"))
  }

  /// A SOW dated after the pilot's invoice is one-time and decides nothing: Granite is a pilot.
  @Test func aServicesLineAfterThePilotLeavesItAPilot() throws {
    let c = try Self.read("2024-06-10,Granite,Professional services - SOW #9,35000.00,,")
    let g = try #require(c.account("Granite"))
    #expect(g.contractType == .pilot)
    #expect(c.oneTimeRow("Granite").last == 3_500_000)
  }

  /// Twin: a subscription line after the pilot converts it (not a pilot).
  @Test func aSubscriptionAfterThePilotConvertsIt() throws {
    let c = try Self.read("2024-06-01,Granite,Platform subscription,5000.00,2024-06-01,2024-06-30")
    #expect(c.account("Granite")?.contractType != .pilot)
  }
}
