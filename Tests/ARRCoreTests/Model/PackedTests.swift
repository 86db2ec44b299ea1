import Testing

@testable import ARRCore

/// ``Packed``: an optional stored in its value's bits reads back what was stored, `nil`
/// included, and makes ``Account/Terms`` the size it promises.
@Suite struct PackedTests {
  static let dates: [CivilDate?] = [
    nil, CivilDate(year: 1970, month: 1, day: 1), CivilDate(year: 0, month: 1, day: 1),
    CivilDate(year: 9999, month: 12, day: 31), CivilDate(year: 1969, month: 12, day: 31),
  ]

  @Test(arguments: dates)
  func aDateReadsBackWhatWasStored(date: CivilDate?) {
    var packed = Packed<CivilDate>(wrappedValue: date)
    #expect(packed.wrappedValue == date)
    packed.wrappedValue = nil
    #expect(packed.wrappedValue == nil)
    packed.wrappedValue = date
    #expect(packed.wrappedValue == date)
  }

  @Test(arguments: [nil, 0, 1, 17, Int.max, -1, Int.min + 1] as [Int?])
  func aCountReadsBackWhatWasStored(count: Int?) {
    #expect(Packed<Int>(wrappedValue: count).wrappedValue == count)
  }

  @Test(arguments: [nil, 0, 4_900, Int64.max, Int64.min + 1] as [Int64?])
  func anAmountReadsBackWhatWasStored(cents: Int64?) {
    #expect(Packed<Int64>(wrappedValue: cents).wrappedValue == cents)
  }

  @Test(arguments: [nil, Month(year: 2024, month: 6), Month(year: 0, month: 1)] as [Month?])
  func aMonthReadsBackWhatWasStored(month: Month?) {
    #expect(Packed<Month>(wrappedValue: month).wrappedValue == month)
  }

  /// Equal exactly when the optionals are: `nil` equals `nil`, and no value equals `nil`.
  @Test func equalityIsTheOptionals() {
    let values: [Int?] = [nil, 0, 5]
    for a in values {
      for b in values {
        #expect((Packed(wrappedValue: a) == Packed(wrappedValue: b)) == (a == b))
      }
    }
  }

  /// The point of packing: 64 bytes of terms per account instead of 104, every optional field
  /// still reading and writing as an optional through the account.
  @Test func termsArePackedAndReadAsOptionals() throws {
    #expect(MemoryLayout<Account.Terms>.size <= 64)
    let start = try #require(CivilDate(year: 2024, month: 1, day: 15))
    var account = Account(
      id: "a", contractType: .annual, billingCadence: .monthly, startDate: start)
    #expect(account.contractEndDate == nil && account.seatsPurchased == nil)
    #expect(account.committedMRR == nil && account.inferredFrom == nil)
    account.seatsPurchased = 40
    account.committedMRR = 0
    account.contractEndDate = CivilDate(year: 2025, month: 1, day: 14)
    account.inferredFrom = Month(year: 2024, month: 3)
    #expect(account.seatsPurchased == 40 && account.committedMRR == 0)
    #expect(account.contractEndDate == CivilDate(year: 2025, month: 1, day: 14))
    #expect(account.inferredFrom == Month(year: 2024, month: 3))
    account.seatsPurchased = nil
    #expect(account.seatsPurchased == nil)
  }

  /// The value reserved for `nil` is refused, not read back as `nil`.
  @Test func theReservedValueIsRefused() async {
    await #expect(processExitsWith: .failure) {
      _ = Packed<Int>(wrappedValue: Int.min)
    }
  }
}
