import Testing

@testable import ARRInput

@Suite struct AccountIndexTests {
  @Test func insertsFindsAndGrows() {
    var index = AccountIndex(expectedCount: 1)
    for i in 0..<5_000 { #expect(index.insert("id-\(i)") == nil) }
    #expect(index.count == 5_000)
    #expect(index.insert("id-42") == 42)
    #expect(index.find("id-4999") == 4_999)
    #expect(index.find("id-5000") == nil)
    #expect(index.insert("") == nil)
    #expect(index.find("") == 5_000)
  }
}
