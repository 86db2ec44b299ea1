import Testing

@testable import ARRInput

/// The ASCII fast paths of the header normalisations (``HeaderWords``) against their
/// `Character` forms, the reference (session 17, lead: a 50 MB cell took 38 s to refuse).
@Suite struct HeaderWordsTests {
  /// Hand-worked keys: camel case split after a lowercase letter or a digit, `*` dropped at the
  /// start only, separators collapsed, `(utc)` dropped at the end only.
  @Test(arguments: [
    ("InvoiceDate", "invoice date", "invoicedate"),
    ("*ContactName", "contact name", "*contactname"),
    ("Created (UTC)", "created", "created (utc)"),
    ("__a--B  c_", "a b c", "a b c"),
    ("MRR2024Total", "mrr2024 total", "mrr2024total"),
    ("amountUSD", "amount usd", "amountusd"),
    ("(utc) start", "(utc) start", "(utc) start"),
    ("a*B", "a*b", "a*b"),
    ("", "", ""),
    ("---", "", ""),
  ])
  func handWorked(text: String, headerKey: String, words: String) {
    #expect(LedgerLayout.normalized(text) == headerKey)
    #expect(CubeLayout.normalized(text) == words)
  }

  /// Text that is not ASCII takes the `Character` path: `nil` from the fast path.
  @Test func otherTextTakesTheReference() {
    #expect(HeaderWords.words("Montant HT é") == nil)
    #expect(LedgerLayout.normalized("Montant HT é") == "montant ht é")
    #expect(CubeLayout.normalized("ÉCHÉANCE_Date") == "échéance date")
  }

  /// 5,000 random ASCII texts built from the pieces the rules turn on (cases, digits,
  /// separators, `*`, `(UTC)`, CR LF, tabs, punctuation): the fast paths equal the reference.
  @Test func equalsTheReferenceOnRandomText() {
    let pieces = [
      "*", "A", "Z", "a", "z", "0", "9", " ", "_", "-", "(utc)", "(UTC)", "\r\n", "\t", ".", "$",
      "Id", "customerID", "  ", "x",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    for _ in 0..<5_000 {
      let text = (0..<(next() % 12)).map { _ in pieces[next() % pieces.count] }.joined()
      #expect(
        HeaderWords.headerKey(text) == LedgerLayout.normalizedByCharacters(text),
        "\(text.debugDescription)")
      #expect(
        HeaderWords.words(text) == CubeLayout.normalizedByCharacters(text),
        "\(text.debugDescription)")
    }
  }

  /// The "surely not" test before a totals label's normalisation: it says no only for ASCII
  /// text without the words, whatever the case, and defers on anything else.
  @Test func mayContainSaysNoOnlyWhenSure() {
    let words = ["sum", "total"]
    #expect(HeaderWords.mayContain("Grand TOTAL:", anyOf: words))
    #expect(HeaderWords.mayContain("Sum of MRR", anyOf: words))
    #expect(HeaderWords.mayContain("Enterprise Totals", anyOf: words))
    #expect(HeaderWords.mayContain("sub_total", anyOf: words))
    #expect(!HeaderWords.mayContain("A000001", anyOf: words))
    #expect(!HeaderWords.mayContain("Acme Robotics, Inc.", anyOf: words))
    #expect(!HeaderWords.mayContain("to tal", anyOf: words))
    #expect(!HeaderWords.mayContain("", anyOf: words))
    #expect(HeaderWords.mayContain("Ｔｏｔａｌ", anyOf: words))
    #expect(HeaderWords.mayContain("Crème", anyOf: words))
  }

  /// Every cube label the totals rule reads as a total still does (the fast "no" never hides
  /// one): ASCII labels of each kind, including separators the normalisation collapses.
  @Test(arguments: [
    "Total", "TOTAL:", "Sum", "sum of mrr", "Grand-Total", "Sub_Totals 2024", "Enterprise Total",
    "total_emea", "Totals",
  ])
  func totalLabelsStillRead(label: String) {
    #expect(CubeTotals.kind([label, "1"], monthColumns: [1]) != .none)
    #expect(HeaderWords.mayContain(label, anyOf: ["sum", "total"]))
  }
}
