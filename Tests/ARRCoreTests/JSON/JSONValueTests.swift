import Testing

@testable import ARRCore

@Suite struct JSONValueTests {
  @Test func roundTripsKeepingKeyOrder() throws {
    let text = #"{"b": 1, "a": [true, null, "x\n\"y\""], "c": {"d": -2.5e3}}"#
    let v = try JSONValue.parse(text)
    #expect(v.serialized(pretty: false) == #"{"b":1,"a":[true,null,"x\n\"y\""],"c":{"d":-2.5e3}}"#)
    #expect(v["c"]?["d"]?.doubleValue == -2500)
  }

  @Test func moneyPrintsTwoDecimals() {
    #expect(JSONValue.money(123450).serialized(pretty: false) == "1234.50")
    #expect(JSONValue.money(-5).serialized(pretty: false) == "-0.05")
    #expect(JSONValue.double(1.08).serialized(pretty: false) == "1.08")
    #expect(JSONValue.double(.nan).serialized(pretty: false) == "null")
  }

  @Test(arguments: [
    ("{\"a\": }", 1, 7), ("{\n  \"a\": tru\n}", 2, 8), ("[1,]", 1, 4), ("{\"a\":1} x", 1, 9),
  ])
  func reportsLineAndColumn(text: String, line: Int, column: Int) {
    #expect(throws: JSONSyntaxError.self) { try JSONValue.parse(text) }
    do {
      _ = try JSONValue.parse(text)
    } catch {
      #expect(error.line == line)
      #expect(error.column == column)
    }
  }

  @Test func decodesEscapes() throws {
    let v = try JSONValue.parse(#""\u00e9\ud83d\ude00\t""#)
    #expect(v.stringValue == "é😀\t")
  }
}

@Suite struct MoneyTests {
  @Test(arguments: [("1234.5", 123450), ("1234.50", 123450), ("0.01", 1), ("-3", -300), ("7", 700)])
  func parsesDecimals(text: String, cents: Int64) {
    #expect(Money.cents(fromDecimal: text) == cents)
  }

  @Test(arguments: ["1.234", "abc", "", ".", "1.2.3", "99999999999999999999"])
  func rejects(text: String) {
    #expect(Money.cents(fromDecimal: text) == nil)
  }
}
