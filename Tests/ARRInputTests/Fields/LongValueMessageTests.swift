import ARRCore
import Testing

@testable import ARRInput

/// Two account ids that differ only after their 60th character are told apart in messages
/// (session 20, wording lane; trial 18b, G18: `duplicate account_id "acct-000020-xxxx…"` named
/// two different ids alike).
@Suite struct LongValueMessageTests {
  static let stem = "acct-000020-" + String(repeating: "0", count: 48)
  static let first = stem + "-4f1c-9a2b-00000000000a"
  static let second = stem + "-4f1c-9a2b-00000000000b"
  static let head = "acct-000020-" + String(repeating: "0", count: 28)

  @Test func unknownAccountsAreNamedApart() {
    let found = problems(
      monthly: csv(
        "account_id,month,mrr", "\(Self.first),2024-01,10", "\(Self.second),2024-01,10",
        "A1,2024-01,10"))
    #expect(
      found == [
        "monthly.csv:2:1: account_id \"\(Self.head)…a2b-00000000000a\" is not in accounts.csv",
        "monthly.csv:3:1: account_id \"\(Self.head)…a2b-00000000000b\" is not in accounts.csv",
      ])
  }

  @Test func duplicateIdsShowTheirTail() {
    let found = problems(
      accounts: csv("account_id", Self.first, Self.first, Self.second),
      monthly: csv("account_id,month,mrr", "\(Self.second),2024-01,10"))
    #expect(
      found == [
        "accounts.csv:3:1: duplicate account_id \"\(Self.head)…a2b-00000000000a\" (first on line 2)"
      ])
  }
}
