import ARRQuality

/// Writes data-room files from a company's values, for tests that import them and compare with
/// the native folder: a messy MRR cube and a realistic billings cube.
enum CubeFixture {
  /// Header styles spreadsheets export, one per `style`.
  static func header(_ m: Month, style: Int) -> String {
    let names = [
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    let long = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ]
    let yy = String(m.year % 100)
    let mm = m.month < 10 ? "0\(m.month)" : "\(m.month)"
    let last = CivilDate.daysIn(month: m.month, year: m.year)
    switch style % 5 {
    case 0: return "\(names[m.month - 1])-\(yy.count == 1 ? "0" + yy : yy)"
    case 1: return "\(long[m.month - 1]) \(m.year)"
    case 2: return "\(m.year)-\(mm)"
    case 3: return "\(m.month)/\(last)/\(m.year)"
    default: return "\(last)/\(mm)/\(m.year)"
    }
  }

  /// `cents` as a spreadsheet shows it, in one of several styles chosen by `k`; zero may be
  /// blank or a dash.
  static func money(_ cents: Int64, _ k: Int) -> String {
    if cents == 0 { return ["", "-", "$0.00", "—", "0"][k % 5] }
    let negative = cents < 0
    let v = cents.magnitude
    let units = String(v / 100)
    var grouped = ""
    for (i, ch) in units.reversed().enumerated() {
      if i > 0 && i % 3 == 0 { grouped.append(",") }
      grouped.append(ch)
    }
    grouped = String(grouped.reversed())
    let fraction = v % 100 < 10 ? "0\(v % 100)" : "\(v % 100)"
    let text: String
    switch k % 3 {
    case 0: text = "\"$\(grouped).\(fraction)\""
    case 1: text = "\(units).\(fraction)"
    default: text = "\"\(grouped).\(fraction)\""
    }
    if !negative { return text }
    return k % 2 == 0 ? "\"(\(text.replacingQuotes()))\"" : "\"-\(text.replacingQuotes())\""
  }

  static func contractText(_ t: ContractType) -> String {
    switch t {
    case .multiYear: "Multi-year"
    case .annual: "Annual"
    case .monthly: "Month-to-month"
    case .usage: "Usage-based"
    case .pilot: "Pilot"
    case .unknown: "Unknown"
    }
  }

  static func cadenceText(_ c: BillingCadence) -> String {
    switch c {
    case .upfront: "Upfront"
    case .annual: "Annually"
    case .quarterly: "Quarterly"
    case .monthly: "Monthly"
    case .inArrears: "In arrears"
    case .semiannual: "Semi-annually"
    case .unknown: "Unknown"
    }
  }

  /// A messy cube of `cells` (cents per account × month of `company`): title lines, a blank row,
  /// metadata columns, formatted money, a totals row and a footnote, CRLF line ends.
  static func cube(
    _ company: Company, cells: [Int64], style: Int, withTerms: Bool = true
  ) -> String {
    let n = company.monthCount
    var out = "Customer revenue by month,,\r\nPrepared for the data room (unaudited)\r\n\r\n"
    out += "ID,Customer,Segment" + (withTerms ? ",Contract,Billing,Customer since" : "")
    for m in 0..<n { out += "," + header(company.month(at: m), style: style) }
    out += ",Notes\r\n"
    var totals = [Int64](repeating: 0, count: n)
    for (a, account) in company.accounts.enumerated() {
      out += "\(account.id),\"\(account.name ?? account.id)\",\(account.segment ?? "")"
      if withTerms {
        out += ",\(contractText(account.contractType)),\(cadenceText(account.billingCadence))"
        out += ",\(account.startDate)"
      }
      for m in 0..<n {
        let v = cells[a * n + m]
        totals[m] += v
        out += "," + money(v, a &* 7 &+ m)
      }
      out += a % 11 == 0 ? ",renewal pending\r\n" : ",\r\n"
      if a % 97 == 5 { out += ",,,\r\n" }
    }
    out += "Total,,"
    if withTerms { out += ",,," }
    for m in 0..<n { out += "," + money(totals[m], m) }
    out += ",\r\n* MRR excludes one-off fees\r\n"
    return out
  }
}

extension String {
  fileprivate func replacingQuotes() -> String { filter { $0 != "\"" } }
}
