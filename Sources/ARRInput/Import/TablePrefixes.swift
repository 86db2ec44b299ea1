/// Headers that carry their table's name before a dot (`subscriptions.customer_id`,
/// `customers.email`), as Chargebee's data exports write every column, and as SQL clients write
/// a joined query's columns (`docs/import.md`, "Table prefixes").
///
/// Such a header was "shape not recognised": no alias names `subscriptions.customer_id`
/// (decided, fifteenth session's trial: a Chargebee `Subscriptions.csv`). The header is read
/// without them: a column of the table most columns belong to by its own name
/// (`subscriptions.customer_id` → `customer_id`), another table's by that table's name in the
/// singular and its own (`customers.id` → `customer id`, `customers.email` → `customer email`),
/// so it never takes the place of the main table's column of the same name.
enum TablePrefixes {
  /// The fewest prefixed header cells for a header to be read as prefixed.
  static let minimumCells = 3

  /// `cell` split at its dot when it is `<table>.<column>`: both parts start with a letter and
  /// hold only ASCII letters, digits and underscores (so `Jan.2024`, `No. of seats` and
  /// `1.5` are not).
  static func split(_ cell: String) -> (table: String, column: String)? {
    let parts = cell.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 2 else { return nil }
    func isName(_ s: Substring) -> Bool {
      guard let first = s.unicodeScalars.first, first.isASCII,
        first.properties.isAlphabetic
      else { return false }
      return s.unicodeScalars.allSatisfy {
        $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_")
      }
    }
    guard isName(parts[0]), isName(parts[1]) else { return nil }
    return (String(parts[0]), String(parts[1]))
  }

  /// `table` in the singular, for a column of a table other than the main one: `customers` →
  /// `customer`, `addresses` → `address`, `companies` → `company`.
  static func singular(_ table: String) -> String {
    let lower = table.lowercased()
    if lower.hasSuffix("ies"), lower.count > 3 { return String(table.dropLast(3)) + "y" }
    for ending in ["sses", "xes", "ches", "shes"] where lower.hasSuffix(ending) {
      return String(table.dropLast(2))
    }
    if lower.hasSuffix("s"), !lower.hasSuffix("ss") { return String(table.dropLast()) }
    return table
  }

  /// The header `cells` without their table prefixes, and the main table's name; `nil` when
  /// fewer than ``minimumCells`` cells, or fewer than half of the non-empty ones, are prefixed.
  /// - Complexity: O(cells).
  ///
  /// Under that share, the main table is the one whose columns carry no prefix, and a joined
  /// table's `id` column is read as that table's id in the singular (`customers.id` →
  /// `customer id`; trial 22, T22-21: GoCardless' payments export, 4 of 13 headers prefixed,
  /// was refused "no column is a customer"); its other prefixed cells are left as they are (an
  /// API's dotted field names, Paddle's `billing_period.starts_at`, are read by their own
  /// rules). The main table's name is then `""`; no such `id` column, `nil`.
  static func strip(_ cells: [String]) -> (cells: [String], main: String)? {
    let splits = cells.map(split)
    let prefixed = splits.compactMap { $0 }
    let nonEmpty = cells.filter { !$0.isEmpty }.count
    guard prefixed.count >= minimumCells, prefixed.count * 2 >= nonEmpty else {
      guard prefixed.contains(where: { $0.column.lowercased() == "id" }) else { return nil }
      let renamed = zip(cells, splits).map { cell, s in
        s.flatMap { $0.column.lowercased() == "id" ? singular($0.table) + " id" : nil } ?? cell
      }
      return (renamed, "")
    }
    // The main table: the most columns; a tie goes to the table named first.
    var counts = [String: Int]()
    var order = [String]()
    for s in prefixed {
      if counts[s.table] == nil { order.append(s.table) }
      counts[s.table, default: 0] += 1
    }
    let most = counts.values.max()!
    let main = order.first { counts[$0]! == most }!
    let mainColumns = Set(prefixed.filter { $0.table == main }.map { $0.column.lowercased() })
    let isInvoices = order.contains { invoiceTables.contains($0.lowercased()) }
    // A customer table's `Name` beside a main table of charges, plans or products: the main
    // table's bare `Name` names the charge, never the customer (session 53, crm lane; trial 51,
    // T51-29: Zuora's `RatePlanCharge.Name` named every account "Platform Fee").
    let isCustomer = { (t: String) in customerTables.contains(singular(t).lowercased()) }
    let namesCustomer =
      !isCustomer(main)
      && prefixed.contains { isCustomer($0.table) && $0.column.lowercased() == "name" }
    let renamed = zip(cells, splits).map { cell, s -> String in
      guard let s else { return cell }
      if s.table == main {
        return namesCustomer && s.column.lowercased() == "name"
          ? singular(s.table) + " " + s.column : s.column
      }
      if isInvoices, isAccountNumber(s) { return "customer id" }
      return named(s.column, table: s.table, beside: mainColumns) ?? singular(s.table) + " "
        + s.column
    }
    return (renamed, main)
  }

  /// Tables naming the customer (singular, lowercased): their `Name` is the customer's.
  static let customerTables: Set<String> = ["account", "customer", "client", "organization"]

  /// Tables of invoices and their items (Zuora's data sources `Invoice` and `InvoiceItem`).
  static let invoiceTables: Set<String> = [
    "invoice", "invoices", "invoiceitem", "invoiceitems", "invoice_item", "invoice_items",
  ]

  /// Whether `s` is an account table's number (`Account.AccountNumber`, `accounts.number`).
  /// Beside an invoice table's columns (``invoiceTables``) it is the invoiced customer's
  /// account, read as `customer id`: Zuora's data-source exports name the customer so, and
  /// Zuora's GL account is its `AccountingCode` (trial 50, T50-7: the Invoice Item export was
  /// refused, "in a ledger such a column may be a GL account's", and read right once renamed).
  /// A bare `Account Number`, or one joined to anything but invoices (a journal's lines), stays
  /// unread in a ledger.
  static func isAccountNumber(_ s: (table: String, column: String)) -> Bool {
    singular(s.table).lowercased() == "account"
      && ["accountnumber", "account_number", "number"].contains(s.column.lowercased())
  }

  /// A joined table's `column` that already starts with its table's name in the singular
  /// (Zuora's `Account.AccountNumber`, `Account.AccountName`), read by its own name, when the
  /// main table has no column of that name (`mainColumns`, lowercased); else `nil`.
  ///
  /// Decided, session 26, t26b lane (trial 25, T25-11: a Zuora Rate Plan Charge export's
  /// `Account.AccountNumber` read "Account AccountNumber", no customer, and the file was refused
  /// "no column is a customer").
  static func named(_ column: String, table: String, beside mainColumns: Set<String>) -> String? {
    let name = singular(table).lowercased()
    let lower = column.lowercased()
    guard lower.count > name.count, lower.hasPrefix(name), !mainColumns.contains(lower) else {
      return nil
    }
    // The name ends where a word does: `AccountNumber`, `account_number`, not `Accounting`.
    let next = column.unicodeScalars[
      column.unicodeScalars.index(column.unicodeScalars.startIndex, offsetBy: name.count)]
    guard next == "_" || ("A"..."Z").contains(next) || ("0"..."9").contains(next) else {
      return nil
    }
    return column
  }

  /// Rewrites the first record of `table` when it is a prefixed header (``strip(_:)``), with a
  /// note naming the tables; a table without one is left as it is.
  static func take(from table: inout ImportTable, notes: inout [String]) {
    guard let header = table.records.first, let (cells, main) = strip(header.cells) else {
      return
    }
    let pairs = zip(header.cells, cells).compactMap { old, new in
      old == new ? nil : split(old).map { (old: old, new: new, table: $0.table) }
    }
    var others = [String]()
    var seen: Set = [main]
    for p in pairs where seen.insert(p.table).inserted { others.append(p.table) }
    var note: String
    if main.isEmpty {
      // Few columns prefixed: a joined table's id.
      note = "\(table.file): " + others.map { "\"\($0).id\"" }.joined(separator: ", ")
      note += " \(others.count == 1 ? "is a joined table's id" : "are joined tables' ids"): read "
      note += "with the table's name in the singular"
    } else {
      note = "\(table.file): the header's columns carry their table's name (\"\(main).\"…, "
      note += "as Chargebee's data exports write them): read without it"
      if let p = pairs.first(where: { $0.table == main }) {
        note += " (\"\(p.old)\" as \"\(p.new)\")"
      }
    }
    // A joined table's column already named after its table is read by its own name.
    let ownNamed = pairs.filter { $0.table != main && split($0.old)?.column == $0.new }
    if let p = pairs.first(where: { $0.table != main && split($0.old)?.column != $0.new }) {
      if !main.isEmpty {
        note += "; the columns of " + others.map { "\"\($0).\"" }.joined(separator: ", ")
        note += " keep their table's name in the singular"
      }
      note += " (\"\(p.old)\" as \"\(p.new)\")"
    }
    if let p = ownNamed.first {
      note += "; a joined table's column already named after it is read by its own name "
      note += "(\"\(p.old)\" as \"\(p.new)\")"
    }
    notes.append(note)
    table.records[0].cells = cells
  }
}
