/// A label saying a cube's cells are invoiced sales, not a level of recurring revenue
/// (QuickBooks' *Sales by Customer Summary* by month, `Invoiced by customer`, `Umsatz nach
/// Kunde`): `--values auto` reads them as billings, so an annual invoice is spread over its
/// term, not read as one month of MRR and a churn (`docs/import.md`, "MRR, ARR or billings";
/// session 51, imp lane; trial 50, T50-18: the summary's 18,000 annual licence was May's MRR
/// and a churn in June, −33%, no range and no finding, while the same company's detail report
/// read right).
enum SalesLabel {
  /// Words naming sales or invoicing. Not `Umsatz`, `omzet`, `fatturato` or `faturamento`:
  /// each is as much the plain word for revenue (`Umsatz je Kunde` titles MRR cubes too).
  static let words: Set<String> = [
    "sales", "invoiced", "invoices", "billings", "billed", "ventas", "ventes", "facturación",
    "facturacion", "facturation", "facturé", "vendite", "vendas",
  ]

  /// Words naming cash received (`Cash receipts by customer (bank)`, `Collections by
  /// customer`): payments follow their invoices, so they are read as invoiced amounts, an
  /// annual payment spread over its year, never as a month of MRR and a churn (trial 51,
  /// T51-31: $30,000 for $42,000 and a "concentrated churn" of the annual customer).
  static let cashWords: Set<String> = [
    "cash", "receipts", "collections", "collected", "remittances",
    "zahlungseingänge", "zahlungseingang", "encaissements", "cobros", "cobranzas", "incassi",
    "recebimentos", "ontvangsten",
  ]

  /// Whether `text` names cash received (``cashWords``), words after a negation left out.
  static func namesCash(_ text: String) -> Bool {
    !Set(BookingsLabel.said(text)).isDisjoint(with: cashWords)
  }

  /// Words naming a level of recurring or earned revenue: a label holding one says no sales
  /// (`Recurring sales by customer`, `MRR (invoiced)`).
  static let levelWords: Set<String> = [
    "mrr", "arr", "recurring", "wiederkehrend", "wiederkehrende", "wiederkehrender",
    "récurrent", "récurrents", "recurrente", "recurrentes", "ricorrente", "ricorrenti",
    "terugkerend", "terugkerende", "recorrente", "recorrentes", "recognised", "recognized",
    "earned", "run", "normalised", "normalized",
  ]

  /// Past participles of invoicing in other languages, and report phrases naming sales by
  /// customer (Xero's and QuickBooks' `Income by Contact`, `Income by Customer Summary`):
  /// review 52, R52-8, both read as MRR, an annual invoice one month and a churn (−60%).
  static let invoicedWords: Set<String> = [
    "facturado", "facturada", "facturados", "fakturiert", "gefactureerd", "faturado", "faturada",
  ]
  static let reportPhrases = [
    " income by contact ", " income by customer ", " income by client ", " sales by customer ",
    " sales by contact ", " sales by client ", " sales by month ", " ventas por cliente ",
    " ventes par client ", " vendite per cliente ", " vendas por cliente ",
    // Cash received by its report's words; `payments` or `deposits` alone name a product or a
    // tab as often (review 52b, R52b-6: a `Payments` tab of an MRR cube read as billings).
    " payments received ", " customer payments ", " payments by customer ",
    // Amounts received, in English and other languages (review 52b, R52b-13: `Amounts
    // received by customer (bank)` read as MRR, −44%), and payments by month as the subject
    // (review 53, R53-20).
    " amounts received ", " amount received ", " funds received ", " money received ",
    " payments by month ", " importes recibidos ", " pagos recibidos ", " ingresos recibidos ",
    " montants reçus ", " montants recus ", " paiements reçus ", " paiements recus ",
    " valores recebidos ", " pagamentos recebidos ", " importi ricevuti ", " pagamenti ricevuti ",
    " ontvangen bedragen ", " ontvangen betalingen ",
  ]

  /// Words of a tab's name saying cash received: beside a tab named for a level of recurring
  /// revenue (`MRR` and `Payments`), such a tab is left out by its name (review 52b, R52b-13:
  /// the workbook was refused, "2 sheets read as revenue files").
  static let cashTabWords: Set<String> = cashWords.union([
    "payments", "payment", "deposits", "ontvangsten", "zahlungen", "paiements", "pagos",
    "pagamentos", "pagamenti", "betalingen",
  ])

  /// Words of sales that name a team or a department as often as a measure (`Sales` tab, `Sales
  /// & Marketing pack`): a name holding one alone says nothing (review 52, R52-7).
  static let teamWords: Set<String> = ["sales", "ventas", "ventes", "vendite", "vendas"]

  /// Whether `text` names sales or invoicing and no level of recurring revenue; words after a
  /// negation say nothing (``BookingsLabel/said(_:)``: `MRR (excluding one-off sales)`). The
  /// clause naming what the cells are by (`… by customer`, `… by month`) decides when there is
  /// one: `Sales & Marketing pack - customer revenue by month` names revenue (review 52, R52-7).
  /// In a sheet's or file's name (`isName`), `sales` alone is a team (a `Sales` tab): only a
  /// report's phrase (`Sales_by_Customer`) or an invoicing word says invoices.
  static func says(_ text: String, isName: Bool = false) -> Bool {
    let phrase = " " + IncomeStatement.phrase(text) + " "
    if reportPhrases.contains(where: phrase.contains) {
      return Set(BookingsLabel.said(text)).isDisjoint(with: levelWords)
    }
    let clauses = text.lowercased().replacing(" - ", with: "|").replacing(" – ", with: "|")
      .split { "()[]:;,|—".contains($0) }.map(String.init)
    let subjects = [" by ", " per ", " por ", " par ", " je ", " nach "]
    if clauses.count > 1,
      let decisive = clauses.first(where: { c in
        subjects.contains { (" " + IncomeStatement.phrase(c) + " ").contains($0) }
      }), decisive != text
    {
      return says(decisive, isName: isName)
    }
    let words = Set(BookingsLabel.said(text))
    if isName,
      words.isDisjoint(
        with: Self.words.subtracting(teamWords).union(invoicedWords).union(cashWords))
    {
      return false
    }
    if !words.isDisjoint(with: invoicedWords) && words.isDisjoint(with: levelWords) {
      return true
    }
    return !words.isDisjoint(with: Self.words.union(cashWords))
      && words.isDisjoint(with: levelWords)
  }

  /// The first title line (its cells read together) or the customer column's header saying
  /// sales, else the sheet's name or a CSV file's name (without its extension); none when a
  /// title or that header names a level of recurring revenue (`MRR by customer` above a file
  /// named `sales.csv`).
  /// - Complexity: O(cells of the title lines).
  static func find(
    titles: ArraySlice<ImportTable.Record>, header: ImportTable.Record, sheet: String? = nil,
    file: String? = nil
  ) -> AnnualLabel.Label? {
    let texts = titles.map { ($0.line, $0.cells.filter { !$0.isEmpty }.joined(separator: " ")) }
    let first = header.cells.firstIndex { !$0.isEmpty }
    let named = texts + (first.map { [(header.line, header.cells[$0])] } ?? [])
    if named.contains(where: { !Set(BookingsLabel.said($0.1)).isDisjoint(with: levelWords) }) {
      return nil
    }
    if let (line, text) = named.first(where: { says($0.1) }) {
      return AnnualLabel.Label(line: line, text: text)
    }
    return AnnualLabel.Label.first(
      titles: [], header: header, headerColumns: [], sheet: sheet,
      file: sheet == nil ? file : nil, where: { says($0, isName: true) })
  }
}
