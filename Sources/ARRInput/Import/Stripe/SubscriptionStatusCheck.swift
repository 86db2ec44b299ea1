import ARRCore

/// A subscriptions table's status column checked against its dates (`docs/import.md`,
/// "Subscriptions table"): the start and end decide the months billed; a status that says
/// otherwise is a finding, and its reading is priced in `ambiguous_arr`. A contracts table whose
/// rows say `Active` past their end date (a term renewed, the date not updated) lost them from
/// ARR with nothing said.
enum SubscriptionStatusCheck {
  /// Statuses that say a subscription runs.
  static let running = Set(["active", "live", "current", "paying"]).union(notice)
    // German, French, Spanish (trial 50, T50-41).
    .union(["aktiv", "laufend", "actif", "en cours", "activo", "vigente"])
    // Portuguese and Italian (session 53, crm lane; review 52b, R52b-10: `Situação` and `Stato`
    // headed a status column whose values none was read).
    .union(["ativo", "ativa", "em vigor", "attivo", "attiva", "in corso", "in vigore"])
  /// Statuses that say a subscription runs to its end and will not renew: notice given
  /// (Chargebee's `non_renewing`, written `Non Renewing` in its exports). Its end is the
  /// cancellation's date, never read as the next renewal (fifteenth session's trial).
  static let notice: Set<String> = [
    "non renewing", "nonrenewing", "not renewing", "pending cancellation", "pending cancel",
    "cancelling", "canceling", "to be cancelled", "to be canceled", "cancels at period end",
    // German: terminated by notice, running to its end (trial 50, T50-41).
    "gekündigt", "gekuendigt", "kündigung", "kündigung eingegangen", "in kündigung",
    // French and Spanish: notice given, cancellation asked for (session 52, crm lane; review
    // 52, R52-12).
    "résiliation demandée", "resiliation demandee", "résiliation en cours",
    "resiliation en cours", "préavis", "preavis", "préavis reçu", "preavis recu", "en préavis",
    "en preavis", "baja solicitada", "no renueva", "no renovará", "no renovara", "preaviso",
    "cancelación solicitada", "cancelacion solicitada", "en preaviso",
    // Portuguese and Italian (review 52b, R52b-10).
    "cancelamento solicitado", "cancelamento pedido", "rescisão solicitada",
    "rescisao solicitada", "aviso prévio", "aviso previo", "em aviso prévio", "em aviso previo",
    "não renova", "nao renova", "não renovará", "nao renovara", "disdetta", "disdetta ricevuta",
    "disdetta inviata", "in disdetta", "preavviso", "in preavviso", "non rinnova",
    "non rinnoverà", "non rinnovera", "recesso richiesto", "cancellazione richiesta",
  ]
  /// Statuses that say a subscription has not started (Chargebee's `future`): its start is a
  /// scheduled date, which says nothing of the export's (``SubscriptionTableAsOf``).
  static let notStarted: Set<String> = ["future", "scheduled", "not started", "upcoming"]

  /// Whether `text` says notice was given (`non_renewing`, `Non Renewing`), also in a longer
  /// status: a word of ``noticeWords`` not after a negation (`Notice Given`, `Cancels at term
  /// end`, `Churn risk - notice received`; not `No notice`), or `non renew…` / `not renewing`
  /// (trial 50, T50-25 and T50-29: such rows were "retained" and committed, the status only a
  /// note). `Renewing`, `Auto-renew`, `Cancelled` (ended) say no notice.
  ///
  /// A negation directly after the notice word (`Notice not given`, `Notice: none`), or after
  /// it and `was`/`is`/`has`/`had`/`been`/`yet`, denies it; so does a notice withdrawn
  /// (``withdrawnWords``) or a status saying `renewed` (`Renewed - notice withdrawn`), and a
  /// notice's term is none (`Auto-renews (90 days notice)`, `60-day notice period`); a refusal
  /// to renew is notice (`Will not renew`, `Won't renew`, `Declined renewal`, `Renewal
  /// declined`, `Opted out of renewal`) (review 51, R51-9 and R51-25).
  static func saysNotice(_ text: String) -> Bool {
    let t = CubeLayout.normalized(text)
    if notice.contains(t) { return true }
    // Words of letters and digits (`Notice: none`, `Won't renew`).
    let words = t.split { !$0.isLetter && !$0.isNumber }.map(String.init)
    // A notice withdrawn, or a term renewed (not `not renewed`): no notice stands.
    let isRenewed = words.indices.contains { i in
      words[i] == "renewed" && (i == 0 || !["not", "never", "non"].contains(words[i - 1]))
    }
    if isRenewed || words.contains(where: withdrawnWords.contains) { return false }
    let isWord = words.indices.contains { i in
      guard noticeWords.contains(words[i]) else { return false }
      if i > 0 && Self.negations.contains(words[i - 1]) {
        return false
      }
      let next = i + 1 < words.count ? words[i + 1] : ""
      // A notice's term (`90 days notice`, `60-day notice period`) is no notice given.
      if i > 0 && noticeSpans.contains(words[i - 1]) || noticeTerms.contains(next) {
        return false
      }
      if ["not", "no", "none", "never"].contains(next) { return false }
      // The vendor's notice to the customer (`Renewal notice sent`, `Price increase notice
      // sent`, `auto-renewal notice issued`): a renewal's, a price's or an invoice's notice, or
      // one sent or issued, is no notice given (session 54, crm lane; review 54, R54-6: a
      // list's `Renewal notice sent` put its account at risk, committed −32%).
      // Not when a word after it names leaving or the customer (`Price increase - notice of
      // termination`, `Notice emailed by customer`), and the vendor's word only the notice's own
      // (`Renewal notice`, `Notice of price increase`; session 55, crm lane; review 55, R55-11:
      // the vendor word named why the customer gave notice, committed +48%).
      if words[i] == "notice", !["given", "received", "served", "submitted"].contains(next),
        !words[(i + 1)...].contains(where: customerNoticeWords.contains)
      {
        let after = i + 2 < words.count ? words[i + 2] : ""
        if i > 0 && vendorNoticeWords.contains(words[i - 1])
          || next == "of" && vendorNoticeWords.contains(after)
        {
          return false
        }
        if sentWords.contains(next) && (i == 0 || !leavingNoticeWords.contains(words[i - 1])) {
          return false
        }
      }
      if ["was", "is", "has", "had", "been", "yet"].contains(next), i + 2 < words.count,
        ["not", "no", "none", "never"].contains(words[i + 2])
      {
        return false
      }
      return true
    }
    return isWord || t.contains("non renew") || t.contains("not renewing")
      || refusesRenewal(words)
  }

  /// Words before a notice word denying it (`no notice`, `keine Kündigung`, `nessuna
  /// disdetta`).
  static let negations: Set<String> = [
    "no", "not", "without", "nicht", "keine", "kein", "nessuna", "nessun", "senza", "sem",
    "nenhum", "nenhuma", "sin", "sans", "aucun", "aucune",
  ]

  /// Words within two before `notice` naming a notice the vendor sends: of a renewal, a price,
  /// an invoice, a payment, a reminder (review 54, R54-6).
  static let vendorNoticeWords: Set<String> = [
    "renewal", "renew", "renews", "price", "pricing", "increase", "invoice", "payment",
    "reminder", "billing", "rate", "upgrade", "maintenance", "outage", "privacy", "policy",
  ]
  /// Words right after `notice` saying it was sent out (`notice sent`): the vendor's, unless
  /// the word before `notice` says it is the customer's leaving (``leavingNoticeWords``).
  static let sentWords: Set<String> = ["sent", "issued", "mailed", "emailed", "posted"]
  /// Words after `notice` naming the customer's leaving or the customer (`notice of
  /// termination`, `notice to cancel`, `by customer`): the customer's notice (review 55,
  /// R55-11).
  static let customerNoticeWords: Set<String> = [
    "termination", "terminate", "terminating", "cancellation", "cancel", "cancelling",
    "canceling", "nonrenewal", "leave", "leaving", "churn", "exit", "customer", "client",
    "received",
  ]
  /// Words right before `notice` naming the customer's leaving (`Cancellation notice sent`).
  static let leavingNoticeWords: Set<String> = [
    "cancellation", "termination", "churn", "exit", "nonrenewal", "leaving",
  ]

  /// Units of a notice's span before the notice word (`90 days notice`): a term, no notice.
  static let noticeSpans: Set<String> = ["day", "days", "week", "weeks", "month", "months"]
  /// Words after the notice word naming a term of notice (`notice period`): no notice.
  static let noticeTerms: Set<String> = ["period", "periods", "required", "term", "terms"]

  /// Words saying a notice was taken back: no notice stands.
  static let withdrawnWords: Set<String> = [
    "withdrawn", "withdrew", "rescinded", "retracted", "revoked",
    // German (`Kündigung zurückgenommen`; `zurückgezogen`, `storniert`, `aufgehoben`,
    // `annulliert`: session 53, crm lane; review 52b, R52b-5: `Kündigung zurückgezogen` was
    // notice, committed −65%).
    "zurückgenommen", "zurueckgenommen", "widerrufen", "zurückgezogen", "zurueckgezogen",
    "storniert", "aufgehoben", "annulliert",
    // French, Spanish, Portuguese, Italian.
    "annulée", "annulee", "annulé", "annule", "retirée", "retiree", "révoquée", "revoquee",
    "anulada", "anulado", "retirada", "retirado", "revocada", "revogado",
    "revogada", "revocata", "revocato", "ritirata", "ritirato", "annullata", "annullato",
  ]

  /// Whether `words` refuse a renewal: `not`, `won t` (`won't`), `wont`, `never` directly
  /// before `renew`, or `not to renew`; a word starting `declin` next to `renew`, `renewal` or
  /// `renewing`; `opt(ed) out` followed within three words by one of them.
  static func refusesRenewal(_ words: [String]) -> Bool {
    let renew: Set<String> = ["renew", "renewal", "renewing"]
    for i in words.indices where renew.contains(words[i]) {
      let before = i > 0 ? words[i - 1] : ""
      if words[i] == "renew" {
        if ["not", "wont", "never"].contains(before) { return true }
        if before == "t" && i > 1 && words[i - 2] == "won" { return true }
        if before == "to" && i > 1 && words[i - 2] == "not" { return true }
      }
      let after = i + 1 < words.count ? words[i + 1] : ""
      if before.hasPrefix("declin") || after.hasPrefix("declin") { return true }
      let window = words[max(0, i - 4)..<i]
      if let o = window.firstIndex(where: { $0 == "opt" || $0 == "opted" || $0 == "opting" }),
        o + 1 < i, words[o + 1] == "out"
      {
        return true
      }
    }
    return false
  }

  /// Words that say notice was given inside a longer status (``saysNotice(_:)``).
  static let noticeWords: Set<String> = [
    "notice", "cancels", "cancelling", "canceling", "churning", "leaving", "nonrenewal",
    "nonrenewing",
    // German, in a longer status: `gekündigt zum 28.02.2027`, `Kündigung zum 31.03.` (session
    // 52, crm lane; review 52, R52-13: only the whole cell was read, committed ×2.9).
    // `ungekündigt` and `Kündigungsfrist` (a notice period) are words of their own.
    "gekündigt", "gekuendigt", "kündigung", "kuendigung",
    // Italian: `Disdetta ricevuta il 15.09.2026` (session 53, crm lane; review 52b, R52b-10).
    "disdetta",
  ]

  /// Whether `text` says the subscription has not started yet (`future`).
  static func saysNotStarted(_ text: String) -> Bool {
    notStarted.contains(CubeLayout.normalized(text))
  }
  /// Statuses that say it has ended.
  static let ended: Set<String> = [
    "churned", "cancelled", "canceled", "ended", "expired", "inactive", "terminated", "closed",
    "lapsed",
    // German, French, Spanish (trial 50, T50-41).
    "beendet", "abgelaufen", "inaktiv", "résilié", "resilie", "terminé", "expiré", "inactif",
    "cancelado", "finalizado", "vencido", "inactivo",
    // Portuguese and Italian (review 52b, R52b-10).
    "cancelada", "encerrado", "encerrada", "expirado", "expirada", "inativo", "inativa",
    "cessato", "cessata", "scaduto", "scaduta", "terminato", "terminata", "annullato",
    "annullata", "inattivo", "inattiva", "chiuso",
  ]

  /// Statuses that say a subscription is paused (it bills nothing while paused; the month the
  /// pause began is not in the table).
  static let paused: Set<String> = ["paused", "on hold", "suspended", "frozen"]
  /// Statuses that say a payment is overdue: the subscription still bills, the account is past
  /// due (a risk signal, as Stripe's `past_due`).
  static let pastDue: Set<String> = ["past due", "overdue", "unpaid", "delinquent", "in arrears"]

  /// Whether `text` says the subscription is paused (`paused`, `on_hold`).
  static func saysPaused(_ text: String) -> Bool { paused.contains(CubeLayout.normalized(text)) }

  /// Whether a table's row `s` is paused at `asOf`: its status says paused and its dates bill
  /// it in the as-of month. A paused subscription pays nothing while paused, so such a row is
  /// not billed in the as-of month; a table gives no pause date, so the months before are
  /// billed by the dates (decided, session 28, t28a lane: the one rule for every subscriptions
  /// table, Lemon Squeezy's `paused` included; before, review 13's F39 billed it at full price
  /// in the headline, the range's low end without it).
  static func isPaused(_ s: StripeSubscription, at asOf: Month) -> Bool {
    (s.status == .active || s.status == .canceled) && saysPaused(s.statusText ?? "")
      && s.mrr != nil && s.isBilled(asOf)
  }

  /// What paused rows' resume dates say (``StripeSubscription/pauseResumesAt``): they are
  /// pauses, not churn, though the bridge counts them as churn in the as-of month (trial 48,
  /// T48-27: a critical "churn cliff … a data cut-off?" whose 5 leavers were 3 pauses resuming
  /// 2027-01-01 and 2 cancellations); `""` when none gives one.
  static func resumeWords(_ paused: [StripeSubscription], asOf: Month) -> String {
    let dates = paused.compactMap(\.pauseResumesAt)
    guard let first = dates.min(), let last = dates.max() else { return "" }
    let n = paused.count
    let when = first == last ? "\(first)" : "from \(first) to \(last)"
    let who =
      dates.count == n ? (n == 1 ? "it gives" : "all \(n) give") : "\(dates.count) of \(n) give"
    return
      "; \(who) a date to resume (\(when)): \(n == 1 ? "a pause" : "pauses"), not churn, though the bridge "
      + "counts \(n == 1 ? "it" : "them") among \(asOf)'s leavers (its churn and any churn cliff "
      + "there hold \(n == 1 ? "it" : "them"))"
  }

  /// Whether `text` says a payment is overdue (`past_due`, `unpaid`).
  static func saysPastDue(_ text: String) -> Bool {
    pastDue.contains(CubeLayout.normalized(text))
  }

  /// Statuses that say a subscription is a trial: such a row is a trial row, billing nothing,
  /// as a trial flag column marks one.
  /// `on_trial`: Lemon Squeezy's (session 27, t27a lane; trial 25, T25-18).
  static let trial: Set<String> = [
    "trial", "trialing", "trialling", "in trial", "free trial", "on trial",
    // German, French, Spanish (trial 50, T50-41).
    "testphase", "test", "testzeitraum", "probephase", "essai", "période d'essai", "en essai",
    "prueba", "periodo de prueba", "en prueba",
    // The apostrophe dropped or spaced, the accent left out (review 52, R52-12).
    "période d essai", "periode d essai", "periode d'essai", "período de prueba",
    // Portuguese and Italian (review 52b, R52b-10).
    "em teste", "teste", "período de teste", "periodo de teste", "em avaliação",
    "em avaliacao", "teste gratuito", "in prova", "prova", "periodo di prova", "prova gratuita",
  ]

  /// Whether `text` says the subscription is a trial (`trial`, `trialing`, `in_trial`).
  static func saysTrial(_ text: String) -> Bool {
    trial.contains(CubeLayout.normalized(text))
  }

  /// Whether `text` is a status the reader knows (running, notice given, ended, paused, past
  /// due, trial, not started): a `state` column holding none is no status column.
  static func isStatus(_ text: String) -> Bool {
    let t = CubeLayout.normalized(text)
    return running.contains(t) || ended.contains(t) || paused.contains(t)
      || pastDue.contains(t) || trial.contains(t) || notStarted.contains(t)
  }

  /// Whether `text` says the subscription runs (`true`), has ended (`false`), or neither.
  static func saysRunning(_ text: String) -> Bool? {
    let t = CubeLayout.normalized(text)
    if running.contains(t) { return true }
    if ended.contains(t) { return false }
    return nil
  }

  /// Ends the rows whose status says ended at the as-of month's first day, when the table
  /// gives no end at all: no row has an end, cancellation, scheduled-cancellation or
  /// period-end date, so the status is the only evidence of an end (decided, session 31, lead;
  /// trial 28, T28-8: JustR3's public `subscriptions.csv`, 44 of 350 rows `Cancelled` and no
  /// end column, counted every one live, headline $46.4K at the top of the range, where the
  /// status gives $40,475). The month each ended is unknown: the as-of month's churn holds
  /// them all and the months before bill them by their start; ``check`` says so and prices the
  /// dates' reading (running) as the range's high end. Rows marked are flagged
  /// ``StripeSubscription/isEndFromStatus``.
  /// A table row carries every end it has in ``StripeSubscription/endedAt`` (its end column,
  /// or a cancellation column's date: the Stripe export's other date fields stay `nil` in a
  /// table), so a table without any `endedAt` gives no end.
  /// - Complexity: O(rows).
  static func endByStatus(
    _ groups: inout [(customer: String, subs: [StripeSubscription])], asOf: Month
  ) {
    guard !groups.contains(where: { $0.subs.contains { $0.endedAt != nil } }) else { return }
    for g in groups.indices {
      for i in groups[g].subs.indices {
        let s = groups[g].subs[i]
        guard s.statusSaysRunning == false, s.mrr != nil,
          s.status == .active || s.status == .canceled
        else { continue }
        groups[g].subs[i].endedAt = CivilDate.firstDay(of: asOf)
        groups[g].subs[i].isEndFromStatus = true
      }
    }
  }

  /// How much each account's as-of MRR moves if its contradicted statuses were right: `up` for
  /// paid rows said running that ended on or before the as-of month began (their price as
  /// written), `down` for rows said ended that have no end and bill at as-of. Appends a finding
  /// per kind to `log`.
  /// - Complexity: O(rows).
  static func check(
    _ groups: [(customer: String, subs: [StripeSubscription])], asOf: Month, file: String,
    header: String, currency: String?, log: inout ImportLog
  ) -> [(up: Int64, down: Int64)] {
    var shifts = [(up: Int64, down: Int64)]()
    var stale = [(customer: String, sub: StripeSubscription)]()
    var open = [(customer: String, sub: StripeSubscription)]()
    var pausedRows = [(customer: String, sub: StripeSubscription)]()
    var unread = [StripeSubscription]()
    // Notice given with no end: when it ends is unknown, so the notice cannot be read.
    var noticeOpen = [(customer: String, sub: StripeSubscription)]()
    // Ended at as-of by their status in a table that gives no end (``endByStatus``).
    var endedByStatus = [(customer: String, sub: StripeSubscription)]()
    // The ended-status rows' part of the shifts down.
    var openTotal: Int64 = 0
    for (customer, subs) in groups {
      var shift: (up: Int64, down: Int64) = (0, 0)
      for s in subs where s.status == .active || s.status == .canceled {
        let text = s.statusText ?? ""
        // Paused at as-of (``isPaused(_:at:)``): not billed in the as-of month, so not in the
        // headline; the range's high end counts it resuming at its price as written.
        if isPaused(s, at: asOf), let mrr = s.mrr {
          shift.up = Money.saturatingSum(shift.up, s.listMRR ?? mrr)
          pausedRows.append((customer, s))
          continue
        }
        if saysNotice(text), s.endedAt == nil, !s.isNoticeByColumn, s.isBilled(asOf) {
          noticeOpen.append((customer, s))
        } else if !text.isEmpty, s.statusSaysRunning == nil, !saysPaused(text), !saysPastDue(text),
          !saysTrial(text), !saysNotStarted(text), !saysNotice(text)
        {
          unread.append(s)
        }
        guard let says = s.statusSaysRunning, let mrr = s.mrr else { continue }
        if s.isEndFromStatus {
          shift.up = Money.saturatingSum(shift.up, mrr)
          endedByStatus.append((customer, s))
          continue
        }
        if says, let end = s.endedAt, end <= CivilDate.firstDay(of: asOf),
          (s.start?.month).map({ $0 <= asOf }) ?? false, (s.listMRR ?? mrr) > 0,
          !isContinued(s, end: end, in: subs)
        {
          shift.up = Money.saturatingSum(shift.up, s.listMRR ?? mrr)
          stale.append((customer, s))
        } else if !says, s.endedAt == nil || s.isEndAtCancellation, s.isBilled(asOf) {
          // An end read from a cancellation column after as-of leaves the row billing there,
          // its end column blank: as contradicted as a row with no end (session 28, t28b lane).
          shift.down = Money.saturatingSum(shift.down, mrr)
          openTotal = Money.saturatingSum(openTotal, mrr)
          open.append((customer, s))
        }
      }
      shifts.append(shift)
    }
    func money(_ cents: Int64) -> String { Money.text(cents: cents, currency: currency) }
    func rows(_ n: Int) -> String { n == 1 ? "1 row says" : "\(CountText.grouped(n)) rows say" }
    if let first = stale.min(by: { $0.sub.line < $1.sub.line }) {
      let up = shifts.reduce(0) { Money.saturatingSum($0, $1.up) }
      log.findings.append(
        "\(file): \(rows(stale.count)) the subscription runs (\"\(first.sub.statusText ?? "")\" "
          + "under \"\(header)\") but end\(stale.count == 1 ? "s" : "") on or before the 1st of "
          + "\(asOf) (\"\(first.customer)\" on line \(first.sub.line), ended "
          + "\(first.sub.endedAt!)): read as ended, by the date; if the status is current (a "
          + "term renewed, its date not updated) they run on and headline ARR is "
          + "\(money(Money.saturatingProduct(up, times: 12))) higher: given as the range")
    }
    if let first = open.min(by: { $0.sub.line < $1.sub.line }) {
      let down = openTotal
      // The table gives an end somewhere: a table that gives none had its ended rows ended by
      // their status (``endByStatus``), so none is open here. The customer's id is named as
      // the customer, no end cell (trial 28, T28-8: `("69" on line 10)`).
      log.findings.append(
        "\(file): \(rows(open.count)) the subscription has ended (\"\(first.sub.statusText ?? "")\" "
          + "under \"\(header)\") but \(open.count == 1 ? "has" : "have") no end (customer "
          + "\"\(first.customer)\" on line \(first.sub.line)): read as running, by the dates"
          + "; if the status is right, headline ARR is \(money(Money.saturatingProduct(down, times: 12))) "
          + "lower: given as the range")
    }
    if let first = endedByStatus.min(by: { $0.sub.line < $1.sub.line }) {
      let total = endedByStatus.reduce(Int64(0)) { Money.saturatingSum($0, $1.sub.mrr ?? 0) }
      let one = endedByStatus.count == 1
      log.findings.append(
        "\(file): \(rows(endedByStatus.count)) the subscription has ended "
          + "(\"\(first.sub.statusText ?? "")\" under \"\(header)\", customer \"\(first.customer)\" "
          + "on line \(first.sub.line)) and the table gives no end (no end column, or none filled "
          + "in): read as ended by \(asOf), the as-of month, by the status; the month "
          + "\(one ? "it" : "each") ended is unknown, so \(asOf)'s churn holds "
          + "\(one ? "it" : "them all") and the months before bill \(one ? "it" : "them") from "
          + "\(one ? "its" : "their") start; if \(one ? "it runs" : "they run"), headline ARR is "
          + "\(money(Money.saturatingProduct(total, times: 12))) higher: given as the range")
    }
    if let first = pausedRows.min(by: { $0.sub.line < $1.sub.line }) {
      let total = pausedRows.reduce(Int64(0)) { Money.saturatingSum($0, $1.sub.mrr ?? 0) }
      log.findings.append(
        "\(file): \(rows(pausedRows.count)) the subscription is paused (\"\(first.sub.statusText ?? "")\" "
          + "under \"\(header)\", \"\(first.customer)\" on line \(first.sub.line)): a paused "
          + "subscription pays nothing while paused, so \(pausedRows.count == 1 ? "it is" : "they are") "
          + "not billed in \(asOf) and not in headline ARR (the table does not say when the pause "
          + "began: the months before are billed by the dates); if \(pausedRows.count == 1 ? "it resumes" : "they resume"), "
          + "headline ARR is \(money(Money.saturatingProduct(total, times: 12))) higher: given as the range"
          + resumeWords(pausedRows.map(\.sub), asOf: asOf)
      )
    }
    // Session 19, lead (trial 18a, W2: Wave's 9 `non_renewing` rows without an end were scored
    // as running, no notice signal, and nothing said the status was not read).
    if let first = noticeOpen.min(by: { $0.sub.line < $1.sub.line }) {
      let total = noticeOpen.reduce(Int64(0)) { Money.saturatingSum($0, $1.sub.mrr ?? 0) }
      log.findings.append(
        "\(file): \(rows(noticeOpen.count)) notice was given (\"\(first.sub.statusText ?? "")\" "
          + "under \"\(header)\", \"\(first.customer)\" on line \(first.sub.line)) but "
          + "\(noticeOpen.count == 1 ? "gives" : "give") no end: when \(noticeOpen.count == 1 ? "it leaves" : "they leave") is unknown, so "
          + "the notice is not read (no cancellation signal in the score) and "
          + "\(money(Money.saturatingProduct(total, times: 12))) of headline ARR counts as running; give each "
          + "row its term's end as the end date to read it")
    }
    if let first = unread.min(by: { $0.line < $1.line }) {
      log.notes.append(
        "\(file): \(Counted.phrase(unread.count, "row", verb: ("has", "have"))) a status the reader "
          + "does not read (\"\(first.statusText ?? "")\" on line \(first.line)): read by the dates"
      )
    }
    return shifts
  }

  /// Whether a row of `subs` with `s`'s status starts back to back with `s`'s `end` (on it,
  /// or the day after): the status is the subscription's, which runs on in that row (a charge's
  /// next segment, a plan change), not the ended row's (session 26, t26b lane; trial 25, T25-11:
  /// every Zuora charge segment an upgrade ended was "runs but ended", +$210K of range).
  static func isContinued(
    _ s: StripeSubscription, end: CivilDate, in subs: [StripeSubscription]
  ) -> Bool {
    subs.contains { o in
      guard o.line != s.line, o.statusText == s.statusText, let start = o.start else {
        return false
      }
      return (end.daysSinceEpoch...end.daysSinceEpoch + 1).contains(start.daysSinceEpoch)
    }
  }
}
