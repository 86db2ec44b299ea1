import ARRCore

extension TransposedCube {
  /// Column headings that name the company's own lines or a dimension of its revenue, never a
  /// customer (after ``heading(_:)``): cost and P&L lines, revenue kinds and movements, regions,
  /// payment channels, plans and segments. Review 54 (R54-2, R54-10): a table of operating
  /// expenses by month (`Salaries`, `Rent`, `Hosting (AWS)`, `Marketing`, `Total`) and MRR by
  /// region, channel or plan were turned and read as customers, for their Total column sums the
  /// others as any budget's does.
  static let lineHeadings: Set<String> = IncomeStatement.lines.union(IncomeStatement.revenueLines)
    .union([
      // Costs and departments.
      "salaries", "salary", "wages", "payroll", "benefits", "bonuses", "rent", "office",
      "facilities", "hosting", "cloud", "infrastructure", "aws", "gcp", "azure", "marketing",
      "advertising", "ads", "paid media", "travel", "software", "tools", "utilities", "insurance",
      "legal", "accounting", "professional fees", "contractors", "consultants", "recruiting",
      "hiring", "equipment", "depreciation", "interest", "taxes", "tax", "bank fees", "fees",
      "commissions", "cogs", "opex", "capex", "other", "misc", "miscellaneous", "expenses",
      "other expenses", "headcount", "r and d", "sales and marketing", "g and a", "support",
      "customer support", "customer success", "engineering", "product", "sales", "operations",
      "finance", "hr", "people", "it", "security", "design", "telecom", "meals", "training",
      "events", "conferences",
      // Revenue kinds and movements.
      "subscription", "subscriptions", "services", "usage", "license", "licence", "licenses",
      "one time", "setup", "implementation", "professional services", "hardware", "maintenance",
      "new", "new business", "expansion", "contraction", "churn", "churned", "reactivation",
      "net new", "recurring", "non recurring", "revenue", "mrr", "arr",
      // Regions.
      "north america", "na", "namer", "americas", "latam", "south america", "emea", "europe",
      "eu", "uk", "us", "usa", "united states", "canada", "apac", "asia", "asia pacific", "anz",
      "australia", "japan", "china", "india", "dach", "germany", "france", "nordics", "benelux",
      "middle east", "africa", "mea", "rest of world", "row", "international", "domestic",
      "global", "west", "east", "north", "south", "central",
      // Payment channels.
      "card", "cards", "credit card", "debit card", "ach", "sepa", "wire", "bank transfer",
      "invoice", "invoiced", "direct", "direct debit", "partner", "partners", "reseller",
      "resellers", "channel", "marketplace", "aws marketplace", "app store", "google play",
      "stripe", "paypal", "braintree", "adyen", "online", "offline", "self serve",
      "self service", "sales led", "web", "ios", "android", "mobile", "desktop", "cash", "check",
      "cheque",
      // Plans and segments.
      "free", "starter", "basic", "standard", "pro", "professional", "premium", "plus", "team",
      "teams", "business", "enterprise", "growth", "scale", "startup", "startups", "smb", "smbs",
      "mid market", "midmarket", "mm", "ent", "small business", "consumer", "individual",
      "personal", "annual", "monthly", "quarterly", "legacy", "lite", "essentials", "advanced",
      "ultimate", "unlimited", "gold", "silver", "bronze", "platinum",
      // More countries, and the largest in French, German and Spanish (review 55, R55-6:
      // `Brazil, Mexico, Spain, Italy, Netherlands` and `France, Allemagne, Espagne` were read
      // as customers).
      "brazil", "mexico", "spain", "italy", "netherlands", "sweden", "norway", "denmark",
      "finland", "switzerland", "austria", "belgium", "ireland", "portugal", "poland", "israel",
      "singapore", "korea", "south korea", "hong kong", "taiwan", "new zealand", "south africa",
      "argentina", "chile", "colombia", "peru", "uae", "saudi arabia", "turkey", "indonesia",
      "philippines", "vietnam", "thailand", "malaysia", "greece", "czech republic", "hungary",
      "romania", "united kingdom", "allemagne", "espagne", "italie", "belgique", "suisse",
      "royaume uni", "etats unis", "états unis", "pays bas", "deutschland", "frankreich",
      "spanien", "italien", "österreich", "schweiz", "niederlande", "alemania", "francia",
      "españa", "italia", "reino unido", "estados unidos", "brasil", "méxico",
      // Costs in German, French and Spanish.
      "gehälter", "löhne", "miete", "reisekosten", "beratung", "versicherungen", "summe",
      "salaires", "loyer", "déplacements", "assurances", "sueldos", "alquiler", "viajes",
      "seguros",
    ])

  /// Phrases of a title line, a file's or a sheet's name (padded as ``otherTitles``) that say
  /// the columns are customers: such a title wins over headings that look like channels or
  /// countries (review 55, R55-3: `MRR by customer` over `Stripe, Adyen, PayPal, Braintree`,
  /// a fraud-screening vendor's customers, was refused).
  static let customerTitles = [
    " by customer", " by account", " by client", " per customer", " per account",
    " per client", " customer mrr", " customer revenue", " customers ", " clients ",
    " nach kunde", " pro kunde", " kunden", " par client", " por cliente", " clientes ",
    " per cliente", " clienti ",
  ]

  /// Phrases of a title line, a file's or a sheet's name (after ``IncomeStatement/phrase(_:)``,
  /// padded with spaces) that say the columns are no customers: a dimension the table is cut
  /// by, or costs, a budget or a plan.
  static let otherTitles = [
    " by region", " by regions", " by plan", " by plans", " by channel", " by segment",
    " by product", " by tier", " by department", " by country", " by geography", " by geo ",
    " by market", " by source", " by category", " by team", " by rep ", " by payment",
    " by stream", " by line", " by cost", " per region", " per plan", " per channel",
    " expense", " expenses", " expenditure", " costs ", " cost ", " opex ", " capex ", " budget",
    " headcount", " payroll", " spend ", " burn ", " cash flow", " p and l ", " forecast",
    " outlook ",
    // Cuts and costs in German, French, Spanish, Italian, and a file named for a dimension
    // (review 55, R55-6: `Kostenübersicht 2026`, `MRR par région`, `product_mrr.csv`).
    " kosten", " aufwand", " ausgaben", " nach region", " nach land", " nach produkt", " coûts",
    " couts", " dépenses", " depenses", " par région", " par region", " par pays",
    " par produit", " gastos", " costes", " por región", " por region", " por país",
    " por pais", " por producto", " costi", " spese", " per regione", " per paese",
    " product ", " products ", " country ", " countries ", " region ", " regions ",
    " channel ", " channels ", " segment ", " segments ",
  ]

  /// A column heading as ``lineHeadings`` holds it: without its bracketed aside (`Hosting
  /// (AWS)` → `hosting`), in the words of ``IncomeStatement/phrase(_:)``.
  static func heading(_ text: String) -> String {
    var kept = ""
    var depth = 0
    for c in text {
      if c == "(" || c == "[" {
        depth += 1
      } else if c == ")" || c == "]" {
        depth = max(0, depth - 1)
      } else if depth == 0 {
        kept.append(c)
      }
    }
    return IncomeStatement.phrase(kept)
  }

  /// Whether columns headed `headings` under `titles` (the lines above the header, the file's
  /// or sheet's name) may be customers: a title names customers (``customerTitles``), or fewer
  /// than half of the headings are the company's lines or dimensions (``lineHeadings``; a
  /// customer named `Stripe` among others stays one) and no title names a cut or costs
  /// (``otherTitles``; `plan` only as `by plan` or `per plan`: `MRR by customer - Enterprise
  /// plan` names customers, review 55, R55-3).
  static func mayBeCustomers(_ headings: [String], titles: [String]) -> Bool {
    let phrases = titles.map { " " + IncomeStatement.phrase($0) + " " }
    if phrases.contains(where: { p in customerTitles.contains { p.contains($0) } }) {
      return true
    }
    let lines = headings.filter { lineHeadings.contains(heading($0)) }.count
    guard 2 * lines < headings.count else { return false }
    return !phrases.contains { p in otherTitles.contains { p.contains($0) } }
  }
}
